/// Text in one or more languages: a plain string (the site's default
/// language) or a map `{th: …, en: …}`. Strings are NFC-normalised on load.
public struct LocalizedText: Sendable, Hashable {
    /// Language code → text, in the order written.
    public var translations: [(language: String, text: String)]

    public init(_ translations: [(language: String, text: String)]) {
        self.translations = translations
    }

    public init(_ text: String, language: String) {
        self.translations = [(language, text)]
    }

    public func text(in language: String) -> String? {
        // By index: `first(where:)` copied (and retained) every pair it passed.
        for i in translations.indices where translations[i].language == language { return translations[i].text }
        return nil
    }

    /// The text in `language`, else in the first of `fallbacks` that has one.
    public func resolved(_ language: String, fallbacks: [String]) -> String {
        if let t = text(in: language) { return t }
        for f in fallbacks { if let t = text(in: f) { return t } }
        return translations.first?.text ?? ""
    }

    public static func == (a: LocalizedText, b: LocalizedText) -> Bool {
        a.translations.elementsEqual(b.translations) { $0.language == $1.language && $0.text == $1.text }
    }

    public func hash(into hasher: inout Hasher) {
        for t in translations { hasher.combine(t.language); hasher.combine(t.text) }
    }
}
