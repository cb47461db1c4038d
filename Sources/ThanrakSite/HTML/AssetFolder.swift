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
        // A malformed escape: the name is taken as written.
        let name = SitePath.percentDecoded(rest) ?? String(rest)
        guard names.contains(name) else { return nil }
        return (path(of: name), fragment)
    }
}
