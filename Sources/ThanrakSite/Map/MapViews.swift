import ThanrakModel

/// Turns parts of the site graph into `MapGraph`s for one page: labels in
/// the page's language, links relative to the page, large graphs trimmed
/// to the best-connected nodes (the page says how many are left out and
/// lists every one of them in text).
struct MapViews {
    let graph: SiteGraph
    let context: PageContext
    /// Most nodes drawn on one map; more are listed in text only.
    static let maximumNodes = 120

    /// A community's neighbourhood: its networks, partners and trades.
    func community(_ index: Int) -> MapGraph? {
        guard let me = graph.index["community:" + context.model.communities[index].id] else { return nil }
        return view(center: me, members: graph.neighbours(of: me))
    }

    /// A network: its member communities, their partners, trades among them.
    func network(_ id: String) -> MapGraph? {
        guard let center = graph.index["network:" + id] else { return nil }
        // Trades among the members come with the induced view.
        return view(center: center, members: graph.networkPart(center))
    }

    /// Every network and partner, and the communities (all of them while
    /// few, else the best-connected ones).
    func site() -> MapGraph {
        view(center: nil, members: Array(graph.nodes.indices))
    }

    private func isCommunity(_ n: Int) -> Bool { graph.isCommunity(n) }

    /// The induced map: `center` plus `members` (deduplicated, ordered by
    /// kind then key), every edge among them, trimmed to `maximumNodes`.
    private func view(center: Int?, members: [Int]) -> MapGraph {
        var chosen = Array(Set(members).subtracting(center.map { [$0] } ?? [])).sorted { a, b in
            let (ka, kb) = (rank(a), rank(b))
            return ka != kb ? ka < kb : graph.nodes[a].key < graph.nodes[b].key
        }
        var omitted = 0
        let room = Self.maximumNodes - (center == nil ? 0 : 1)
        if chosen.count > room {
            omitted = chosen.count - room
            // Keep networks and partners, then the communities with most connections.
            let degree = { (n: Int) in graph.incident[n].count }
            let fixed = chosen.filter { !isCommunity($0) }
            let communities = chosen.filter(isCommunity).sorted { degree($0) != degree($1) ? degree($0) > degree($1) : graph.nodes[$0].key < graph.nodes[$1].key }
            chosen = Array((fixed + communities).prefix(room)).sorted { a, b in
                let (ka, kb) = (rank(a), rank(b))
                return ka != kb ? ka < kb : graph.nodes[a].key < graph.nodes[b].key
            }
        }
        let all = (center.map { [$0] } ?? []) + chosen
        var position: [Int: Int] = [:]
        for (i, n) in all.enumerated() { position[n] = i }
        let nodes = all.map(mapNode)
        var edges: [MapEdge] = []
        for e in graph.edges(among: all, isMember: { position[$0] != nil }) {
            let edge = graph.edges[e]
            guard let a = position[edge.from], let b = position[edge.to] else { continue }
            edges.append(MapEdge(from: a, to: b, relation: edge.relation, label: edge.goods.map(context.text)))
        }
        edges.sort { ($0.from, $0.to, $0.relation.rawValue, $0.label ?? "") < ($1.from, $1.to, $1.relation.rawValue, $1.label ?? "") }
        return MapGraph(nodes: nodes, edges: edges, center: center == nil ? nil : 0, omittedNodes: omitted)
    }

    private func rank(_ n: Int) -> Int {
        switch graph.nodes[n].kind {
        case .network: 0
        case .partner: 1
        case .community: 2
        }
    }

    private func mapNode(_ n: Int) -> MapNode {
        let c = context
        let m = c.model
        switch graph.nodes[n].kind {
        case .community(let i):
            let v = m.communities[i]
            return MapNode(id: graph.nodes[n].key, label: c.text(v.community.name), kind: .community, href: c.href(Routes.community(v.id)))
        case .network(let i):
            let entity = m.content.networks[i]
            return MapNode(id: graph.nodes[n].key, label: entity.model.map { c.text($0.name) } ?? entity.id, kind: .network, href: c.href(Routes.network(entity.id)))
        case .partner(let i):
            let entity = m.content.partners[i]
            return MapNode(
                id: graph.nodes[n].key, label: entity.model.map { c.text($0.name) } ?? entity.id,
                kind: .partner(entity.model?.sector ?? .government), href: c.href(Routes.partner(entity.id)))
        }
    }
}
