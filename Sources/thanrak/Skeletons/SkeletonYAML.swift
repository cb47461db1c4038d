import ThanrakModel
/// Small pieces of hand-written YAML for the skeletons of `thanrak new`.
/// The files are written as text, not serialised, because the comments
/// (the guiding questions) are the point of them.
enum SkeletonYAML {
    /// A scalar as YAML will read it back unchanged: plain when it is only
    /// letters, digits, marks, inner spaces and `-./()`, so Thai names stay
    /// readable; double-quoted otherwise (flow punctuation, `#`, a leading
    /// `[`, or a word YAML takes for null).
    static func scalar(_ s: String) -> String {
        let nullWords: Set<String> = ["null", "Null", "NULL"]
        let plain = s.first.map(isWordCharacter) == true && s.last != " " && !nullWords.contains(s)
            && s.allSatisfy { isWordCharacter($0) || $0 == " " || "-./()".contains($0) }
        return plain ? s : quoted(s)
    }

    /// Double-quoted: a JSON string literal is one (`JSONQuote`).
    static func quoted(_ s: String) -> String { JSONQuote.quoted(s) }

    /// A comment in both languages, Thai first, one line each.
    static func comment(_ th: String, _ en: String, indent: String = "") -> String {
        "\(indent)# \(th)\n\(indent)# \(en)\n"
    }

    /// `key: value` with a trailing comment starting at `column`, so a
    /// block of keys reads as a table. Characters, not bytes, are counted:
    /// a Thai cluster takes one cell in an editor, as one Character does.
    static func line(_ keyAndValue: String, comment: String, column: Int) -> String {
        let pad = max(2, column - keyAndValue.count)
        return keyAndValue + String(repeating: " ", count: pad) + "# " + comment + "\n"
    }

    private static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark }
    }
}

/// Text values (§1: a plain string or a map of languages) in the languages
/// of the site being written to: a language the site lacks would be an
/// `unknown-key`, a map without the default language a `missing-field`.
struct SkeletonText {
    /// The site's languages, the default first; never empty.
    var languages: [String]

    init(languages: [String]) {
        self.languages = languages.isEmpty ? ["th"] : languages
    }

    /// `values` are by language (`th`, `en`). The default language gets
    /// its own value, else the Thai one: a placeholder in another language
    /// is still a placeholder, and the file must check.
    func text(_ values: [String: String]) -> String {
        guard let fallback = values["th"] ?? values.values.first else { return "\"\"" }
        let first = languages[0]
        var entries = [(first, values[first] ?? fallback)]
        for language in languages.dropFirst() {
            if let value = values[language] { entries.append((language, value)) }
        }
        if entries.count == 1 { return SkeletonYAML.scalar(entries[0].1) }
        return "{" + entries.map { "\($0.0): \(SkeletonYAML.scalar($0.1))" }.joined(separator: ", ") + "}"
    }

    /// The usual case: a Thai and an English placeholder.
    func text(th: String, en: String) -> String { text(["th": th, "en": en]) }
}
