import CWordBreak

/// Splits text into words with ICU's word break iterator, whose Thai
/// dictionary finds the boundaries Thai writing leaves unmarked
/// ("ผ้าไหมมัดหมี่" → ผ้า · ไหม · มัด · หมี่). One per thread: an ICU
/// iterator is not safe to share.
final class WordBreaker {
    private let iterator: UnsafeMutableRawPointer?
    /// (start, end, status) per word, reused across calls.
    private var spans: [Int32] = Array(repeating: 0, count: 3 * 1024)

    /// Without ICU's data (never on Debian, where libicu ships it), words
    /// are split at spaces and punctuation only.
    init() { iterator = thanrak_word_iterator() }

    deinit { thanrak_word_iterator_close(iterator) }

    /// What decides the words found: ICU's version, or the fallback when
    /// ICU has no data. Part of the search word cache's tag.
    static var version: String {
        let probe = thanrak_word_iterator()
        defer { thanrak_word_iterator_close(probe) }
        guard probe != nil else { return "spaces" }
        var text = [CChar](repeating: 0, count: 24)
        text.withUnsafeMutableBufferPointer { thanrak_icu_version($0.baseAddress) }
        return "icu " + String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Calls `word` with each word of `text` (letters or a number; spaces
    /// and punctuation are not words) as UTF-8 bytes, and whether it is a number.
    func forEachWord(in text: String, _ word: (UnsafeBufferPointer<UInt8>, _ isNumber: Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            guard !bytes.isEmpty, let base = bytes.baseAddress else { return }
            guard let iterator else { return Self.splitAtSpaces(bytes, word) }
            var count = 0
            while true {
                let capacity = spans.count / 3
                count = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                    spans.withUnsafeMutableBufferPointer { Int(thanrak_words(iterator, chars, Int64(bytes.count), $0.baseAddress, Int64(capacity))) }
                }
                if count <= capacity { break }
                spans = Array(repeating: 0, count: 3 * count)
            }
            guard count >= 0 else { return Self.splitAtSpaces(bytes, word) }
            for i in 0..<count {
                let start = Int(spans[3 * i]), end = Int(spans[3 * i + 1])
                word(UnsafeBufferPointer(rebasing: bytes[start..<end]), spans[3 * i + 2] < 200)
            }
        }
    }

    /// The fallback: runs of bytes that are not ASCII spaces or punctuation.
    private static func splitAtSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ word: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var start = 0
        func flush(_ end: Int) {
            if start < end {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                word(slice, slice.allSatisfy(\.isASCIIDigit))
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
