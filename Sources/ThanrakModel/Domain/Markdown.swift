/// Markdown source and what the loader found in it that the checker and
/// renderer need: `@` links and dropped raw HTML, with file positions.
public struct MarkdownText: Sendable {
    /// Per language: the NFC source. Markdown in YAML (`about:`) may be a Text map.
    public var source: LocalizedText
    public var links: [MarkdownLink]
    public var omittedHTML: [OmittedHTML]

    public init(source: LocalizedText, links: [MarkdownLink], omittedHTML: [OmittedHTML]) {
        self.source = source
        self.links = links
        self.omittedHTML = omittedHTML
    }
}

/// A link or image whose destination starts with `@`.
public struct MarkdownLink: Sendable {
    public var destination: String
    public var isImage: Bool
    public var span: SourceSpan

    public init(destination: String, isImage: Bool, span: SourceSpan) {
        self.destination = destination
        self.isImage = isImage
        self.span = span
    }
}

/// Raw HTML, or a link target with a forbidden scheme, that the renderer drops.
public struct OmittedHTML: Sendable {
    public var snippet: String
    public var isLinkTarget: Bool
    public var span: SourceSpan

    public init(snippet: String, isLinkTarget: Bool, span: SourceSpan) {
        self.snippet = snippet
        self.isLinkTarget = isLinkTarget
        self.span = span
    }
}

/// A `.md` page: a community's story or other page, or a knowledge page.
public struct Page: Sendable {
    public var id: String
    /// nil for the default language; else the translation's language code.
    public var language: String?
    public var path: String
    public var title: LocalizedText?
    public var summary: LocalizedText?
    public var order: Located<Int>?
    public var body: MarkdownText
    /// Line in the file where the body starts (after front matter).
    public var bodyFirstLine: Int
    /// A stable hash of the file's bytes (to skip unchanged pages on rebuild).
    public var sourceHash: UInt64 = 0

    public init(
        id: String, language: String?, path: String, title: LocalizedText?, summary: LocalizedText?,
        order: Located<Int>?, body: MarkdownText, bodyFirstLine: Int
    ) {
        self.id = id
        self.language = language
        self.path = path
        self.title = title
        self.summary = summary
        self.order = order
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }
}
