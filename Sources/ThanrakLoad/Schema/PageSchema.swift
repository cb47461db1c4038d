import ThanrakModel

/// Front matter of Markdown pages (§6): `title`, `summary`, and `order` on
/// knowledge pages only.
enum PageSchema {
    enum Kind {
        case communityStory, communityPage, knowledgePage

        var titleRequired: Bool { self != .communityStory }
        var allowsOrder: Bool { self == .knowledgePage }
    }

    struct FrontMatter {
        /// The front matter's mapping, where a missing title is reported.
        var span: SourceSpan?
        var title: LocalizedText?
        var summary: LocalizedText?
        var order: Located<Int>?
    }

    static func keys(for kind: Kind) -> [String] {
        kind.allowsOrder ? ["title", "order", "summary"] : ["title", "summary"]
    }

    static func decode(_ root: YAMLNode, kind: Kind, with d: YAMLDecoder) throws(YAMLSyntaxError) -> FrontMatter {
        var fm = FrontMatter()
        fm.span = try d.mapping(root, "front matter") { key, value throws(YAMLSyntaxError) in
            switch key.text {
            case "title": fm.title = try d.text(value, "title", required: true)
            case "summary": fm.summary = try d.text(value, "summary")
            case "order" where kind.allowsOrder: fm.order = try d.integer(value, "order")
            case "order":
                try d.unknownKey(key, value, in: "front matter", known: [], note: "'order' sorts knowledge pages only")
            default: try d.unknownKey(key, value, in: "front matter", known: keys(for: kind))
            }
        }
        return fm
    }
}
