import Foundation
import Testing
import ThanrakModel

@testable import ThanrakSite

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The network-map engine: `RadialLayout`, `MapSVG`, `MapLegend`, `TextWidth`.
/// No timing assertions; layout speed is measured by hand (see the design notes).
@Suite struct MapLayoutTests {
    // MARK: Fixtures

    static let places = [
        "บ้านหนองบัว", "บ้านโนนสูง", "บ้านดอนแก้ว", "บ้านห้วยทรายเหนือ", "บ้านนาเหมือง", "บ้านป่าตึง",
        "บ้านท่าช้าง", "บ้านหัวฝาย", "บ้านสันติสุขพัฒนา", "บ้านแม่กำปอง",
    ]
    static let groups = [
        "กลุ่มทอผ้าไหม", "วิสาหกิจชุมชน", "กลุ่มแม่บ้านเกษตรกร", "ชุมชน", "กลุ่มเกษตรอินทรีย์",
        "สหกรณ์ผู้ปลูกข้าวหอมมะลิ", "กลุ่ม",
    ]
    static let goods = ["ข้าวหอมมะลิ", "ผ้าไหม", "น้ำผึ้งป่า", "ผักปลอดสารพิษ", "ปลาร้าบอง", "ไม้กวาด", "กาแฟอาราบิก้าคั่วบด"]
    static let sectors = PartnerSector.allCases

    static func communityLabel(_ i: Int) -> String {
        let g = groups[i % groups.count], p = places[(i / groups.count + i * 3) % places.count]
        return i % 11 == 0 ? "\(g)\(p) \(i)" : "\(g)\(p) \(i)".replacingOccurrences(of: "ชุมชน", with: "ชุมชน ")
    }

    /// A community's ego map: the community, its network, a partner, two trading neighbours.
    static func ego(_ extra: Int = 0) -> MapGraph {
        var nodes = [
            MapNode(id: "community:ban-a", label: "วิสาหกิจชุมชนบ้านหนองบัว", kind: .community, href: "../ban-a/"),
            MapNode(id: "network:silk", label: "เครือข่ายผ้าไหมอีสาน", kind: .network, href: "../../networks/silk/?a=1&b=2"),
            MapNode(id: "partner:cdd", label: "สำนักงานพัฒนาชุมชนจังหวัด", kind: .partner(.government), href: nil),
            MapNode(id: "community:ban-b", label: "บ้านโนนสูง", kind: .community, href: "../ban-b/"),
            MapNode(id: "community:ban-c", label: "Ban Khok <Mai> & \"Sons\"", kind: .community, href: "../ban-c/"),
        ]
        var edges = [
            MapEdge(from: 0, to: 1, relation: .member),
            MapEdge(from: 2, to: 0, relation: .partnerOf),
            MapEdge(from: 0, to: 3, relation: .trade, label: "ผ้าไหม"),
            MapEdge(from: 4, to: 0, relation: .trade, label: "ข้าว"),
            MapEdge(from: 0, to: 4, relation: .trade, label: "น้ำผึ้ง"),
        ]
        for k in 0..<extra {
            nodes.append(MapNode(id: "community:x\(k)", label: communityLabel(k), kind: .community, href: "../x\(k)/"))
            edges.append(MapEdge(from: 0, to: nodes.count - 1, relation: .trade, label: goods[k % goods.count]))
        }
        return MapGraph(nodes: nodes, edges: edges, center: 0)
    }

    static func star(_ n: Int) -> MapGraph {
        var nodes = [MapNode(id: "network:hub", label: "เครือข่ายวิสาหกิจชุมชนจังหวัดขอนแก่น", kind: .network, href: "hub/")]
        var edges: [MapEdge] = []
        for i in 1..<n {
            nodes.append(MapNode(id: "community:c\(i)", label: communityLabel(i), kind: .community, href: "c\(i)/"))
            edges.append(MapEdge(from: i, to: 0, relation: .member))
        }
        return MapGraph(nodes: nodes, edges: edges, center: 0)
    }

