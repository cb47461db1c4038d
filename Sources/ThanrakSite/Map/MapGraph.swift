import ThanrakModel

/// A graph to draw as a network map: who is connected to whom and how.
/// Built from content by `SiteGraph`; laid out by `RadialLayout`; drawn
/// by `MapSVG`. Node and edge order is significant: the same graph gives
/// the same picture.
public struct MapGraph: Sendable {
    public var nodes: [MapNode]
    public var edges: [MapEdge]
    /// The node the map is about (drawn in the middle), if any.
    public var center: Int?
    /// When the map shows only part of a larger graph: how many nodes the
    /// full graph has (the page says so and lists everything in text).
    public var omittedNodes: Int

    public init(nodes: [MapNode], edges: [MapEdge], center: Int?, omittedNodes: Int = 0) {
        self.nodes = nodes
        self.edges = edges
        self.center = center
        self.omittedNodes = omittedNodes
    }
}

public struct MapNode: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case community
        case network
        case partner(PartnerSector)
        /// A group of communities shown as one node on large maps (an area).
        case group(count: Int)
    }

    /// Stable id, unique in the graph (`community:ban-a`, `partner:cdd`, …).
    public var id: String
    /// The text drawn beside the node (plain text; the writer escapes it).
    public var label: String
    public var kind: Kind
    /// Relative link to the node's page, if it has one.
    public var href: String?

    public init(id: String, label: String, kind: Kind, href: String?) {
        self.id = id
        self.label = label
        self.kind = kind
        self.href = href
    }
}

public struct MapEdge: Sendable, Hashable {
    public enum Relation: String, Sendable, Hashable, CaseIterable {
        /// A community belongs to a network.
        case member
        /// A partner works with a community (canvas step 8).
        case partnerOf = "partner-of"
        /// A community sells to another (arrow from seller to buyer).
        case trade
        /// A partner or community coordinates a network.
        case coordinator
    }

    /// Indexes into `MapGraph.nodes`; for trades, `from` sells to `to`.
    public var from: Int
    public var to: Int
    public var relation: Relation
    /// What is traded (trades only).
    public var label: String?

    public init(from: Int, to: Int, relation: Relation, label: String? = nil) {
        self.from = from
        self.to = to
        self.relation = relation
        self.label = label
    }
}
