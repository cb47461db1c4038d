import ThanrakModel

/// The language a page is rendered in, and where its text falls back to.
public struct PageLanguage: Sendable, Hashable {
    public var code: String
    public var isDefault: Bool
    /// The site's default language, then the others: where missing text comes from.
    public var fallbacks: [String]

    public init(code: String, site: Site) {
        self.code = code
        self.isDefault = code == site.defaultLanguage
        self.fallbacks = site.languages.filter { $0 != code }
        if let i = fallbacks.firstIndex(of: site.defaultLanguage), i != 0 {
            fallbacks.remove(at: i)
            fallbacks.insert(site.defaultLanguage, at: 0)
        }
    }

    /// The folder this language's pages live in (`/en/…`); nil for the default language.
    public var folder: String? { isDefault ? nil : code }

    public static func all(for site: Site) -> [PageLanguage] {
        site.languages.map { PageLanguage(code: $0, site: site) }
    }

    /// Thai labels on Thai pages; English labels for every other language.
    public var isThai: Bool { code == "th" }

    public func text(_ t: LocalizedText) -> String { t.resolved(code, fallbacks: fallbacks) }
    public func text(_ t: LocalizedText?) -> String? { t.map(text) }

    /// True when `t` has no text in this language (the page shows a fallback).
    public func isFallback(_ t: LocalizedText) -> Bool { t.text(in: code) == nil }

    /// The page in this language, else in the first fallback that has
    /// one; and whether it is a fallback.
    public func pick(_ translations: [String: Page]) -> (page: Page, isFallback: Bool)? {
        if let p = translations[code] { return (p, false) }
        for code in fallbacks { if let p = translations[code] { return (p, true) } }
        return nil
    }

    public func label<V: Vocabulary>(_ v: V) -> String { v.label(language: code) }
    public func pick(_ pair: (th: String, en: String)) -> String { isThai ? pair.th : pair.en }
}