    /// 1 network in the middle, 280 communities, 19 partners, member edges, 150 trades.
    static func big() -> MapGraph {
        var nodes = [MapNode(id: "network:isan", label: "เครือข่ายวิสาหกิจชุมชนภาคตะวันออกเฉียงเหนือ", kind: .network, href: "networks/isan/")]
        var edges: [MapEdge] = []
        for i in 0..<280 {
            nodes.append(MapNode(id: "community:c\(i)", label: communityLabel(i), kind: .community, href: "communities/c\(i)/"))
            edges.append(MapEdge(from: nodes.count - 1, to: 0, relation: .member))
        }
        let partnerNames = [
            "องค์การบริหารส่วนตำบล", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขา", "มหาวิทยาลัยราชภัฏ",
            "มูลนิธิ", "บริษัท ประชารัฐรักสามัคคี จำกัด", "สำนักงานเกษตรอำเภอ",
        ]
        for k in 0..<19 {
            let name = partnerNames[k % partnerNames.count] + places[k % places.count].replacingOccurrences(of: "บ้าน", with: "")
            nodes.append(MapNode(id: "partner:p\(k)", label: name, kind: .partner(sectors[k % sectors.count]), href: "partners/p\(k)/"))
            edges.append(MapEdge(from: nodes.count - 1, to: 1 + (k * 13) % 280, relation: .partnerOf))
        }
        edges.append(MapEdge(from: 281, to: 0, relation: .coordinator))
        // 150 trades among communities, spread by a fixed linear congruential sequence.
        var seed: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        var trades = 0
        while trades < 150 {
            let a = 1 + next(280), b = 1 + next(280)
            if a == b { continue }
            edges.append(MapEdge(from: a, to: b, relation: .trade, label: goods[next(goods.count)]))
            trades += 1
        }
        return MapGraph(nodes: nodes, edges: edges, center: 0)
    }

    /// No centre: networks, partners, groups and communities side by side.
    static func noCenter() -> MapGraph {
        var nodes: [MapNode] = []
        var edges: [MapEdge] = []
        for i in 0..<24 {
            nodes.append(MapNode(id: "community:c\(i)", label: communityLabel(i), kind: .community, href: nil))
        }
        nodes.append(MapNode(id: "network:a", label: "เครือข่ายข้าวอินทรีย์", kind: .network, href: "a/"))
        nodes.append(MapNode(id: "network:b", label: "Silk network", kind: .network, href: "b/"))
        nodes.append(MapNode(id: "group:north", label: "อำเภอเมือง", kind: .group(count: 42), href: nil))
        nodes.append(MapNode(id: "group:south", label: "", kind: .group(count: 7), href: nil))
        nodes.append(MapNode(id: "partner:x", label: "มหาวิทยาลัยขอนแก่น", kind: .partner(.academic), href: "x/"))
        for i in 0..<24 { edges.append(MapEdge(from: i, to: 24 + i % 2, relation: .member)) }
        for i in 0..<12 { edges.append(MapEdge(from: i, to: 23 - i, relation: .trade, label: goods[i % goods.count])) }
        edges.append(MapEdge(from: 28, to: 24, relation: .coordinator))
        return MapGraph(nodes: nodes, edges: edges, center: nil)
    }

    static let fixtures: [(String, MapGraph)] = [
        ("ego5", ego()), ("ego12", ego(7)), ("star40", star(40)), ("big300", big()), ("noCenter", noCenter()),
        ("single", MapGraph(nodes: [MapNode(id: "c", label: "บ้านเดียว", kind: .community, href: nil)], edges: [], center: 0)),
        ("empty", MapGraph(nodes: [], edges: [], center: nil)),
    ]

    static func svg(_ graph: MapGraph, thai: Bool = true, id: String = "map-1") -> String {
        let layout = RadialLayout.layout(graph)
        var html = HTMLBuffer()
        MapSVG(graph: graph, layout: layout, title: "แผนที่เครือข่าย", thai: thai).write(into: &html, id: id)
        return html.string
    }

    // MARK: Determinism

    @Test func sameGraphSameBytes() {
        for (name, graph) in Self.fixtures {
            #expect(RadialLayout.layout(graph) == RadialLayout.layout(graph), "\(name)")
            #expect(Self.svg(graph) == Self.svg(graph), "\(name)")
        }
    }

