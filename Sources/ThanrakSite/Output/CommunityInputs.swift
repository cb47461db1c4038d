import ThanrakLoad

/// What a page's rebuild key takes from a community it shows but does not
/// belong to (a trade partner on a community's map, a member on a network
/// page, a community on an area or SDG page): its id, the fingerprint of
/// its files, and its number of edges in the site graph (a crowded map
/// keeps the best-connected). Indexed like `SiteModel.communities`, built
/// once per build for `BuildManifest.keys` and `AggregateKeys`.
struct CommunityInputs: Sendable {
    let fingerprints: [Fingerprint]
    let edges: [Int]
    let ids: [String]

    init(model: SiteModel, graph: SiteGraph) {
        var byID: [String: Fingerprint] = [:]
        for c in model.content.communities { byID[c.id] = c.fingerprint }
        fingerprints = model.communities.map { byID[$0.id] ?? Fingerprint() }
        edges = model.communities.map { v in graph.index["community:" + v.id].map { graph.incident[$0].count } ?? 0 }
        ids = model.communities.map(\.id)
    }

    func add(_ i: Int, to f: inout Fingerprint) {
        f.add(ids[i])
        f.add(fingerprints[i])
        f.add(edges[i])
    }
}
