import ThanrakModel

/// A network map as a page section: the SVG (drawn at build time, no
/// script), its legend, a note when the map shows only the best-connected
/// nodes, and a text alternative listing the same links and relations.
/// CSS classes: `map-section`, `map-figure`, `map-note`, `map-list`.
struct MapSection {
    let graph: MapGraph
    let context: PageContext
    let title: String
    /// The section's heading id; the SVG's ids derive from it.
    let id: String

    func write(into html: inout HTMLBuffer) {
        guard graph.nodes.count > 1 else { return }
        let c = context
        html.raw(markup: "<section class=\"map-section\" aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">")
        html.text(title)
        html.raw("</h2>")
        if graph.omittedNodes > 0 {
            html.raw("<p class=\"map-note\">")
            html.text(c.language.isThai
                ? "แผนที่แสดง \(Format.number(Double(graph.nodes.count))) จุดที่เชื่อมโยงมากที่สุด อีก \(Format.number(Double(graph.omittedNodes))) จุดอยู่ในรายการของหน้านี้"
                : "The map shows the \(Format.number(Double(graph.nodes.count))) best-connected nodes; \(Format.number(Double(graph.omittedNodes))) more are in this page's lists.")
            html.raw("</p>")
        }
        html.raw("<figure class=\"map-figure\">")
        let layout = RadialLayout.layout(graph)
        MapSVG(graph: graph, layout: layout, title: title, thai: c.language.isThai).write(into: &html, id: id + "-svg")
        html.raw("</figure>")
        let hasGroups = graph.nodes.contains { if case .group = $0.kind { true } else { false } }
        MapLegend(thai: c.language.isThai, groups: hasGroups).write(into: &html)
        textAlternative(into: &html)
        html.raw("</section>")
    }

    /// Every node drawn, with its relations, as links.
    private func textAlternative(into html: inout HTMLBuffer) {
        let c = context
        html.raw("<details class=\"map-list\"><summary>")
        html.text(c.t(Labels.mapAsList))
        html.raw("</summary><ul>")
        var byNode = Array(repeating: [MapEdge](), count: graph.nodes.count)
        for e in graph.edges { byNode[e.from].append(e) }
        for (i, node) in graph.nodes.enumerated() {
            html.raw("<li>")
            link(node, into: &html)
            html.raw(" <span class=\"map-kind\">(")
            html.text(kindLabel(node.kind))
            html.raw(")</span>")
            if !byNode[i].isEmpty {
                html.raw("<ul>")
                for e in byNode[i] {
                    html.raw("<li>")
                    writeRelation(e, into: &html)
                    html.raw(" ")
                    link(graph.nodes[e.to], into: &html)
                    html.raw("</li>")
                }
                html.raw("</ul>")
            }
            html.raw("</li>")
        }
        html.raw("</ul></details>")
    }

    private func link(_ node: MapNode, into html: inout HTMLBuffer) {
        if let href = node.href {
            html.open("a", ["href": href])
            html.text(node.label)
            html.raw("</a>")
        } else {
            html.text(node.label)
        }
    }

    private func kindLabel(_ kind: MapNode.Kind) -> String {
        let l = context.language
        switch kind {
        case .community: return l.pick(Labels.community)
        case .network: return l.isThai ? "เครือข่าย" : "Network"
        case .partner(let sector): return (l.isThai ? "ภาคี: " : "Partner: ") + l.label(sector)
        case .group(let n): return l.isThai ? "กลุ่ม \(n) ชุมชน" : Format.count(n, "community", "communities")
        }
    }

    /// "เป็นสมาชิกของ", "ขาย ผ้าคราม ให้": the relation, written in pieces
    /// (only what is traded is content, and escaped).
    private func writeRelation(_ e: MapEdge, into html: inout HTMLBuffer) {
        let th = context.language.isThai
        switch e.relation {
        case .member: html.raw(th ? "เป็นสมาชิกของ" : "member of")
        case .partnerOf: html.raw(th ? "ทำงานร่วมกับ" : "works with")
        case .coordinator: html.raw(th ? "ประสานงาน" : "coordinates")
        case .trade:
            html.raw(th ? "ขาย" : "sells")
            if let label = e.label {
                html.raw(" ")
                html.text(label)
            }
            html.raw(th ? "ให้" : " to")
        }
    }
}
