import ThanrakModel

/// Colours, dashes and shapes shared by the map and its legend. Every
/// element also carries them as presentation attributes, so the map reads
/// (and prints) without the site's CSS.
enum MapStyle {
    static func fill(_ kind: MapNode.Kind) -> StaticString {
        switch kind {
        case .community: "#2e7d32"
        case .network: "#1f4e9c"
        case .partner(.government): "#6a1b9a"
        case .partner(.private): "#b45309"
        case .partner(.academic): "#00695c"
        case .partner(.civilSociety): "#ad1457"
        case .partner(.financial): "#37474f"
        case .partner(.community): "#558b2f"
        case .group: "#616161"
        }
    }

    static func nodeClass(_ kind: MapNode.Kind) -> StaticString {
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

    static func edgeClass(_ r: MapEdge.Relation) -> StaticString {
        switch r {
        case .member: "edge edge-member"
        case .partnerOf: "edge edge-partner-of"
        case .trade: "edge edge-trade"
        case .coordinator: "edge edge-coordinator"
        }
    }

    /// ` stroke="…" stroke-width="…"` and a dash pattern when not solid.
    static func stroke(_ r: MapEdge.Relation) -> StaticString {
        switch r {
        case .member: " stroke=\"#8d8d8d\" stroke-width=\"1\""
        case .partnerOf: " stroke=\"#7e57c2\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\""
        case .trade: " stroke=\"#c2410c\" stroke-width=\"1.6\""
        case .coordinator: " stroke=\"#1f4e9c\" stroke-width=\"2\" stroke-dasharray=\"2 3\""
        }
    }

    static let tradeColor: StaticString = "#c2410c"

    /// A white outline behind text, so that lines crossing it do not hide it.
    // paint-order as a style property: the Nu checker (SVG 1.1) refuses the attribute.
    static let halo: StaticString = " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" style=\"paint-order:stroke\""

    /// The symbol of a node kind centred on (x, y), `r` its half size.
    static func shape(_ kind: MapNode.Kind, x: Int, y: Int, r: Int, into w: inout SVGBytes, center: Bool = false) {
        switch kind {
        case .community, .group:
            w.lit("<circle class=\"")
            w.lit(nodeClass(kind))
            w.lit(center ? " node-center\"" : "\"")
            w.attr(" cx", x)
            w.attr(" cy", y)
            w.attr(" r", r)
        case .network:
            w.lit("<rect class=\"node node-network")
            w.lit(center ? " node-center\"" : "\"")
            w.attr(" x", x - r)
            w.attr(" y", y - r)
            w.attr(" width", 2 * r)
            w.attr(" height", 2 * r)
            w.lit(" rx=\"3\"")
        case .partner:
            w.lit("<polygon class=\"")
            w.lit(nodeClass(kind))
            w.lit(center ? " node-center\" points=\"" : "\" points=\"")
            w.int(x); w.lit(","); w.int(y - r); w.lit(" ")
            w.int(x + r); w.lit(","); w.int(y); w.lit(" ")
            w.int(x); w.lit(","); w.int(y + r); w.lit(" ")
            w.int(x - r); w.lit(","); w.int(y); w.lit("\"")
        }
        w.lit(" fill=\"")
        w.lit(fill(kind))
        w.lit(center ? "\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>" : "\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>")
    }
}

/// Markup for a map, built as bytes without intermediate strings (a map is
/// mostly numbers) and handed to the page's `HTMLBuffer` before each piece
/// of content, which the buffer escapes.
struct SVGBytes {
    /// A ByteStore, not an array: `[UInt8].append(contentsOf:)` copied a
    /// buffer byte by byte (0.7 % of a build, in the maps alone).
    private var store = ByteStore(capacity: 2048)

