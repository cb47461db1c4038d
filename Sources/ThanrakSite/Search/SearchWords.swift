/// How a word is written in the search index, so that a query finds it
/// however it was typed: Latin letters in lower case, Thai digits as
/// Arabic ones (๒๕๖๗ = 2567), numbers without thousands separators
/// (2,567 = 2567). `search.js` applies the same rules to the query.
enum SearchWords {
    /// Words too common to tell pages apart; left out of the index and out
    /// of queries (the list is given to the search page, one source).
    static let stopWords: Set<String> = [
        // Thai function words (ICU splits compounds such as การตลาด into การ · ตลาด).
        "ที่", "ของ", "และ", "ใน", "ให้", "ได้", "เป็น", "มี", "การ", "ความ", "จาก", "กับ",
        "แต่", "ว่า", "ซึ่ง", "ก็", "จะ", "แล้ว", "หรือ", "โดย", "เพื่อ", "อยู่", "นี้", "นั้น",
        "คือ", "ๆ", "ไว้", "ด้วย", "กัน", "อีก", "ทั้ง", "เมื่อ", "ต่อ", "แก่", "แห่ง",
        // English.
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in",
        "is", "it", "its", "of", "on", "or", "that", "the", "to", "was", "were", "with",
    ]

    static let stopBytes: Set<[UInt8]> = Set(stopWords.map { Array($0.utf8) })

    /// Writes the indexed form of one word from `WordBreaker` into the
    /// start of `out` and returns its length. `out` is reused across words
    /// (grown when short), so no word allocates.
    static func normalize(_ word: UnsafeBufferPointer<UInt8>, isNumber: Bool, into out: inout [UInt8]) -> Int {
        if out.count < word.count { out = [UInt8](repeating: 0, count: max(64, word.count * 2)) }
        // Most words are Thai letters only, which stay as they are: copied
        // whole, after a test of one lead pair a character, instead of the
        // byte-by-byte rewrite below.
        if isPlainThai(word), let source = word.baseAddress {
            out.withUnsafeMutableBufferPointer { o in o.baseAddress?.update(from: source, count: word.count) }
            return word.count
        }
        var otherScript = false
        let length = out.withUnsafeMutableBufferPointer { o -> Int in
            var i = 0, n = 0
            while i < word.count {
                let b = word[i]
                if b < 0x80 {
                    i += 1
                    if isNumber && b == UInt8(ascii: ",") { continue }
                    o[n] = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
                } else if b == 0xE0, i + 2 < word.count, word[i + 1] == 0xB9, word[i + 2] >= 0x90, word[i + 2] <= 0x99 {
                    // U+0E50…U+0E59, the Thai digits.
                    o[n] = UInt8(ascii: "0") + (word[i + 2] - 0x90)
                    i += 3
                } else {
                    // Thai (U+0E00…U+0E7F, lead bytes E0 B8 / E0 B9) has no case.
                    if b >= 0xC0 && !(b == 0xE0 && i + 1 < word.count && (word[i + 1] == 0xB8 || word[i + 1] == 0xB9)) { otherScript = true }
                    o[n] = b
                    i += 1
                }
                n += 1
            }
            return n
        }
        guard otherScript else { return length }
        let lowered = Array(String(decoding: out[0..<length], as: UTF8.self).lowercased().utf8)
        if out.count < lowered.count { out = [UInt8](repeating: 0, count: lowered.count * 2) }
        out.replaceSubrange(0..<lowered.count, with: lowered)
        return lowered.count
    }

    /// Whether `word` is whole Thai characters (U+0E00–U+0E7F: E0 B8 xx or
    /// E0 B9 xx) with no Thai digit (U+0E50–U+0E59: E0 B9 90–99).
    static func isPlainThai(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        guard n > 0, n % 3 == 0 else { return false }
        var i = 0
        while i < n {
            let b1 = word[i &+ 1], b2 = word[i &+ 2]
            guard word[i] == 0xE0, b2 & 0xC0 == 0x80 else { return false }
            if b1 == 0xB9 {
                if b2 >= 0x90 && b2 <= 0x99 { return false }
            } else if b1 != 0xB8 {
                return false
            }
            i &+= 3
        }
        return true
    }

    static func isStop(_ word: ArraySlice<UInt8>) -> Bool { stopBytes.contains(Array(word)) }
}
