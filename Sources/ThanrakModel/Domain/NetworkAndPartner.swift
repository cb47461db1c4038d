/// `networks/<id>.yaml`: a thematic or area network of communities.
public struct Network: Sendable {
    public var name: LocalizedText
    public var kind: NetworkKind
    public var theme: NetworkTheme?
    public var level: NetworkLevel
    public var coordinator: Located<String>?
    public var about: MarkdownText?

    public init(
        name: LocalizedText, kind: NetworkKind, theme: NetworkTheme?, level: NetworkLevel,
        coordinator: Located<String>?, about: MarkdownText?
    ) {
        self.name = name
        self.kind = kind
        self.theme = theme
        self.level = level
        self.coordinator = coordinator
        self.about = about
    }
}

/// `partners/<id>.yaml`: an agency, firm, university or NGO.
public struct Partner: Sendable {
    public var name: LocalizedText
    public var sector: PartnerSector
    public var level: PartnerLevel
    public var about: MarkdownText?

    public init(name: LocalizedText, sector: PartnerSector, level: PartnerLevel, about: MarkdownText?) {
        self.name = name
        self.sector = sector
        self.level = level
        self.about = about
    }
}
