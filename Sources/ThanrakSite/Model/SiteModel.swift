import ThanrakCheck
import ThanrakLoad
import ThanrakModel

/// Everything the pages need, computed once from checked content: indexes
/// by id and aggregates, so no page scans all communities.
/// A class, not a struct: every page's context holds it, and copying a
/// struct of twenty collections cost twenty retains per copy (measured:
/// retain/release was the largest single item of the build profile).
public final class SiteModel: Sendable {
    public let content: LoadedContent
    public var site: Site { content.site }
    /// Communities that loaded completely (a checked site has all of them).
    public let communities: [CommunityView]
    public let communityIndex: [String: Int]
    public let areas: AreaTree
    public let partnerIndex: [String: Int]
    public let networkIndex: [String: Int]
    /// Partner id → the canvas items (community index, item) that name it.
    public let partnerMentions: [String: [(community: Int, item: CanvasItem)]]
    /// Network id → member community indexes.
    public let networkMembers: [String: [Int]]
    public let knowledgeSets: [KnowledgeSetView]
    public let knowledgeIndex: [String: Int]
    public let totals: SiteTotals
    /// SDG code as written → the (community, indicator) pairs tied to it.
    public let sdgUses: [String: [IndicatorRef]]
    /// Goal number → every (community, indicator) tied to the goal or below it.
    public let sdgGoalUses: [Int: [IndicatorRef]]
    /// SDG code → changwat → its uses there (for goal pages split by changwat).
    public let sdgUsesByChangwat: [String: [String: [IndicatorRef]]]
    /// Goal number → changwat → the goal's uses there.
    public let sdgGoalUsesByChangwat: [Int: [String: [IndicatorRef]]]
    /// Goal number → indicator totals of those indicators.
    public let sdgGoalTotals: [Int: IndicatorTotals]
    /// Every indicator of the site, by level and status.
    public let indicatorTotals: IndicatorTotals

    public init(content: LoadedContent, jobs: Int = 1) {
        self.content = content
        let views = Parallel.map(content.communities, jobs: jobs) { CommunityView(loaded: $0) }.compactMap { $0 }
        communities = views
        // The SDG aggregates read only the views: made on another core
        // while this one makes the areas, mentions and totals.
        let sdgWork = Background(jobs: jobs) { SDGUses(views) }
        communityIndex = Dictionary(uniqueKeysWithValues: views.enumerated().map { ($1.id, $0) })
        areas = AreaTree(communities: views.enumerated().map { ($0, $1.community.location) })
        partnerIndex = Dictionary(uniqueKeysWithValues: content.partners.enumerated().map { ($1.id, $0) })
        networkIndex = Dictionary(uniqueKeysWithValues: content.networks.enumerated().map { ($1.id, $0) })
        var mentions: [String: [(community: Int, item: CanvasItem)]] = [:]
        var members: [String: [Int]] = [:]
        for (i, v) in views.enumerated() {
            for item in v.canvas[.partners] {
                if let p = item.partner?.value { mentions[p, default: []].append((i, item)) }
            }
            for n in v.community.networks { members[n.value, default: []].append(i) }
        }
        partnerMentions = mentions
        networkMembers = members
        knowledgeSets = content.knowledgeSets.map(KnowledgeSetView.init)
        knowledgeIndex = Dictionary(uniqueKeysWithValues: knowledgeSets.enumerated().map { ($1.id, $0) })
        totals = SiteTotals(views)
        let sdg = sdgWork.value
        sdgUses = sdg.byCode
        sdgGoalUses = sdg.byGoal
        sdgUsesByChangwat = sdg.byCodeAndChangwat
        sdgGoalUsesByChangwat = sdg.byGoalAndChangwat
        sdgGoalTotals = sdg.goalTotals
        indicatorTotals = views.reduce(IndicatorTotals()) { $0 + $1.indicatorTotals }
    }
}

/// One indicator of one community, by index.
public struct IndicatorRef: Sendable, Hashable {
    public var community: Int
    public var indicator: Int
}

