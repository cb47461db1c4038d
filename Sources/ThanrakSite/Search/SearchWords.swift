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

    private static let stopBytes: Set<[UInt8]> = Set(stopWords.map { Array($0.utf8) })

    /// The indexed form of one word from `WordBreaker`; nil for a stop word.
    static func normalize(_ word: UnsafeBufferPointer<UInt8>, isNumber: Bool) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(word.count)
        var i = 0
        var otherScript = false
        while i < word.count {
            let b = word[i]
            if b < 0x80 {
                if isNumber && b == UInt8(ascii: ",") { i += 1; continue }
                out.append(b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b)
                i += 1
            } else if b == 0xE0, i + 2 < word.count, word[i + 1] == 0xB9, word[i + 2] >= 0x90, word[i + 2] <= 0x99 {
                // U+0E50…U+0E59, the Thai digits.
                out.append(UInt8(ascii: "0") + (word[i + 2] - 0x90))
                i += 3
            } else {
                // Thai (U+0E00…U+0E7F, lead bytes E0 B8 / E0 B9) has no case.
                if !(b == 0xE0 && i + 1 < word.count && (word[i + 1] == 0xB8 || word[i + 1] == 0xB9)) && b >= 0xC0 { otherScript = true }
                out.append(b)
                i += 1
            }
        }
        if otherScript { out = Array(String(decoding: out, as: UTF8.self).lowercased().utf8) }
        if out.isEmpty || stopBytes.contains(out) { return nil }
        return out
    }
}
