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
        var nodes = Array(graph.nodes.indices)
        if let network, let center = graph.index["network:" + network] {
            var keep = Set([center] + graph.neighbours(of: center))
            for n in graph.neighbours(of: center) {
                for e in graph.incident[n] where graph.edges[e].relation == .partnerOf { keep.insert(graph.edges[e].from) }
            }
            nodes = nodes.filter(keep.contains)
        }
        let kept = Set(nodes)
        let language = model.site.defaultLanguage
        var out = "digraph \"\(network.map { "network:" + $0 } ?? "thanrak")\" {\n  graph [overlap=false, fontname=\"sans-serif\"];\n  node [fontname=\"sans-serif\"];\n"
        for n in nodes {
            let node = graph.nodes[n]
            let shape = switch node.kind {
            case .community: "ellipse"
            case .network: "box"
            case .partner: "diamond"
            }
            out += "  \(quote(node.key)) [label=\(quote(name(node).resolved(language, fallbacks: model.site.languages))), shape=\(shape), kind=\(kind(node))];\n"
        }
        for edge in graph.edges where kept.contains(edge.from) && kept.contains(edge.to) {
            var attributes = "relation=\(quote(edge.relation.rawValue))"
            if let goods = edge.goods { attributes += ", label=\(quote(goods.resolved(language, fallbacks: model.site.languages)))" }
            if edge.relation != .trade { attributes += ", arrowhead=none, style=dashed" }
            out += "  \(quote(graph.nodes[edge.from].key)) -> \(quote(graph.nodes[edge.to].key)) [\(attributes)];\n"
        }
        out += "}\n"
        return Array(out.utf8)
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

    /// A DOT quoted string: backslash and quote escaped, newlines as \n.
    private func quote(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out + "\""
    }
}
