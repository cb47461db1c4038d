import ThanrakModel

/// Colours, dashes and shapes shared by the map and its legend. Every
/// element also carries them as presentation attributes, so the map reads
/// (and prints) without the site's CSS.
enum MapStyle {
    static let communityFill = "#2e7d32"
    static let networkFill = "#1f4e9c"
    static let groupFill = "#616161"
    static let labelFill = "#1a1a1a"
    static let halo = " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\""

    static func fill(_ sector: PartnerSector) -> String {
        switch sector {
        case .government: "#6a1b9a"
        case .private: "#b45309"
        case .academic: "#00695c"
        case .civilSociety: "#ad1457"
        case .financial: "#37474f"
        case .community: "#558b2f"
        }
    }

    static func fill(_ kind: MapNode.Kind) -> String {
        switch kind {
        case .community: communityFill
        case .network: networkFill
        case .partner(let s): fill(s)
        case .group: groupFill
        }
    }

    static func nodeClass(_ kind: MapNode.Kind) -> String {
        switch kind {
        case .community: "node node-community"
        case .network: "node node-network"
        case .partner(.government): "node node-partner node-partner-government"
        case .partner(.private): "node node-partner node-partner-private"
        case .partner(.academic): "node node-partner node-partner-academic"
        case .partner(.civilSociety): "node node-partner node-partner-civil-society"
        case .partner(.financial): "node node-partner node-partner-financial"
        case .partner(.community): "node node-partner node-partner-community"
        case .group: "node node-group"
        }
    }

    /// Stroke colour, width and dash pattern (nil: solid) of each relation.
    static func stroke(_ r: MapEdge.Relation) -> (color: String, width: String, dash: String?) {
        switch r {
        case .member: ("#8d8d8d", "1", nil)
        case .partnerOf: ("#7e57c2", "1.2", "6 4")
        case .trade: ("#c2410c", "1.6", nil)
        case .coordinator: ("#1f4e9c", "2", "2 3")
        }
    }

    static func edgeClass(_ r: MapEdge.Relation) -> String {
        switch r {
        case .member: "edge edge-member"
        case .partnerOf: "edge edge-partner-of"
        case .trade: "edge edge-trade"
        case .coordinator: "edge edge-coordinator"
        }
    }

    /// The symbol of a node kind centred on (x, y), `r` its half size.
    static func shape(
        _ kind: MapNode.Kind, x: Int, y: Int, r: Int, into html: inout HTMLBuffer, center: Bool = false
    ) {
        switch kind {
        case .community, .group:
            html.raw("<circle class=\"")
            html.raw(nodeClass(kind))
            html.raw(center ? " node-center\"" : "\"")
            html.number(" cx", x)
            html.number(" cy", y)
            html.number(" r", r)
        case .network:
            html.raw("<rect class=\"node node-network")
            html.raw(center ? " node-center\"" : "\"")
            html.number(" x", x - r)
            html.number(" y", y - r)
            html.number(" width", 2 * r)
            html.number(" height", 2 * r)
            html.raw(" rx=\"3\"")
        case .partner:
            html.raw("<polygon class=\"")
            html.raw(nodeClass(kind))
            html.raw(center ? " node-center\"" : "\"")
            html.raw(" points=\"")
            html.raw(String(x)); html.raw(","); html.raw(String(y - r)); html.raw(" ")
            html.raw(String(x + r)); html.raw(","); html.raw(String(y)); html.raw(" ")
            html.raw(String(x)); html.raw(","); html.raw(String(y + r)); html.raw(" ")
            html.raw(String(x - r)); html.raw(","); html.raw(String(y)); html.raw("\"")
        }
        html.raw(" fill=\"")
        html.raw(fill(kind))
        html.raw(center ? "\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>" : "\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>")
    }
}

extension HTMLBuffer {
    /// ` name="123"`
    mutating func number(_ name: String, _ value: Int) {
        raw(name)
        raw("=\"")
        raw(String(value))
        raw("\"")
    }
}