    @Test func equivalentGraphsSameBytes() {
        // The same graph built once in order and once through a dictionary
        // (whose order varies between runs), then put back in graph order.
        let original = Self.big()
        var byID: [String: (Int, MapNode)] = [:]
        for (i, n) in original.nodes.enumerated() { byID[n.id] = (i, n) }
        let nodes = byID.values.sorted { $0.0 < $1.0 }.map(\.1)
        let edges = Set(original.edges.enumerated().map { EdgeAt(index: $0.offset, edge: $0.element) })
            .sorted { $0.index < $1.index }.map(\.edge)
        let rebuilt = MapGraph(nodes: nodes, edges: edges, center: original.center)
        #expect(Self.svg(rebuilt) == Self.svg(original))
    }

    struct EdgeAt: Hashable { let index: Int; let edge: MapEdge }

    @Test func deterministicTrigonometry() {
        // The polynomial sine and cosine agree with the platform's to far
        // below a pixel on rings thousands of px wide.
        for k in 0..<720 {
            let a = Double(k) * Double.pi / 180 - 2
            let (s, c) = Trig.sinCos(a)
            #expect(abs(s - sin(a)) < 1e-9 && abs(c - cos(a)) < 1e-9, "\(a)")
        }
    }

    // MARK: Geometry

    @Test(arguments: fixtures.map(\.0))
    func noOverlaps(name: String) {
        let graph = Self.fixtures.first { $0.0 == name }!.1
        let layout = RadialLayout.layout(graph)
        let boxes = layout.allBoxes
        #expect(boxes.count >= graph.nodes.count)
        var overlaps: [String] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i && boxes[i].intersects(boxes[j]) {
                overlaps.append("\(boxes[i]) × \(boxes[j])")
            }
        }
        #expect(overlaps.isEmpty, "\(name): \(overlaps.count) overlaps, e.g. \(overlaps.prefix(3))")
        // Each node's label is beside it, not on it.
        for (i, label) in layout.nodeLabels.enumerated() {
            if let label { #expect(!label.box.intersects(layout.nodeBoxes[i])) }
        }
    }

