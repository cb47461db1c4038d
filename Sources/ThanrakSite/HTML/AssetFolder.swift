/// The content folder a Markdown text came from, for its plain relative
/// links (`![](photo.jpg)`). An asset is copied once, beside the folder's
/// default-language page (§11: assets are shared by every language), so the
/// link as written would miss it on the English page, on a sub-page
/// (`/communities/<id>/<page>/`) and on a knowledge set's print page. A
/// relative link that names one of the folder's assets is pointed at the
/// copy instead; any other link is left as written (§11: links without `@`
/// are not checked).
struct AssetFolder: Sendable {
    enum Owner: Sendable {
        case community(String)
        case knowledgeSet(String)
    }

    let owner: Owner
    let names: [String]

    /// Where the asset `name` of this folder is copied.
    func path(of name: String) -> SitePath {
        switch owner {
        case .community(let id): Routes.communityAsset(id, name)
        case .knowledgeSet(let id): Routes.knowledgeAsset(id, name)
        }
    }

    /// The copied asset a link destination names, with the link's
    /// `#fragment`, or nil when it names none: a link with a scheme, an
    /// absolute or `@` link, or a file that is not an asset of the folder.
    func asset(linkedAs url: String) -> (path: SitePath, fragment: String?)? {
        guard !names.isEmpty, !url.isEmpty, !url.hasPrefix("@"), !url.hasPrefix("/"), !url.hasPrefix("#") else { return nil }
        var rest = Substring(url)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        // A query (`photo.jpg?v=2`) names the same file.
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        // A scheme (`https:`) comes before any slash; an asset is a plain name.
        guard !rest.isEmpty, !rest.contains("/"), !rest.contains(":") else { return nil }
        let name = AssetFolder.percentDecoded(rest) ?? String(rest)
        guard names.contains(name) else { return nil }
        return (path(of: name), fragment)
    }

    /// `%E0%B8%A3` → "ร"; nil when there is no escape or one is malformed
    /// or not UTF-8 (the name is then taken as written).
    static func percentDecoded(_ s: Substring) -> String? {
        guard s.contains("%") else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var i = s.utf8.startIndex
        let utf8 = s.utf8
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == UInt8(ascii: "%") {
                let h = utf8.index(after: i)
                guard h < utf8.endIndex, utf8.index(after: h) < utf8.endIndex,
                      let high = hexValue(utf8[h]), let low = hexValue(utf8[utf8.index(after: h)]) else { return nil }
                bytes.append(high << 4 | low)
                i = utf8.index(h, offsetBy: 2)
            } else {
                bytes.append(b)
                i = utf8.index(after: i)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
