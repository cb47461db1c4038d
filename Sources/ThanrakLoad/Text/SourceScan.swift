/// One pass over a content file's bytes for everything the loader learns
/// before a parser sees them: the fingerprint (FNV-1a), where the UTF-8
/// first goes wrong, how many `[` and `{` there are (NestingGuard's quick
/// test), and whether the whole file is provably NFC (NFC.isKnownNFC), which
/// spares that test on each value read from it. Separately that was a loop
/// over every byte for each; together the others run in the shadow of
/// FNV-1a's multiply chain, which bounds the loop at about four cycles a byte.
enum SourceScan {
    struct Result {
        /// The byte offset of the first byte that is not valid UTF-8.
        var firstInvalidUTF8: Int?
        /// `[` and `{` before that byte (all of them in a valid file).
        var flowOpeners: Int
        /// NFC.isKnownNFC holds for the whole file (false when it is invalid).
        var isKnownNFC: Bool

        /// For bytes that were not scanned: nothing is known.
        static let unknown = Result(firstInvalidUTF8: nil, flowOpeners: .max, isKnownNFC: false)
    }

    /// Scans the bytes and adds every one of them to `fingerprint`, exactly
    /// as `Fingerprint.add` would.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into fingerprint: inout Fingerprint) -> Result {
        var hash = fingerprint.value
        let result = scan(bytes, hash: &hash, hashing: true)
        fingerprint.value = hash
        return result
    }

    /// Scans the bytes without fingerprinting them: a quarter of the time,
    /// as nothing waits on the multiply chain.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var unused: UInt64 = 0
        return scan(bytes, hash: &unused, hashing: false)
    }

    /// Inlined into both callers, so `hashing` is a constant in each and the
    /// loop that does not hash has no trace of it.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, hash: inout UInt64, hashing: Bool) -> Result {
        var openers = 0
        var invalid: Int?
        var nfc = NFC.Run()
        var i = 0
        let n = bytes.count
        // Wrapping arithmetic: `i` never passes `n`, so the overflow checks
        // were pure cost in the hottest loop of the loader.
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i = asciiRun(bytes, from: i, hash: &hash, hashing: hashing, openers: &openers)
                nfc.acceptASCII()
                continue
            }
            // Thai, U+0E00–U+0E7F (E0 B8 xx, E0 B9 xx), is most of the text:
            // checked and classified here without the general decoder.
            if b == 0xE0 && n &- i > 2 {
                let b1 = bytes[i &+ 1], b2 = bytes[i &+ 2]
                if b1 & 0xFE == 0xB8 && b2 & 0xC0 == 0x80 {
                    if hashing { hash = Fingerprint.step(Fingerprint.step(Fingerprint.step(hash, b), b1), b2) }
                    nfc.acceptThai(UInt32(b1 & 1) << 6 | UInt32(b2 & 0x3F))
                    i &+= 3
                    continue
                }
            }
            let width = SourceText.sequenceWidth(bytes, at: i)
            if width == 0 {
                invalid = i
                break
            }
            if hashing { for k in i..<(i &+ width) { hash = Fingerprint.step(hash, bytes[k]) } }
            nfc.accept(bytes, at: i, width: width)
            i &+= width
        }
        while hashing && i < n {  // the rest of an invalid file still counts for its fingerprint
            hash = Fingerprint.step(hash, bytes[i])
            i += 1
        }
        return Result(firstInvalidUTF8: invalid, flowOpeners: openers, isKnownNFC: invalid == nil && nfc.isKnownNFC)
    }

    /// Reads the ASCII bytes from `start` on (at least one); returns where
    /// they end. Without hashing, eight bytes at a time: a word with no high
    /// bit is all ASCII, and its `[` and `{` are counted in the word.
    @inline(__always)
    private static func asciiRun(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, hash: inout UInt64, hashing: Bool, openers: inout Int
    ) -> Int {
        var i = start
        let n = bytes.count
        var count = openers
        if !hashing, let base = UnsafeRawPointer(bytes.baseAddress) {
            while n &- i >= 8 {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                count &+= flowOpenerCount(inASCIIWord: word)
                i &+= 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b >= 0x80 { break }
            if hashing { hash = Fingerprint.step(hash, b) }
            count &+= b == UInt8(ascii: "[") || b == UInt8(ascii: "{") ? 1 : 0
            i &+= 1
        }
        openers = count
        return i
    }

    /// `[` (5B) and `{` (7B) among eight ASCII bytes. Both become 7B with bit
    /// 5 set, and no other ASCII byte does; XOR with 7B leaves those bytes
    /// zero, and the classic exact zero-byte test marks each with its high bit.
    @inline(__always)
    static func flowOpenerCount(inASCIIWord word: UInt64) -> Int {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = (word | 0x2020_2020_2020_2020) ^ 0x7B7B_7B7B_7B7B_7B7B
        let zeroBytes = ~(((x & lows) &+ lows) | x | lows)
        return zeroBytes.nonzeroBitCount
    }
}