    @Test(arguments: fixtures.map(\.0))
    func coordinatesWithinBounds(name: String) {
        let graph = Self.fixtures.first { $0.0 == name }!.1
        let layout = RadialLayout.layout(graph)
        #expect(layout.positions.count == graph.nodes.count)
        #expect(layout.nodeLabels.count == graph.nodes.count)
        #expect(layout.edgeLabels.count == graph.edges.count)
        #expect(layout.width >= 0 && layout.height >= 0)
        for p in layout.positions {
            #expect((0...layout.width).contains(p.x) && (0...layout.height).contains(p.y))
        }
        for b in layout.allBoxes {
            #expect(b.x >= 0 && b.y >= 0 && b.maxX <= layout.width && b.maxY <= layout.height, "\(b)")
        }
        // Every number in the SVG's geometry is a non-negative integer.
        let svg = Self.svg(graph)
        for attribute in ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height"] {
            for value in Self.values(of: attribute, in: svg) {
                #expect(Int(value).map { $0 >= 0 } == true, "\(name): \(attribute)=\"\(value)\"")
            }
        }
        for value in Self.values(of: "points", in: svg) {
            for n in value.split(whereSeparator: { $0 == " " || $0 == "," }) {
                #expect(Int(n).map { $0 >= 0 } == true, "\(name): points=\"\(value)\"")
            }
        }
    }

    @Test func centreInTheMiddleAndKindsOnRingsOutward() {
        let graph = Self.big()
        let layout = RadialLayout.layout(graph)
        let c = layout.positions[0]
        func distance(_ i: Int) -> Int {
            let p = layout.positions[i]
            return Int(Double((p.x - c.x) * (p.x - c.x) + (p.y - c.y) * (p.y - c.y)).squareRoot())
        }
        let partners = (281..<300).map(distance), communities = (1...280).map(distance)
        #expect(partners.max()! < communities.max()!)
        #expect(partners.min()! > 0)
        // Labels point away from the centre.
        for i in 1..<graph.nodes.count {
            guard let label = layout.nodeLabels[i] else { continue }
            #expect(label.anchor == (layout.positions[i].x >= c.x ? .start : .end), "node \(i)")
        }
    }

    @Test func someTradeLabelsPlacedOnBigMap() {
        let graph = Self.big()
        let layout = RadialLayout.layout(graph)
        let placed = layout.edgeLabels.compactMap { $0 }.count
        #expect(placed > 0)
        for (e, l) in layout.edgeLabels.enumerated() where l != nil {
            #expect(graph.edges[e].relation == .trade)
        }
    }

    // MARK: SVG

    @Test(arguments: fixtures.map(\.0))
    func svgIsWellFormedWithOneTitle(name: String) throws {
        let graph = Self.fixtures.first { $0.0 == name }!.1
        let svg = Self.svg(graph, thai: name != "ego5", id: "map-\(name)")
        let tree = try #require(XMLTree(svg), "\(name) is not well-formed XML")
        #expect(tree.root?.name == "svg")
        let titles = tree.root?.children.filter { $0.name == "title" } ?? []
        #expect(titles.count == 1)
        #expect(titles.first?.attributes["id"] == "map-\(name)")
        #expect(tree.root?.attributes["aria-labelledby"] == "map-\(name)")
        #expect(tree.root?.attributes["role"] == "img")
        let layout = RadialLayout.layout(graph)
        #expect(tree.root?.attributes["viewBox"] == "0 0 \(layout.width) \(layout.height)")
        // One link or group per node, each with its full label as its <title>.
        let nodes = tree.root?.children.first { $0.attributes["class"] == "nodes" }?.children ?? []
        #expect(nodes.count == graph.nodes.count)
        for (item, node) in zip(nodes, graph.nodes) {
            #expect(item.name == (node.href == nil ? "g" : "a"))
            #expect(item.attributes["href"] == node.href)
            #expect(item.children.first?.name == "title")
            #expect(item.children.first?.text == node.label)
        }
    }

    @Test func escapesTextAndLinks() throws {
        let svg = Self.svg(Self.ego(), id: "m")
        #expect(svg.contains("Ban Khok &lt;Mai&gt; &amp; &quot;Sons&quot;"))
        #expect(svg.contains("href=\"../../networks/silk/?a=1&amp;b=2\""))
        let tree = try #require(XMLTree(svg))
        #expect(tree.all.contains { $0.name == "text" && $0.text == "Ban Khok <Mai> & \"Sons\"" })
    }

    @Test func summaryCountsNodesByKind() {
        let graph = Self.big()
        let layout = RadialLayout.layout(graph)
        let thai = MapSVG(graph: graph, layout: layout, title: "t", thai: true).summary
        #expect(thai == "เครือข่าย 1, ภาคี 19, ชุมชน 280 แห่ง")
        var trimmed = Self.noCenter()
        trimmed.omittedNodes = 12
        let english = MapSVG(graph: trimmed, layout: RadialLayout.layout(trimmed), title: "t", thai: false).summary
        #expect(english == "2 networks, 1 partner, 24 communities, 2 groups of communities (12 more not shown on the map)")
    }

    @Test func tradeEdgesUseTheArrowMarker() throws {
        for (name, graph) in Self.fixtures {
            let svg = Self.svg(graph, id: "m-\(name)")
            let tree = try #require(XMLTree(svg))
            let trades = graph.edges.filter { $0.relation == .trade }.count
            let lines = tree.all.filter { $0.name == "line" }
            let tradeLines = lines.filter { $0.attributes["class"] == "edge edge-trade" }
            #expect(tradeLines.count == trades, "\(name)")
            for line in tradeLines { #expect(line.attributes["marker-end"] == "url(#m-\(name)-arrow)") }
            for line in lines where line.attributes["class"] != "edge edge-trade" {
                #expect(line.attributes["marker-end"] == nil)
            }
            #expect(tree.all.contains { $0.name == "marker" && $0.attributes["id"] == "m-\(name)-arrow" })
            // Dashes print without CSS.
            let partnerLines = lines.filter { $0.attributes["class"] == "edge edge-partner-of" }
            for line in partnerLines { #expect(line.attributes["stroke-dasharray"] != nil) }
        }
    }

    @Test func tradeArrowsEndAtTheBuyersEdge() {
        let graph = Self.ego()
        let layout = RadialLayout.layout(graph)
        let svg = Self.svg(graph)
        let tree = XMLTree(svg)!
        let lines = tree.all.filter { $0.attributes["class"] == "edge edge-trade" }
        let trades = graph.edges.filter { $0.relation == .trade }
        for (line, edge) in zip(lines, trades) {
            let b = layout.positions[edge.to]
            let x2 = Int(line.attributes["x2"]!)!, y2 = Int(line.attributes["y2"]!)!
            let d = Double((x2 - b.x) * (x2 - b.x) + (y2 - b.y) * (y2 - b.y)).squareRoot()
            let r = Double(layout.radii[edge.to])
            #expect(d >= r && d <= r * 1.5 + 6, "ends \(d) px from the buyer's centre, radius \(r)")
        }
    }

    @Test func shapesAndColoursByKind() throws {
        let svg = Self.svg(Self.noCenter())
        let tree = try #require(XMLTree(svg))
        let shapes = tree.all.filter { ($0.attributes["class"] ?? "").hasPrefix("node ") }
        #expect(shapes.contains { $0.name == "circle" && $0.attributes["class"] == "node node-community" && $0.attributes["fill"] == "#2e7d32" })
        #expect(shapes.contains { $0.name == "rect" && $0.attributes["class"] == "node node-network" && $0.attributes["fill"] == "#1f4e9c" })
        #expect(shapes.contains { $0.name == "polygon" && $0.attributes["class"] == "node node-partner node-partner-academic" && $0.attributes["fill"] == "#00695c" })
        #expect(shapes.contains { $0.name == "circle" && $0.attributes["class"] == "node node-group" && $0.attributes["fill"] == "#616161" })
        #expect(tree.all.contains { $0.attributes["class"] == "node-count" && $0.text == "42" })
        for s in shapes { #expect(s.attributes["fill"] != nil && s.attributes["stroke"] != nil) }
        for t in tree.all where t.attributes["class"] == "edge-label" || t.attributes["class"] == "node-label" {
            // A white halo drawn under the text (as a style property: the Nu
            // checker refuses the paint-order attribute).
            #expect(t.attributes["stroke"] == "#ffffff")
            #expect(t.attributes["paint-order"] == "stroke" || t.attributes["style"]?.contains("paint-order:stroke") == true)
        }
    }

    // MARK: Labels

    @Test func longLabelsAreTruncatedButTitlesKeepThem() throws {
        let long = "วิสาหกิจชุมชนกลุ่มทอผ้าไหมมัดหมี่ย้อมสีธรรมชาติบ้านหนองบัวใหม่พัฒนา หมู่ที่ 12 ตำบลหนองบัว"
        let graph = MapGraph(
            nodes: [
                MapNode(id: "n", label: "เครือข่าย", kind: .network, href: nil),
                MapNode(id: "c", label: long, kind: .community, href: "c/"),
            ],
            edges: [MapEdge(from: 1, to: 0, relation: .member)], center: 0)
        let layout = RadialLayout.layout(graph)
        let label = try #require(layout.nodeLabels[1])
        #expect(label.isTruncated)
        #expect(label.text.hasSuffix("…"))
        #expect(long.hasPrefix(String(label.text.dropLast())))
        #expect(TextWidth.width(of: label.text, fontSize: 12) <= RadialLayout.maxLabelWidth)
        let tree = try #require(XMLTree(Self.svg(graph)))
        #expect(tree.all.contains { $0.name == "title" && $0.text == long })
        #expect(tree.all.contains { $0.attributes["class"] == "node-label" && $0.text == label.text })
        #expect(!tree.all.contains { $0.attributes["class"] == "node-label" && $0.text == long })
    }

    @Test func textWidthEstimates() {
        func w(_ s: String) -> Int { TextWidth.width(of: s, fontSize: 12) }
        // Upper and lower vowels and tone marks take no width.
        #expect(w("กี่") == w("ก"))
        #expect(w("ปุ๋ย") == w("ปย"))
        #expect(w("น้ำ") == w("นำ"))
        // Thai consonants about 0.62 em or more, Latin about 0.56, narrow letters less.
        #expect(w("กกกกกกกกกก") >= 74)
        #expect(w("nnnnnnnnnn") >= 67)
        #expect(w("iiiiiiiiii") < w("nnnnnnnnnn"))
        // CJK is two columns wide.
        #expect(w("漢字") >= 24 && w("漢字") > w("nnn"))
        #expect(w("") == 0)
        // Grows with the font size.
        #expect(TextWidth.width(of: "บ้านหนองบัว", fontSize: 24) >= 2 * w("บ้านหนองบัว") - 1)
    }

    @Test func truncationKeepsMarksWithTheirConsonant() {
        for n in 1..<40 {
            let s = String(repeating: "เกี่ยว", count: n)
            let t = TextWidth.truncated(s, maxWidth: 60, fontSize: 12)
            #expect(t.width <= 60 || !t.truncated)
            if t.truncated {
                let prefix = String(t.text.dropLast())
                #expect(s.hasPrefix(prefix))
                // Never ends in a leading vowel, nor cuts a mark off its consonant.
                #expect(!prefix.hasSuffix("เ"))
                let next = s.unicodeScalars.dropFirst(prefix.unicodeScalars.count).first
                #expect(next.map { TextWidth.advance($0) > 0 } ?? true)
            }
        }
        #expect(TextWidth.truncated("สั้น", maxWidth: 180, fontSize: 12).text == "สั้น")
    }

    // MARK: Legend

    @Test func legendInBothLanguages() throws {
        var thai = HTMLBuffer()
        MapLegend(thai: true).write(into: &thai)
        let t = try #require(XMLTree(thai.string))
        #expect(t.root?.name == "ul" && t.root?.attributes["class"] == "map-legend")
        let items = t.root?.children ?? []
        #expect(items.count == 2 + PartnerSector.allCases.count + 4)
        let texts = items.map { $0.text.trimmingCharacters(in: .whitespaces) }
        for expected in ["ชุมชน", "เครือข่าย", "ภาคี: ภาครัฐ", "สมาชิก", "ภาคีที่ทำงานร่วม", "ซื้อขาย (ลูกศรจากผู้ขายไปผู้ซื้อ)", "ผู้ประสานงาน"] {
            #expect(texts.contains(expected), "\(expected)")
        }
        var english = HTMLBuffer()
        MapLegend(thai: false, groups: true).write(into: &english)
        #expect(english.string.contains("Partner: Civil society"))
        #expect(english.string.contains("Group of communities"))
        #expect(XMLTree(english.string) != nil)
    }

    // MARK: Helpers

    /// Values of `name="…"` attributes in `svg` (on the SVG's own elements).
    static func values(of name: String, in svg: String) -> [String] {
        var result: [String] = []
        var rest = svg[...]
        let needle = " " + name + "=\""
        while let r = rest.range(of: needle) {
            let after = rest[r.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            result.append(String(after[..<end]))
            rest = after[end...]
        }
        return result
    }
}

/// A parsed XML document, small enough for tests.
final class XMLTree: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        init(name: String, attributes: [String: String]) { self.name = name; self.attributes = attributes }
    }

    private(set) var root: Element?
    private var stack: [Element] = []
    private(set) var all: [Element] = []

    init?(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let e = Element(name: elementName, attributes: attributeDict)
        if let parent = stack.last { parent.children.append(e) } else { root = e }
        stack.append(e)
        all.append(e)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        // Text directly inside an element (a <text>'s own title is a child).
        stack.last?.text += string
    }
}

/// The legend is made once per language and kind and then copied: each
/// copy must still say what that language and kind of map needs.
@Suite struct MapLegendTests {
    static func legend(thai: Bool, groups: Bool) -> String {
        var html = HTMLBuffer()
        MapLegend(thai: thai, groups: groups).write(into: &html)
        return String(decoding: html.bytes, as: UTF8.self)
    }

    @Test func eachVariantHasItsLanguageAndGroupsOnlyWhenAsked() {
        #expect(Self.legend(thai: true, groups: false).contains("ชุมชน"))
        #expect(!Self.legend(thai: true, groups: false).contains("Community"))
        #expect(Self.legend(thai: false, groups: false).contains("Community"))
        #expect(!Self.legend(thai: false, groups: false).contains("Group of communities"))
        #expect(Self.legend(thai: false, groups: true).contains("Group of communities"))
        #expect(Self.legend(thai: true, groups: true).contains("กลุ่มชุมชน"))
        #expect(Self.legend(thai: true, groups: false) == Self.legend(thai: true, groups: false))
        #expect(Self.legend(thai: true, groups: false).hasPrefix("<ul class=\"map-legend\">"))
        #expect(Self.legend(thai: true, groups: false).hasSuffix("</ul>"))
    }
}
