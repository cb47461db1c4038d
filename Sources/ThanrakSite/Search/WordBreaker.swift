import CWordBreak

/// Splits text into words with ICU's word break iterator, whose Thai
/// dictionary finds the boundaries Thai writing leaves unmarked
/// ("ผ้าไหมมัดหมี่" → ผ้า · ไหม · มัด · หมี่). One per thread: an ICU
/// iterator is not safe to share.
final class WordBreaker {
    private let iterator: UnsafeMutableRawPointer?

    /// Without ICU's data (never on Debian, where libicu ships it), words
    /// are split at spaces and punctuation only.
    init() { iterator = thanrak_word_iterator() }

    deinit { if let iterator { thanrak_word_iterator_close(iterator) } }

    /// Calls `word` with each word of `text` (letters or a number; spaces
    /// and punctuation are not words) as UTF-8 bytes, and whether it is a number.
    func forEachWord(in text: String, _ word: (UnsafeBufferPointer<UInt8>, _ isNumber: Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            guard !bytes.isEmpty, let base = bytes.baseAddress else { return }
            guard let iterator,
                  base.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
                      thanrak_word_iterator_set_utf8(iterator, $0, Int64(bytes.count))
                  }) == 0
            else {
                Self.splitAtSpaces(bytes, word)
                return
            }
            defer { thanrak_word_iterator_clear(iterator) }
            var start = thanrak_word_first(iterator)
            while true {
                let end = thanrak_word_next(iterator)
                if end < 0 { break }
                let status = thanrak_word_status(iterator)
                if status >= 100, start < end {
                    word(UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)]), status < 200)
                }
                start = end
            }
        }
    }

    /// The fallback: runs of bytes that are not ASCII spaces or punctuation.
    private static func splitAtSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ word: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var start = 0
        func flush(_ end: Int) {
            if start < end {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                word(slice, slice.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            }
        }
        for (i, b) in bytes.enumerated() where b < 0x80 && !(b.isASCIILetter || b.isASCIIDigit) {
            flush(i)
            start = i + 1
        }
        flush(bytes.count)
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
