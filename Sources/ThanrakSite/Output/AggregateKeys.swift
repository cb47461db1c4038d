import ThanrakLoad
import ThanrakModel

/// Keys for the pages that show a known set of communities: an area, a
/// network, a partner, an SDG goal (or a goal in one changwat). A rebuild
/// after one plan changed links such a page from the previous build when
/// its key is unchanged, instead of rendering it again (at 10,000
/// communities these are about 11,500 pages, most of a one-plan rebuild).
///
/// A key covers the shared inputs (as a community key does) and, for each
/// community the page shows, its `CommunityInputs`. Everything these pages show of a community comes from
/// its own files; whatever they show of networks and partners comes from
/// the shared files. A community joining or leaving the set changes the
/// list of ids, so the key. Pages over every community (home, lists,
/// indexes, the site map) have no key and are always rendered.
struct AggregateKeys {
    let model: SiteModel
    let graph: SiteGraph

    /// The communities an aggregating page shows (indexes into
    /// `model.communities`), or nil for a page without a key.
    func communities(of kind: SiteBuilder.PageKind) -> [Int]? {
        let m = model
        switch kind {
        case .changwat(let ci):
            return m.areas.changwats[ci].communities
        case .amphoe(let ci, let ai):
            return m.areas.changwats[ci].amphoes[ai].communities
        case .tambon(let ci, let ai, let ti):
            return m.areas.changwats[ci].amphoes[ai].tambons[ti].communities
        case .partner(let i):
            return (m.partnerMentions[m.content.partners[i].id] ?? []).map(\.community)
        case .network(let i):
            // Its members, and every community on its map (the coordinator too).
            let id = m.content.networks[i].id
            var shown = m.networkMembers[id] ?? []
            if let center = graph.index["network:" + id] {
                for n in graph.networkPart(center) {
                    if case .community(let j) = graph.nodes[n].kind { shown.append(j) }
                }
            }
            return shown
        case .sdgGoal(let n):
            return (m.sdgGoalUses[n] ?? []).map(\.community)
        case .sdgGoalArea(let n, let changwat):
            return (m.sdgGoalUsesByChangwat[n]?[changwat] ?? []).map(\.community)
        case .home, .communities, .community, .canvas, .handout, .communityPage, .partners, .networks,
             .knowledge, .knowledgeSet, .knowledgePage, .knowledgePrint, .handouts, .worksheet, .sdg, .areas, .search:
            return nil
        }
    }

    /// Page (its default-language file path) → key, for every page that has one.
    func keys(pages: [(SiteBuilder.PageKind, SitePath)], inputs: CommunityInputs, shared: Fingerprint, jobs: Int) -> [String: String] {
        let keyed = Parallel.map(pages, jobs: jobs) { kind, path -> (String, String)? in
            guard let shown = communities(of: kind) else { return nil }
            var f = shared
            f.add(path.filePath)
            for i in Set(shown).sorted() { inputs.add(i, to: &f) }
            return (path.filePath, f.hex)
        }
        var result: [String: String] = [:]
        for case let (path, key)? in keyed { result[path] = key }
        return result
    }
}
