import ThanrakCheck
import ThanrakModel

/// Where every page of the site map (§10) lives, in the default language;
/// `SitePath.localized` moves a page under `/<lang>/`.
public enum Routes {
    public static let home = SitePath.root
    public static let communities = SitePath(["communities"])
    public static func community(_ id: String) -> SitePath { SitePath(["communities", id]) }
    public static func canvas(_ id: String) -> SitePath { SitePath(["communities", id, "canvas"]) }
    public static func handout(_ id: String) -> SitePath { SitePath(["communities", id, "handout"]) }
    public static func communityPage(_ id: String, _ page: String) -> SitePath { SitePath(["communities", id, page]) }
    /// Assets are copied beside their pages and shared by every language.
    public static func communityAsset(_ id: String, _ file: String) -> SitePath { SitePath(["communities", id, file], isFile: true) }
    public static let partners = SitePath(["partners"])
    public static func partner(_ id: String) -> SitePath { SitePath(["partners", id]) }
    public static let networks = SitePath(["networks"])
    public static func network(_ id: String) -> SitePath { SitePath(["networks", id]) }
    public static let knowledge = SitePath(["knowledge"])
    public static func knowledgeSet(_ id: String) -> SitePath { SitePath(["knowledge", id]) }
    public static func knowledgePage(_ set: String, _ page: String) -> SitePath { SitePath(["knowledge", set, page]) }
    public static func knowledgePrint(_ set: String) -> SitePath { SitePath(["knowledge", set, "print"]) }
    public static func knowledgeAsset(_ set: String, _ file: String) -> SitePath { SitePath(["knowledge", set, file], isFile: true) }
    public static let handouts = SitePath(["handouts"])
    public static let worksheet = SitePath(["handouts", "canvas-worksheet"])
    public static let sdg = SitePath(["sdg"])
    public static func sdgGoal(_ goal: Int) -> SitePath { SitePath(["sdg", String(goal)]) }
    /// A goal's tables for one changwat (goals with many indicators, see `SDGPages`).
    public static func sdgGoalArea(_ goal: Int, _ changwat: String) -> SitePath { SitePath(["sdg", String(goal), AreaPaths.segment(changwat)]) }
    /// The search page; its index files are below it (`SearchFiles`).
    public static let search = SitePath(["search"])
    public static let searchScript = SitePath.file("assets", "search.js")
    public static let stylesheet = SitePath.file("assets", "thanrak.css")
    public static let communitiesJSON = SitePath.file("data", "communities.json")
    public static let indicatorsCSV = SitePath.file("data", "indicators.csv")
    public static let indicatorsJSON = SitePath.file("data", "indicators.json")
    public static let script = SitePath.file("assets", "thanrak.js")
    public static let networkJSON = SitePath.file("data", "network.json")
    public static let networkDOT = SitePath.file("data", "network.dot")
    public static func networkDOT(_ id: String) -> SitePath { SitePath(["networks", id, "network.dot"], isFile: true) }
    public static let sitemap = SitePath.file("sitemap.xml")
    public static let notFound = SitePath.file("404.html")

    /// Where an `@` link goes: the page (in `language`) and the anchor.
    /// nil for a link the checker would have reported as broken.
    public static func target(of destination: String, in model: SiteModel, language: PageLanguage) -> (path: SitePath, fragment: String?)? {
        func page(_ p: SitePath, _ fragment: String? = nil) -> (SitePath, String?) { (p.localized(language), fragment) }
        switch InternalLink.parse(destination) {
        case .community(let id, let anchor):
            guard model.communityIndex[id] != nil else { return nil }
            return page(community(id), anchor)
        case .communityPage(let id, let name):
            guard let i = model.communityIndex[id] else { return nil }
            let c = model.communities[i]
            if name == "canvas" { return page(canvas(id)) }
            if name == "handout" { return page(handout(id)) }
            if c.pageIDs.contains(name) { return page(communityPage(id, name)) }
            if c.assets.contains(name) { return (communityAsset(id, name), nil) }
            return nil
        case .network(let id):
            return model.networkIndex[id] == nil ? nil : page(network(id))
        case .partner(let id):
            return model.partnerIndex[id] == nil ? nil : page(partner(id))
        case .knowledgeSet(let id):
            return model.knowledgeIndex[id] == nil ? nil : page(knowledgeSet(id))
        case .knowledgePage(let set, let name):
            guard let i = model.knowledgeIndex[set] else { return nil }
            let s = model.knowledgeSets[i]
            if name == "print" { return page(knowledgePrint(set)) }
            if s.pages.contains(where: { $0.id == name }) { return page(knowledgePage(set, name)) }
            if s.assets.contains(name) { return (knowledgeAsset(set, name), nil) }
            return nil
        case .sdg(let code):
            guard let goal = SDGFramework.shared.goal(of: code) else { return nil }
            return page(sdgGoal(goal.number), code == goal.code ? nil : code)
        case .malformed:
            return nil
        }
    }
}
