import ThanrakModel

/// `/data/network.json` (nodes, edges, kinds) and Graphviz `network.dot`
/// files (the whole site, and one per network), so people can open the
/// graph in tools they already use.
struct NetworkExport {
    let model: SiteModel
    let graph: SiteGraph

    /// Bytes per node and per edge, a little over the national corpus
    /// averages, so the buffer is reserved once.
    static let jsonBytesPerNode = 320, jsonBytesPerEdge = 160

    func json() -> [UInt8] {
        var j = JSONWriter(capacity: 64 + graph.nodes.count * Self.jsonBytesPerNode + graph.edges.count * Self.jsonBytesPerEdge)
        j.object { j in
            j.key("nodes")
            j.array(graph.nodes) { j, node in
                j.object { o in
                    o.field("id", node.key)
                    o.field("kind", kind(node))
                    if case .partner(let i) = node.kind, let p = model.content.partners[i].model {
                        o.field("sector", p.sector.rawValue)
                    }
                    o.field("name", name(node))
                }
            }
            j.key("edges")
            j.array(graph.edges) { j, edge in
                j.object { o in
                    o.field("from", graph.nodes[edge.from].key)
                    o.field("to", graph.nodes[edge.to].key)
                    o.field("relation", edge.relation.rawValue)
                    if let goods = edge.goods { o.field("goods", goods) }
                }
            }
        }
        j.end("\n")
        return j.bytes
    }

    /// The whole graph, or the part around one network.
    func dot(network: String? = nil) -> [UInt8] {
        let (nodes, edges) = part(around: network)
        var out: [UInt8] = []
        out.reserveCapacity(256 + nodes.count * Self.dotBytesPerNode + edges.count * Self.dotBytesPerEdge)
        // The graph name is written as it always was: inside quotes, unescaped.
        out.append(literal: "digraph \"")
        if let network { out.append(literal: "network:"); out.append(utf8: network) } else { out.append(literal: "thanrak") }
        out.append(literal: "\" {\n  graph [overlap=false, fontname=\"sans-serif\"];\n  node [fontname=\"sans-serif\"];\n")
        for n in nodes { dotLine(node: graph.nodes[n], to: &out) }
        for e in edges { dotLine(edge: graph.edges[e], to: &out) }
        out.append(literal: "}\n")
        return out
    }

    private func dotLine(node: SiteGraph.Node, to out: inout [UInt8]) {
        out.append(literal: "  ")
        DOTString.append(node.key, to: &out)
        out.append(literal: " [label=")
        DOTString.append(resolved(name(node)), to: &out)
        switch node.kind {
        case .community: out.append(literal: ", shape=ellipse, kind=community];\n")
        case .network: out.append(literal: ", shape=box, kind=network];\n")
        case .partner: out.append(literal: ", shape=diamond, kind=partner];\n")
        }
    }

    private func dotLine(edge: SiteGraph.Edge, to out: inout [UInt8]) {
        out.append(literal: "  ")
        DOTString.append(graph.nodes[edge.from].key, to: &out)
        out.append(literal: " -> ")
        DOTString.append(graph.nodes[edge.to].key, to: &out)
        out.append(literal: " [relation=")
        DOTString.append(edge.relation.rawValue, to: &out)
        if let goods = edge.goods {
            out.append(literal: ", label=")
            DOTString.append(resolved(goods), to: &out)
        }
        if edge.relation != .trade { out.append(literal: ", arrowhead=none, style=dashed") }
        out.append(literal: "];\n")
    }

    private func resolved(_ text: LocalizedText) -> String {
        text.resolved(model.site.defaultLanguage, fallbacks: model.site.languages)
    }

    /// Bytes per node and edge line, a little over the national averages.
    static let dotBytesPerNode = 160, dotBytesPerEdge = 160

    /// Node and edge indexes of the whole graph, or of one network's part
    /// (`SiteGraph.networkPart`, the same nodes its map shows) with the
    /// edges among them. Both in graph order. Found from the network's
    /// edges, never by scanning the whole graph, as a site writes one file
    /// per network.
    func part(around network: String?) -> (nodes: [Int], edges: [Int]) {
        guard let network, let center = graph.index["network:" + network] else {
            return (Array(graph.nodes.indices), Array(graph.edges.indices))
        }
        let keep = Set(graph.networkPart(center))
        let nodes = keep.sorted()
        return (nodes, graph.edges(among: nodes, isMember: keep.contains).sorted())
    }

    private func kind(_ node: SiteGraph.Node) -> String {
        switch node.kind {
        case .community: "community"
        case .network: "network"
        case .partner: "partner"
        }
    }

    private func name(_ node: SiteGraph.Node) -> LocalizedText {
        switch node.kind {
        case .community(let i): model.communities[i].community.name
        case .network(let i): model.content.networks[i].model?.name ?? LocalizedText(model.content.networks[i].id, language: "en")
        case .partner(let i): model.content.partners[i].model?.name ?? LocalizedText(model.content.partners[i].id, language: "en")
        }
    }
}

/// A DOT quoted string: backslash and quote escaped, newlines as \n.
enum DOTString {
    /// Nearly every string (ids, Thai names) has none of the four bytes
    /// the rule changes, so it is copied whole; the rest go through the
    /// Character rule (a quote followed by a combining mark is not a quote).
    static func append(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if s.containsByte(of: MayNeedEscape.self) {
            out.append(utf8: escaped(s))
        } else {
            out.append(utf8: s)
        }
        out.append(UInt8(ascii: "\""))
    }

    static func escaped(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Bytes of the Characters the rule changes.
    private enum MayNeedEscape: ByteClass {
        static func contains(_ b: UInt8) -> Bool { b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x0A || b == 0x0D }
        static func mayContain(word w: UInt64) -> Bool {
            WordBytes.any(w, equalTo: UInt8(ascii: "\"")) || WordBytes.any(w, equalTo: UInt8(ascii: "\\")) || WordBytes.any(w, below: 0x0E)
        }
    }
}