/// A loaded community with the parts a page needs, all present.
/// A class for the same reason as `SiteModel`: pages pass it around.
public final class CommunityView: Sendable {
    public let id: String
    public let folder: String
    public let community: Community
    public let canvas: Canvas
    public let indicators: [Indicator]
    /// The story (`index.md`) per language code.
    public let story: [String: Page]
    /// Other pages: id → language code → page; ids sorted.
    public let pages: [(id: String, translations: [String: Page])]
    public let assets: [String]
    public let money: MoneySummary
    public let indicatorTotals: IndicatorTotals
    /// Each indicator's progress, by index, worked out once: its cells are
    /// shown on the community page, the handout and SDG pages, both languages.
    public let indicatorProgress: [IndicatorProgress]
    /// Each indicator's status, by index (read `indicatorProgress[i].status`
    /// for one: this makes the whole list).
    public var indicatorStatus: [IndicatorProgress.Status] { indicatorProgress.map(\.status) }
    /// For each step (`Step.allCases` order) and each of its items, the
    /// text of every item its `refs` name, or nil for an id that names no
    /// item. The canvas labels its references with them on three pages a
    /// language; looked up by id, each hashed a String (0.6 % of a build).
    public let refTexts: [[[LocalizedText?]]]

    init?(loaded c: LoadedCommunity) {
        guard let community = c.community, let canvas = c.canvas else { return nil }
        id = c.id
        folder = c.folder
        self.community = community
        self.canvas = canvas
        indicators = c.indicators ?? []
        var story: [String: Page] = [:]
        var pages: [String: [String: Page]] = [:]
        for p in c.pages {
            let language = p.body.source.translations.first?.language ?? "th"
            if p.id == "index" { story[language] = p } else { pages[p.id, default: [:]][language] = p }
        }
        self.story = story
        self.pages = pages.keys.sorted().map { ($0, pages[$0, default: [:]]) }
        assets = c.assets
        money = MoneySummary(canvas: canvas)
        // Each indicator rated once: its status serves the totals here and
        // every aggregate page that counts it (IndicatorTotals(refs:in:)).
        let progress = indicators.map(IndicatorProgress.init)
        indicatorProgress = progress
        indicatorTotals = IndicatorTotals(indicators, statuses: progress.map(\.status))
        var items: [String: LocalizedText] = [:]
        for step in canvas.itemsByStep {
            for i in step.indices where items[step[i].id.value] == nil { items[step[i].id.value] = step[i].text }
        }
        refTexts = Step.allCases.map { step in canvas[step].map { item in item.refs.map { items[$0.value] } } }
    }

    public var pageIDs: [String] { pages.map(\.id) }
    var assetFolder: AssetFolder { AssetFolder(owner: .community(id), names: assets) }
}

/// A knowledge set with its pages in reading order (§11: by `order`, then
/// pages without, ties by id), the front page apart.
public struct KnowledgeSetView: Sendable {
    public let id: String
    public let folder: String
    /// `index.md` per language.
    public let front: [String: Page]
    /// Reading order; each with its translations.
    public let pages: [(id: String, translations: [String: Page])]
    public let assets: [String]

    init(_ set: KnowledgeSet) {
        id = set.id
        folder = set.folder
        assets = set.assets
        var front: [String: Page] = [:]
        var byID: [String: [String: Page]] = [:]
        var order: [String: Int] = [:]
        for p in set.pages {
            let language = p.body.source.translations.first?.language ?? "th"
            if p.id == "index" { front[language] = p; continue }
            byID[p.id, default: [:]][language] = p
            if p.language == nil, let o = p.order?.value { order[p.id] = o }
        }
        self.front = front
        pages = byID.keys.sorted { a, b in
            switch (order[a], order[b]) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a < b
            }
        }.map { ($0, byID[$0, default: [:]]) }
    }

    var assetFolder: AssetFolder { AssetFolder(owner: .knowledgeSet(id), names: assets) }
}

/// Site-wide counts for the overview.
public struct SiteTotals: Sendable {
    public var communities = 0
    public var members = 0
    public var changwats = 0
    public var byStage: [Int] = [0, 0, 0, 0]
    public var indicators = 0
    /// Goals at least one indicator reports on, ascending.
    public var goalsReached: [Int] = []

    init(_ views: [CommunityView]) {
        communities = views.count
        var changwats = Set<String>()
        var goals = Set<Int>()
        let framework = SDGFramework.shared
        for v in views {
            members += v.community.members?.value ?? 0
            changwats.insert(v.community.location.changwat.value)
            if let s = v.community.planStage { byStage[s.rawValue - 1] += 1 }
            indicators += v.indicators.count
            for i in v.indicators {
                for code in i.sdg { if let g = framework.goal(of: code.value) { goals.insert(g.number) } }
            }
        }
        self.changwats = changwats.count
        goalsReached = goals.sorted()
    }
}
