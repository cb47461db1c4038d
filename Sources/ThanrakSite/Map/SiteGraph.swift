import ThanrakModel

/// The whole site as one graph, built once: communities, networks and
/// partners as nodes; membership, partner work (canvas step 8), trades
/// (seller → buyer, each trade once even when both sides list it) and
/// coordination as edges. Maps are views of it: a community's
/// neighbourhood, a network, the whole site.
public struct SiteGraph: Sendable {
    public struct Node: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case community(Int), network(Int), partner(Int) }
        public var kind: Kind
        /// `community:<id>`, `network:<id>`, `partner:<id>`.
        public var key: String
    }

    public struct Edge: Sendable, Hashable {
        public var from: Int
        public var to: Int
        public var relation: MapEdge.Relation
        /// What is traded, as Text (trades only).
        public var goods: LocalizedText?
    }

    public let nodes: [Node]
    public let edges: [Edge]
    public let index: [String: Int]
    /// Node → indexes of its edges, both directions.
    public let incident: [[Int]]
    /// Unordered node pair → the edges between them: a map finds the edges
    /// between two large nodes (a network and its coordinator) without
    /// walking their thousands of member edges.
    let edgesBetween: [NodePair: [Int]]

    public init(model: SiteModel) {
        var nodes: [Node] = []
        var index: [String: Int] = [:]
        // Each kind's own id → node: connecting by these needs no
        // "kind:id" String made and hashed per edge (the graph is built on
        // one core, before the pages).
        var networkNode: [String: Int] = [:], partnerNode: [String: Int] = [:], communityNode: [String: Int] = [:]
        func add(_ kind: Node.Kind, _ prefix: String, _ id: String, into byID: inout [String: Int]) {
            byID[id] = nodes.count
            index[prefix + id] = nodes.count
            nodes.append(Node(kind: kind, key: prefix + id))
        }
        for (i, n) in model.content.networks.enumerated() where n.model != nil { add(.network(i), "network:", n.id, into: &networkNode) }
        for (i, p) in model.content.partners.enumerated() where p.model != nil { add(.partner(i), "partner:", p.id, into: &partnerNode) }
        for (i, c) in model.communities.enumerated() { add(.community(i), "community:", c.id, into: &communityNode) }

        var edges: [Edge] = []
        /// An edge already made: its ends and, for a trade, what is traded.
        struct Made: Hashable {
            var from: Int, to: Int
            var relation: MapEdge.Relation
            var goods: String
        }
        var made = Set<Made>()
        func connect(_ from: Int?, _ to: Int?, _ relation: MapEdge.Relation, goods: LocalizedText? = nil, dedupe: Bool = true) {
            guard let a = from, let b = to, a != b else { return }
            if dedupe, !made.insert(Made(from: a, to: b, relation: relation, goods: goods?.translations.first?.text ?? "")).inserted { return }
            edges.append(Edge(from: a, to: b, relation: relation, goods: goods))
        }
        for n in model.content.networks {
            guard let network = n.model, let coordinator = network.coordinator?.value else { continue }
            connect(partnerNode[coordinator] ?? communityNode[coordinator], networkNode[n.id], .coordinator, dedupe: false)
        }
        for c in model.communities {
            let me = communityNode[c.id]
            for n in c.community.networks { connect(me, networkNode[n.value], .member) }
            for item in c.canvas[.partners] {
                guard let p = item.partner?.value else { continue }
                connect(partnerNode[p], me, .partnerOf)
            }
            for t in c.community.trades {
                let other = communityNode[t.partner.value]
                let (seller, buyer) = t.direction == .sells ? (me, other) : (other, me)
                connect(seller, buyer, .trade, goods: t.goods)
            }
        }
        var incident = Array(repeating: [Int](), count: nodes.count)
        var between: [NodePair: [Int]] = [:]
        for (e, edge) in edges.enumerated() {
            incident[edge.from].append(e)
            incident[edge.to].append(e)
            between[NodePair(edge.from, edge.to), default: []].append(e)
        }
        self.edgesBetween = between
        self.nodes = nodes
        self.edges = edges
        self.index = index
        self.incident = incident
    }

    /// The edges among `nodes` (the induced subgraph), each once, in no
    /// particular order. Walks the incident edges of the small nodes only;
    /// pairs of large nodes (more edges than the view has nodes) are looked
    /// up by pair. A community's map so costs its own degree, not the
    /// size of its networks (walking every network's members made the
    /// maps of all communities quadratic: 10% of a 10,000-community build).
    func edges(among nodes: [Int], isMember: (Int) -> Bool) -> [Int] {
        var found: [Int] = []
        var seen = Set<Int>()
        var large: [Int] = []
        for n in nodes {
            if incident[n].count > nodes.count {
                large.append(n)
                continue
            }
            for e in incident[n] where seen.insert(e).inserted {
                let edge = edges[e]
                if isMember(edge.from) && isMember(edge.to) { found.append(e) }
            }
        }
        for (i, a) in large.enumerated() {
            for b in large[(i + 1)...] {
                for e in edgesBetween[NodePair(a, b)] ?? [] where seen.insert(e).inserted { found.append(e) }
            }
            // A node's edges to itself are never made (`connect` refuses a == b).
        }
        return found
    }

    /// A network's part of the graph, as its map and its DOT file show it:
    /// the network, its neighbours (members, coordinator) and the partners
    /// working with its member communities. The network first; a node may
    /// appear twice.
    func networkPart(_ center: Int) -> [Int] {
        var nodes = [center] + neighbours(of: center)
        for n in nodes.dropFirst() where isCommunity(n) {
            for e in incident[n] where edges[e].relation == .partnerOf { nodes.append(edges[e].from) }
        }
        return nodes
    }

    func isCommunity(_ n: Int) -> Bool {
        if case .community = nodes[n].kind { return true }
        return false
    }

    public func neighbours(of node: Int) -> [Int] {
        incident[node].map { edges[$0].from == node ? edges[$0].to : edges[$0].from }
    }
}

/// Two nodes, in either order.
struct NodePair: Hashable, Sendable {
    let low: Int
    let high: Int

    init(_ a: Int, _ b: Int) {
        low = min(a, b)
        high = max(a, b)
    }
}