    mutating func lit(_ s: StaticString) {
        s.withUTF8Buffer { store.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) { DecimalBytes.append(value, to: &store) }

    /// Markup or text already escaped.
    mutating func escaped(_ s: String) {
        HTMLBuffer.withUTF8(s) { store.append(contentsOf: $0) }
    }

    /// ` name="value"`
    mutating func attr(_ name: StaticString, _ value: Int) { store.attribute(name, value) }

    /// Appends what is written so far to `html`, then starts afresh.
    mutating func flush(into html: inout HTMLBuffer) {
        store.withBytes { html.append(contentsOf: $0) }
        store.removeAll()
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
        var w = SVGBytes()
        w.lit("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        w.int(layout.width)
        w.lit(" ")
        w.int(layout.height)
        w.lit("\"")
        w.attr(" width", layout.width)
        w.attr(" height", layout.height)
        w.lit(" aria-labelledby=\"")
        w.flush(into: &html)
        html.text(id)
        html.raw("\" class=\"network-map\" font-size=\"12\"><title id=\"")
        html.text(id)
        html.raw("\">")
        html.text(title + " — " + summary)
        html.raw("</title><defs><marker id=\"")
        html.text(id + "-arrow")
        w.lit("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"")
        w.lit(MapStyle.tradeColor)
        w.lit("\"/></marker></defs>")

        writeEdges(&w, id: id)
        writeEdgeLabels(&w, &html)
        writeNodes(&w, &html)
        w.lit("</svg>")
        w.flush(into: &html)
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
            let count = Format.count
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

    private func writeEdges(_ w: inout SVGBytes, id: String) {
        // Trades both ways between the same two nodes are drawn side by side.
        var tradePairs = Set<Int64>()
        for e in graph.edges where e.relation == .trade && valid(e) {
            tradePairs.insert(Int64(e.from) << 32 | Int64(e.to))
        }
        let arrow = HTMLBuffer.escape(id + "-arrow")
        // Busy maps: lines recede behind the names.
        let busy = graph.edges.count > 60
        w.lit("<g class=\"edges\">")
        // Member lines underneath, trades on top.
        for relation in [MapEdge.Relation.member, .partnerOf, .coordinator, .trade] {
            for e in graph.edges where e.relation == relation && valid(e) {
                let a = layout.positions[e.from], b = layout.positions[e.to]
                var x1 = a.x, y1 = a.y, x2 = b.x, y2 = b.y
                if relation == .trade {
                    // From the seller's outline to the buyer's, where the arrow's tip ends.
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
                w.lit("<line class=\"")
                w.lit(MapStyle.edgeClass(relation))
                w.lit("\"")
                w.attr(" x1", x1)
                w.attr(" y1", y1)
                w.attr(" x2", x2)
                w.attr(" y2", y2)
                w.lit(MapStyle.stroke(relation))
                if busy { w.lit(relation == .trade ? " stroke-opacity=\"0.8\"" : " stroke-opacity=\"0.55\"") }
                if relation == .trade {
                    w.lit(" marker-end=\"url(#")
                    w.escaped(arrow)
                    w.lit(")\"")
                }
                w.lit("/>")
            }
        }
        w.lit("</g>")
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

    private func writeEdgeLabels(_ w: inout SVGBytes, _ html: inout HTMLBuffer) {
        guard layout.edgeLabels.contains(where: { $0 != nil }) else { return }
        w.lit("<g class=\"edge-labels\">")
        for (e, label) in layout.edgeLabels.enumerated() {
            guard let label, graph.edges.indices.contains(e) else { continue }
            w.lit("<text class=\"edge-label\"")
            w.attr(" x", label.x)
            w.attr(" y", label.y)
            w.lit(" text-anchor=\"middle\" fill=\"#7c2d12\"")
            w.lit(MapStyle.halo)
            w.lit(">")
            w.flush(into: &html)
            if label.isTruncated, let full = graph.edges[e].label {
                html.raw("<title>")
                html.text(full)
                html.raw("</title>")
            }
            html.text(label.text)
            w.lit("</text>")
        }
        w.lit("</g>")
    }

    private func writeNodes(_ w: inout SVGBytes, _ html: inout HTMLBuffer) {
        w.lit("<g class=\"nodes\">")
        for i in graph.nodes.indices where i < layout.positions.count {
            let node = graph.nodes[i]
            let p = layout.positions[i], r = layout.radii[i]
            let isCenter = graph.center == i
            if let href = node.href {
                w.lit("<a href=\"")
                w.flush(into: &html)
                html.text(href)
                w.lit("\"><title>")
            } else {
                w.lit("<g class=\"node-item\"><title>")
            }
            w.flush(into: &html)
            html.text(node.label)
            w.lit("</title>")
            MapStyle.shape(node.kind, x: p.x, y: p.y, r: r, into: &w, center: isCenter)
            if case .group(let count) = node.kind {
                w.lit("<text class=\"node-count\"")
                w.attr(" x", p.x)
                w.attr(" y", p.y + 4)
                w.lit(" text-anchor=\"middle\" font-size=\"11\" fill=\"#ffffff\">")
                w.int(count)
                w.lit("</text>")
            }
            if let label = layout.nodeLabels[i] {
                w.lit("<text class=\"node-label\"")
                w.attr(" x", label.x)
                w.attr(" y", label.y)
                switch label.anchor {
                case .start: w.lit(" text-anchor=\"start\"")
                case .middle: w.lit(" text-anchor=\"middle\"")
                case .end: w.lit(" text-anchor=\"end\"")
                }
                if isCenter { w.lit(" font-weight=\"bold\"") }
                w.lit(" fill=\"#1a1a1a\"")
                w.lit(MapStyle.halo)
                w.lit(">")
                w.flush(into: &html)
                html.text(label.text)
                w.lit("</text>")
            }
            w.lit(node.href == nil ? "</g>" : "</a>")
        }
        w.lit("</g>")
    }
}

/// What the shapes and lines of a network map mean: a list with a small
/// inline swatch per item (no marker ids, so any number of legends can
/// share a page).
struct MapLegend {
    let thai: Bool
    /// Whether to explain group nodes (large maps that fold areas).
    var groups = false

    /// The legend is the same on every map of one language and kind: each
    /// of the four is made once and then copied (making it cost 46,000
    /// instructions, on every community page).
    func write(into html: inout HTMLBuffer) {
        html.raw(Self.made[(thai ? 2 : 0) + (groups ? 1 : 0)])
    }

    private static let made: [[UInt8]] = [false, true].flatMap { thai in
        [false, true].map { groups in
            var html = HTMLBuffer(capacity: 4096)
            MapLegend(thai: thai, groups: groups).make(into: &html)
            return html.bytes
        }
    }

    private func make(into html: inout HTMLBuffer) {
        var w = SVGBytes()
        w.lit("<ul class=\"map-legend\">")
        node(&w, &html, .community, 6, thai ? "ชุมชน" : "Community")
        node(&w, &html, .network, 6, thai ? "เครือข่าย" : "Network")
        for sector in PartnerSector.allCases {
            node(&w, &html, .partner(sector), 7, thai ? "ภาคี: " + sector.thaiLabel : "Partner: " + sector.englishLabel)
        }
        if groups {
            node(
                &w, &html, .group(count: 0), 7,
                thai ? "กลุ่มชุมชน (ตัวเลขคือจำนวนชุมชน)" : "Group of communities (the number is how many)")
        }
        for relation in [MapEdge.Relation.member, .partnerOf, .trade, .coordinator] {
            swatch(&w, width: 28)
            w.lit("<line class=\"")
            w.lit(MapStyle.edgeClass(relation))
            w.lit(relation == .trade ? "\" x1=\"1\" y1=\"8\" x2=\"21\" y2=\"8\"" : "\" x1=\"1\" y1=\"8\" x2=\"27\" y2=\"8\"")
            w.lit(MapStyle.stroke(relation))
            w.lit("/>")
            if relation == .trade {
                w.lit("<path d=\"M19,3L28,8L19,13z\" fill=\"")
                w.lit(MapStyle.tradeColor)
                w.lit("\"/>")
            }
            let label: String
            switch relation {
            case .member: label = thai ? "สมาชิก" : "Member"
            case .partnerOf: label = thai ? "ภาคีที่ทำงานร่วม" : "Works with (partner)"
            case .trade: label = thai ? "ซื้อขาย (ลูกศรจากผู้ขายไปผู้ซื้อ)" : "Trade (arrow from seller to buyer)"
            case .coordinator: label = thai ? "ผู้ประสานงาน" : "Coordinator"
            }
            close(&w, &html, label)
        }
        w.lit("</ul>")
        w.flush(into: &html)
    }

    private func node(_ w: inout SVGBytes, _ html: inout HTMLBuffer, _ kind: MapNode.Kind, _ r: Int, _ label: String) {
        swatch(&w, width: 16)
        MapStyle.shape(kind, x: 8, y: 8, r: r, into: &w)
        close(&w, &html, label)
    }

    private func swatch(_ w: inout SVGBytes, width: Int) {
        w.lit("<li><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"swatch\"")
        w.attr(" width", width)
        w.lit(" height=\"16\" viewBox=\"0 0 ")
        w.int(width)
        w.lit(" 16\" aria-hidden=\"true\" focusable=\"false\">")
    }

    private func close(_ w: inout SVGBytes, _ html: inout HTMLBuffer, _ label: String) {
        w.lit("</svg> ")
        w.flush(into: &html)
        html.text(label)
        w.lit("</li>")
    }
}
