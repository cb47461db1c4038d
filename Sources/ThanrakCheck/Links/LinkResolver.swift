import ThanrakModel

/// Decides whether an `@` link points to something that exists, and if not,
/// what the author probably meant.
public struct LinkResolver: Sendable {
    public let index: SiteIndex
    let sdg = SDGFramework.shared

    public init(index: SiteIndex) { self.index = index }

    /// nil when the link resolves; else the message of its `broken-link`.
    public func problem(with destination: String) -> String? {
        switch InternalLink.parse(destination) {
        case .malformed(let reason):
            return "'\(destination)' is not an internal link: \(reason)"
        case .community(let id, let anchor):
            guard let entry = index.communities[id] else {
                return "'\(destination)': no community '\(id)'\(Suggestion.hint(for: id, in: candidates(for: id)))"
            }
            if let anchor, entry.itemsKnown, entry.items[anchor] == nil {
                return "'\(destination)': '\(anchor)' is not an item or indicator of \(id)\(Suggestion.hint(for: anchor, in: entry.itemOrder))"
            }
        case .communityPage(let id, let page):
            guard let entry = index.communities[id] else {
                return "'\(destination)': no community '\(id)'\(Suggestion.hint(for: id, in: candidates(for: id)))"
            }
            if !entry.pages.contains(page) && !SiteIndex.generatedCommunityPages.contains(page) && !entry.assets.contains(page) {
                let known = entry.pages.sorted() + SiteIndex.generatedCommunityPages + entry.assets.sorted()
                return "'\(destination)': \(id) has no page or file '\(page)'\(Suggestion.hint(for: page, in: known))"
            }
        case .network(let id):
            if !index.networks.contains(id) {
                return "'\(destination)': no network '\(id)'\(Suggestion.hint(for: id, in: index.networks.sorted()))"
            }
        case .partner(let id):
            if !index.partners.contains(id) {
                return "'\(destination)': no partner '\(id)'\(Suggestion.hint(for: id, in: index.partners.sorted()))"
            }
        case .knowledgeSet(let id):
            if index.knowledgePages[id] == nil {
                return "'\(destination)': no knowledge set '\(id)'\(Suggestion.hint(for: id, in: index.knowledgePages.keys.sorted()))"
            }
        case .knowledgePage(let set, let page):
            guard let pages = index.knowledgePages[set] else {
                return "'\(destination)': no knowledge set '\(set)'\(Suggestion.hint(for: set, in: index.knowledgePages.keys.sorted()))"
            }
            let assets = index.knowledgeAssets[set] ?? []
            if !pages.contains(page) && !SiteIndex.generatedKnowledgePages.contains(page) && !assets.contains(page) {
                let known = pages.sorted() + SiteIndex.generatedKnowledgePages + assets.sorted()
                return "'\(destination)': knowledge set \(set) has no page '\(page)'\(Suggestion.hint(for: page, in: known))"
            }
        case .sdg(let code):
            if !sdg.contains(code) {
                return "'\(destination)': '\(code)' is not a goal, target or indicator of the UN SDG framework\(Suggestion.hint(for: code, in: sdg.allCodes))"
            }
        }
        return nil
    }

    /// Community ids, plus the link kinds, since `@netwrok/x` is a typo too.
    private func candidates(for id: String) -> [String] { index.communityIDs + InternalLink.kinds }
}
