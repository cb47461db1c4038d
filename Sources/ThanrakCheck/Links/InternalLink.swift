/// The `@` links of §1, parsed (not yet resolved).
public enum InternalLink: Sendable, Equatable {
    /// `@ban-nong-bua`, `@ban-nong-bua#silk`
    case community(String, anchor: String?)
    /// `@ban-nong-bua/market-day`, `@ban-nong-bua/canvas`, `@ban-nong-bua/photo.jpg`
    case communityPage(String, page: String)
    case network(String)
    case partner(String)
    case knowledgeSet(String)
    /// `@knowledge/set/page`, `@knowledge/set/print`, `@knowledge/set/diagram.png`
    case knowledgePage(String, page: String)
    case sdg(String)
    /// Not of any form above; the reason says what is wrong.
    case malformed(String)

    /// The prefixes that are not community ids.
    public static let kinds = ["network", "partner", "knowledge", "sdg"]

    public static func parse(_ destination: String) -> InternalLink {
        // In ASCII without CR (CR LF is one Character), every byte is one
        // Character: the same reading over the bytes gives the same result,
        // without breaking the text into grapheme clusters (most of the cost
        // of checking a page's links).
        if destination.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return parse(destination, destination.utf8[...], marks: (UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "/"))) {
                String(Substring($0))
            }
        }
        return parse(destination, Substring(destination), marks: ("@", "#", "/")) { String($0) }
    }

    /// The reading of `parse`, over Characters or (for ASCII) bytes.
    private static func parse<Text: BidirectionalCollection>(
        _ destination: String, _ text: Text, marks: (at: Text.Element, hash: Text.Element, slash: Text.Element),
        string: (Text.SubSequence) -> String
    ) -> InternalLink where Text.Element: Equatable {
        guard text.first == marks.at else { return .malformed("an internal link starts with '@'") }
        var rest = text.dropFirst()
        var anchor: String?
        if let hash = rest.firstIndex(of: marks.hash) {
            anchor = string(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        let parts = rest.split(separator: marks.slash, omittingEmptySubsequences: false).map(string)
        guard let head = parts.first, !head.isEmpty, !parts.contains(where: \.isEmpty) else {
            return .malformed("'\(destination)' has an empty part")
        }
        if anchor != nil && !(parts.count == 1 && !kinds.contains(head)) {
            return .malformed("'#' anchors work only on a community link, like @ban-nong-bua#silk")
        }
        switch (head, parts.count) {
        case ("network", 2): return .network(parts[1])
        case ("partner", 2): return .partner(parts[1])
        case ("knowledge", 2): return .knowledgeSet(parts[1])
        case ("knowledge", 3): return .knowledgePage(parts[1], page: parts[2])
        case ("sdg", 2): return .sdg(parts[1])
        case ("network", _), ("partner", _), ("sdg", _):
            return .malformed("write @\(head)/<id>")
        case ("knowledge", _):
            return .malformed("write @knowledge/<set> or @knowledge/<set>/<page>")
        case (_, 1): return .community(head, anchor: anchor?.isEmpty == true ? nil : anchor)
        case (_, 2): return .communityPage(head, page: parts[1])
        default:
            return .malformed("'\(destination)' has too many parts; write @<community>/<page>")
        }
    }
}
