/// `site.yaml`: what the whole site is called and how it speaks.
public struct Site: Sendable {
    public var title: LocalizedText
    /// Absolute http(s) URL, always ending in `/`.
    public var baseURL: String
    /// The first is the default language.
    public var languages: [String]
    public var calendar: SiteCalendar

    public init(title: LocalizedText, baseURL: String, languages: [String], calendar: SiteCalendar) {
        self.title = title
        self.baseURL = baseURL
        self.languages = languages
        self.calendar = calendar
    }

    public var defaultLanguage: String { languages.first ?? "th" }

    /// Used when `site.yaml` is missing or broken, so the rest still checks.
    public static let fallback = Site(
        title: LocalizedText("Thanrak", language: "th"), baseURL: "https://example.org/",
        languages: ["th"], calendar: .buddhist)
}
