/// A few bytes a format treats specially (quotes, backslashes, line ends).
/// Text is searched for them eight bytes at a time: a word that
/// `mayContain(word:)` rules out is skipped whole and only the others are
/// looked at byte by byte. Thai text (UTF-8 bytes of 0x80 and up) nearly
/// always skips whole, which matters in the exports' megabytes of names.
protocol ByteClass {
    static func contains(_ b: UInt8) -> Bool
    /// False only when no byte of `w` is in the class (may be true when none is).
    static func mayContain(word w: UInt64) -> Bool
}

extension ByteClass {
    /// The index of the first byte in the class at or after `start`, else `bytes.count`.
    @inline(__always)
    static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return n }
        while i < n {
            let end = min(i + 8, n)
            if end - i == 8, !mayContain(word: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i = end
                continue
            }
            while i < end {
                if contains(bytes[i]) { return i }
                i += 1
            }
        }
        return n
    }
}

/// Byte tests on the eight bytes of a word at once (the "has less" and
/// "has zero byte" tricks); exact about whether any byte matches.
enum WordBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `w` is below `n` (for `n` up to 0x80).
    @inline(__always)
    static func any(_ w: UInt64, below n: UInt8) -> Bool {
        (w &- ones &* UInt64(n)) & ~w & highs != 0
    }

    @inline(__always)
    static func any(_ w: UInt64, equalTo b: UInt8) -> Bool {
        any(w ^ (ones &* UInt64(b)), below: 1)
    }
}

extension Array where Element == UInt8 {
    /// `s` with each byte of class `C` replaced by what `escape` writes;
    /// the runs between are copied in one piece.
    @inline(__always)
    mutating func append<C: ByteClass>(_ s: String, escaping _: C.Type, with escape: (UInt8, inout [UInt8]) -> Void) {
        s.withUTF8Bytes { source in
            var start = 0
            while true {
                let i = C.firstIndex(in: source, from: start)
                if start < i { append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<i])) }
                guard i < source.count else { break }
                escape(source[i], &self)
                start = i + 1
            }
        }
    }
}

extension String {
    /// Whether any UTF-8 byte of the string is in class `C`.
    @inline(__always)
    func containsByte<C: ByteClass>(of _: C.Type) -> Bool {
        withUTF8Bytes { C.firstIndex(in: $0, from: 0) < $0.count }
    }
}