/// A network map as inline SVG: edges, then trade labels, then nodes (each
/// a link to its page with its full name as a tooltip). Integer
/// coordinates; text inherits the page's font at 12 px. CSS classes:
/// `network-map`, `edge edge-<relation>`, `edge-label`, `node node-<kind>`
/// (`node-partner-<sector>`), `node-center`, `node-label`, `node-count`.
struct MapSVG {
    let graph: MapGraph
    let layout: MapLayout
    let title: String
    let thai: Bool

    func write(into html: inout HTMLBuffer, id: String) {
        let w = layout.width, h = layout.height
        html.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" aria-labelledby=\"")
        html.text(id)
        html.raw("\" class=\"network-map\" font-size=\"12\"><title id=\"")
        html.text(id)
        html.raw("\">")
        html.text(title + " — " + summary)
        html.raw("</title>")

        let arrow = id + "-arrow"
        let trade = MapStyle.stroke(.trade)
        html.raw("<defs><marker id=\"")
        html.text(arrow)
        html.raw("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"\(trade.color)\"/></marker></defs>")

        writeEdges(into: &html, arrow: arrow)
        writeEdgeLabels(into: &html)
        writeNodes(into: &html)
        html.raw("</svg>")
    }

    /// "1 network, 19 partners, 280 communities" in the page's language.
    var summary: String {
        var networks = 0, partners = 0, communities = 0, groups = 0
        for n in graph.nodes {
            switch n.kind {
            case .network: networks += 1
            case .partner: partners += 1
            case .community: communities += 1
            case .group: groups += 1
            }
        }
        var parts: [String] = []
        if thai {
            if networks > 0 { parts.append("เครือข่าย \(networks)") }
            if partners > 0 { parts.append("ภาคี \(partners)") }
            if communities > 0 { parts.append("ชุมชน \(communities) แห่ง") }
            if groups > 0 { parts.append("กลุ่มชุมชน \(groups) กลุ่ม") }
            if parts.isEmpty { parts.append("ไม่มีรายการ") }
            var s = parts.joined(separator: ", ")
            if graph.omittedNodes > 0 { s += " (ไม่ได้แสดงบนแผนภาพอีก \(graph.omittedNodes) รายการ)" }
            return s
        } else {
            func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
            if networks > 0 { parts.append(count(networks, "network", "networks")) }
            if partners > 0 { parts.append(count(partners, "partner", "partners")) }
            if communities > 0 { parts.append(count(communities, "community", "communities")) }
            if groups > 0 { parts.append(count(groups, "group of communities", "groups of communities")) }
            if parts.isEmpty { parts.append("empty") }
            var s = parts.joined(separator: ", ")
            if graph.omittedNodes > 0 { s += " (\(graph.omittedNodes) more not shown on the map)" }
            return s
        }
    }

    private func valid(_ e: MapEdge) -> Bool {
        e.from != e.to && graph.nodes.indices.contains(e.from) && graph.nodes.indices.contains(e.to)
            && layout.positions.indices.contains(e.from) && layout.positions.indices.contains(e.to)
    }

    private func writeEdges(into html: inout HTMLBuffer, arrow: String) {
        // Trades both ways between the same two nodes are drawn side by side.
        var tradePairs = Set<Int64>()
        for e in graph.edges where e.relation == .trade && valid(e) {
            tradePairs.insert(Int64(e.from) << 32 | Int64(e.to))
        }
        let busy = graph.edges.count > 60
        html.raw("<g class=\"edges\">")
        // Member lines underneath, trades on top.
        for relation in [MapEdge.Relation.member, .partnerOf, .coordinator, .trade] {
            let style = MapStyle.stroke(relation)
            var attributes = " stroke=\"\(style.color)\" stroke-width=\"\(style.width)\""
            // Busy maps: lines recede behind the names.
            if busy { attributes += relation == .trade ? " stroke-opacity=\"0.8\"" : " stroke-opacity=\"0.55\"" }
            if let dash = style.dash { attributes += " stroke-dasharray=\"\(dash)\"" }
            for e in graph.edges where e.relation == relation && valid(e) {
                let a = layout.positions[e.from], b = layout.positions[e.to]
                var x1 = a.x, y1 = a.y, x2 = b.x, y2 = b.y
                if relation == .trade {
                    let dx = Double(b.x - a.x), dy = Double(b.y - a.y)
                    let length = (dx * dx + dy * dy).squareRoot()
                    let ux = dx / length, uy = dy / length
                    var ox = 0.0, oy = 0.0
                    if tradePairs.contains(Int64(e.to) << 32 | Int64(e.from)) {
                        // 3 px to the left of the direction of sale.
                        ox = uy * 3; oy = -ux * 3
                    }
                    let end = boundary(graph.nodes[e.to].kind, r: layout.radii[e.to], ux: ux, uy: uy) + 1.5
                    let start = boundary(graph.nodes[e.from].kind, r: layout.radii[e.from], ux: ux, uy: uy)
                    if length - end - start < 4 { continue }
                    x1 = Int((Double(a.x) + ux * start + ox).rounded())
                    y1 = Int((Double(a.y) + uy * start + oy).rounded())
                    x2 = Int((Double(b.x) - ux * end + ox).rounded())
                    y2 = Int((Double(b.y) - uy * end + oy).rounded())
                }
                html.raw("<line class=\"")
                html.raw(MapStyle.edgeClass(relation))
                html.raw("\"")
                html.number(" x1", x1)
                html.number(" y1", y1)
                html.number(" x2", x2)
                html.number(" y2", y2)
                html.raw(attributes)
                if relation == .trade {
                    html.raw(" marker-end=\"url(#")
                    html.text(arrow)
                    html.raw(")\"")
                }
                html.raw("/>")
            }
        }
        html.raw("</g>")
    }

    /// Distance from a symbol's centre to its outline in direction (ux, uy).
    private func boundary(_ kind: MapNode.Kind, r: Int, ux: Double, uy: Double) -> Double {
        let ax = ux < 0 ? -ux : ux, ay = uy < 0 ? -uy : uy
        switch kind {
        case .community, .group: return Double(r) + 0.75
        case .network: return Double(r) / max(ax, ay) + 0.75
        case .partner: return Double(r) / (ax + ay) + 0.75
        }
    }

    private func writeEdgeLabels(into html: inout HTMLBuffer) {
        guard layout.edgeLabels.contains(where: { $0 != nil }) else { return }
        html.raw("<g class=\"edge-labels\">")
        for (e, label) in layout.edgeLabels.enumerated() {
            guard let label, graph.edges.indices.contains(e) else { continue }
            html.raw("<text class=\"edge-label\"")
            html.number(" x", label.x)
            html.number(" y", label.y)
            html.raw(" text-anchor=\"middle\" fill=\"#7c2d12\"")
            html.raw(MapStyle.halo)
            html.raw(">")
            if label.isTruncated, let full = graph.edges[e].label {
                html.raw("<title>")
                html.text(full)
                html.raw("</title>")
            }
            html.text(label.text)
            html.raw("</text>")
        }
        html.raw("</g>")
    }

    private func writeNodes(into html: inout HTMLBuffer) {
        html.raw("<g class=\"nodes\">")
        for (i, node) in graph.nodes.enumerated() where layout.positions.indices.contains(i) {
            let p = layout.positions[i], r = layout.radii[i]
            let isCenter = graph.center == i
            if let href = node.href {
                html.raw("<a href=\"")
                html.text(href)
                html.raw("\">")
            } else {
                html.raw("<g class=\"node-item\">")
            }
            html.raw("<title>")
            html.text(node.label)
            html.raw("</title>")
            MapStyle.shape(node.kind, x: p.x, y: p.y, r: r, into: &html, center: isCenter)
            if case .group(let count) = node.kind {
                html.raw("<text class=\"node-count\"")
                html.number(" x", p.x)
                html.number(" y", p.y + 4)
                html.raw(" text-anchor=\"middle\" font-size=\"11\" fill=\"#ffffff\">")
                html.raw(String(count))
                html.raw("</text>")
            }
            if let label = layout.nodeLabels[i] {
                html.raw("<text class=\"node-label\"")
                html.number(" x", label.x)
                html.number(" y", label.y)
                switch label.anchor {
                case .start: html.raw(" text-anchor=\"start\"")
                case .middle: html.raw(" text-anchor=\"middle\"")
                case .end: html.raw(" text-anchor=\"end\"")
                }
                if isCenter { html.raw(" font-weight=\"bold\"") }
                html.raw(" fill=\"#1a1a1a\"")
                html.raw(MapStyle.halo)
                html.raw(">")
                html.text(label.text)
                html.raw("</text>")
            }
            html.raw(node.href == nil ? "</g>" : "</a>")
        }
        html.raw("</g>")
    }
}

/// What the shapes and lines of a network map mean: a list with a small
/// inline swatch per item (no marker ids, so any number of legends can
/// share a page).
struct MapLegend {
    let thai: Bool
    /// Whether to explain group nodes (large maps that fold areas).
    var groups = false

    func write(into html: inout HTMLBuffer) {
        html.raw("<ul class=\"map-legend\">")
        node(&html, .community, 6, thai ? "ชุมชน" : "Community")
        node(&html, .network, 6, thai ? "เครือข่าย" : "Network")
        for sector in PartnerSector.allCases {
            node(&html, .partner(sector), 7, thai ? "ภาคี: " + sector.thaiLabel : "Partner: " + sector.englishLabel)
        }
        if groups {
            node(&html, .group(count: 0), 7, thai ? "กลุ่มชุมชน (ตัวเลขคือจำนวนชุมชน)" : "Group of communities (the number is how many)")
        }
        for relation in [MapEdge.Relation.member, .partnerOf, .trade, .coordinator] {
            let s = MapStyle.stroke(relation)
            open(&html, width: 28)
            html.raw("<line class=\"" + MapStyle.edgeClass(relation) + "\" x1=\"1\" y1=\"8\" x2=\"")
            html.raw(relation == .trade ? "21" : "27")
            html.raw("\" y2=\"8\" stroke=\"" + s.color + "\" stroke-width=\"" + s.width + "\"")
            if let dash = s.dash { html.raw(" stroke-dasharray=\"" + dash + "\"") }
            html.raw("/>")
            if relation == .trade { html.raw("<path d=\"M19,3L28,8L19,13z\" fill=\"" + s.color + "\"/>") }
            let label: String
            switch relation {
            case .member: label = thai ? "สมาชิก" : "Member"
            case .partnerOf: label = thai ? "ภาคีที่ทำงานร่วม" : "Works with (partner)"
            case .trade: label = thai ? "ซื้อขาย (ลูกศรจากผู้ขายไปผู้ซื้อ)" : "Trade (arrow from seller to buyer)"
            case .coordinator: label = thai ? "ผู้ประสานงาน" : "Coordinator"
            }
            close(&html, label)
        }
        html.raw("</ul>")
    }

    private func node(_ html: inout HTMLBuffer, _ kind: MapNode.Kind, _ r: Int, _ label: String) {
        open(&html, width: 16)
        MapStyle.shape(kind, x: 8, y: 8, r: r, into: &html)
        close(&html, label)
    }

    private func open(_ html: inout HTMLBuffer, width: Int) {
        html.raw("<li><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"swatch\"")
        html.number(" width", width)
        html.raw(" height=\"16\" viewBox=\"0 0 \(width) 16\" aria-hidden=\"true\" focusable=\"false\">")
    }

    private func close(_ html: inout HTMLBuffer, _ label: String) {
        html.raw("</svg> ")
        html.text(label)
        html.raw("</li>")
    }
}
