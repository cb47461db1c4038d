// TEMPORARY: writes pages for looking at maps; delete afterwards.
import Foundation
import Testing
import ThanrakModel
@testable import ThanrakSite

@Suite struct MapScratchTests {
    static let font = "\"Noto Sans Thai\", \"Sarabun\", \"Leelawadee UI\", \"Thonburi\", \"Noto Sans\", \"Segoe UI\", \"Tahoma\", \"Loma\", \"Garuda\", sans-serif"

    func page(_ graph: MapGraph, _ file: String, debug: Bool, fit: Bool = false) throws {
        let layout = RadialLayout.layout(graph)
        var html = HTMLBuffer()
        html.raw("<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\"><style>body{font-family:\(Self.font);margin:8px} .map-legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;font-size:13px} .map-legend svg{vertical-align:middle} .network-map{border:1px solid #ccc} .fit .network-map{max-width:100%;height:auto}</style></head><body class=\"\(fit ? "fit" : "")\">")
        MapLegend(thai: true).write(into: &html)
        var svg = HTMLBuffer()
        MapSVG(graph: graph, layout: layout, title: "แผนที่", thai: true).write(into: &svg, id: "m")
        var s = svg.string
        if debug {
            var boxes = ""
            for b in layout.allBoxes { boxes += "<rect x=\"\(b.x)\" y=\"\(b.y)\" width=\"\(b.width)\" height=\"\(b.height)\" fill=\"none\" stroke=\"red\" stroke-width=\"0.5\"/>" }
            s = s.replacingOccurrences(of: "</svg>", with: boxes + "</svg>")
        }
        html.raw(s)
        html.raw("</body></html>")
        try html.string.write(toFile: file, atomically: true, encoding: .utf8)
        print("\(file): \(layout.width)x\(layout.height), edge labels placed \(layout.edgeLabels.compactMap { $0 }.count)/\(graph.edges.filter { $0.relation == .trade }.count)")
    }

    @Test func writePages() throws {
        try page(MapLayoutTests.big(), "/tmp/map300.html", debug: false, fit: true)
        try page(MapLayoutTests.big(), "/tmp/map300-full.html", debug: false)
        try page(MapLayoutTests.big(), "/tmp/map300-boxes.html", debug: true)
        try page(MapLayoutTests.ego(1), "/tmp/map6.html", debug: false)
        try page(MapLayoutTests.ego(1), "/tmp/map6-boxes.html", debug: true)
        try page(MapLayoutTests.ego(7), "/tmp/map12.html", debug: false)
        try page(MapLayoutTests.star(40), "/tmp/map40.html", debug: false)
        try page(MapLayoutTests.noCenter(), "/tmp/mapnc.html", debug: false)
    }

    @Test func writeWidths() throws {
        var labels = (0..<60).map(MapLayoutTests.communityLabel) + MapLayoutTests.goods
        labels += ["Ban Khok Mai", "Silk network", "WWWWMMMM", "iiiilll", "Community Enterprise 12", "ฌญฐฑฒณ", "ปุ๋ยอินทรีย์น้ำหมัก", "漢字テスト", "Ω Ä é ñ ü"]
        labels += ["องค์การบริหารส่วนตำบลหนองบัว", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาโนนสูง"]
        let fonts = [Self.font, "\"Noto Sans Thai\", sans-serif", "Garuda", "Loma", "Tlwg Typo", "\"Noto Looped Thai\"", "\"DejaVu Sans\"", "\"Liberation Sans\"", "sans-serif", "serif", "Kinnari", "Laksaman", "Norasi", "Umpush", "Waree", "Sawasdee", "Purisa"]
        var h = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" id=\"s\"></svg><pre id=\"out\"></pre><script>\nconst labels=["
        h += labels.map { "[\"\($0)\",\(TextWidth.width(of: $0, fontSize: 12))]" }.joined(separator: ",")
        h += "];\nconst fonts=[" + fonts.map { "'\($0.replacingOccurrences(of: "'", with: "\\'"))'" }.joined(separator: ",") + "];\n"
        h += """
        const s=document.getElementById('s');let out='';
        for(const f of fonts){let worst=9,wl='',over=0,sum=0;for(const [l,e] of labels){const t=document.createElementNS('http://www.w3.org/2000/svg','text');t.setAttribute('font-size','12');t.style.fontFamily=f;t.textContent=l;s.appendChild(t);const w=t.getComputedTextLength();s.removeChild(t);const r=e/w;sum+=r;if(r<worst){worst=r;wl=l+' est '+e+' real '+w.toFixed(1)};if(w>e)over++;}
        out+=f.slice(0,30)+': min est/real '+worst.toFixed(3)+' ('+wl+') mean '+(sum/labels.length).toFixed(3)+' overflows '+over+'\\n';}
        document.getElementById('out').textContent=out;
        </script></body></html>
        """
        try h.write(toFile: "/tmp/widths.html", atomically: true, encoding: .utf8)
    }
}

@Suite struct MapTimingScratch {
    @Test func timing() {
        // 10,000 different ego maps of about 10 nodes.
        var graphs: [MapGraph] = []
        for k in 0..<10_000 {
            var nodes = [MapNode(id: "c", label: MapLayoutTests.communityLabel(k), kind: .community, href: "c/")]
            var edges: [MapEdge] = []
            nodes.append(MapNode(id: "n", label: "เครือข่ายผ้าไหมอีสาน \(k % 17)", kind: .network, href: "n/"))
            edges.append(MapEdge(from: 0, to: 1, relation: .member))
            nodes.append(MapNode(id: "p", label: "องค์การบริหารส่วนตำบล \(k % 31)", kind: .partner(PartnerSector.allCases[k % 6]), href: "p/"))
            edges.append(MapEdge(from: 2, to: 0, relation: .partnerOf))
            for j in 0..<(6 + k % 4) {
                nodes.append(MapNode(id: "x\(j)", label: MapLayoutTests.communityLabel(k + j * 13), kind: .community, href: "x\(j)/"))
                edges.append(j % 2 == 0 ? MapEdge(from: 0, to: nodes.count - 1, relation: .trade, label: MapLayoutTests.goods[(k + j) % 7]) : MapEdge(from: nodes.count - 1, to: 0, relation: .trade, label: MapLayoutTests.goods[(k + j) % 7]))
            }
            graphs.append(MapGraph(nodes: nodes, edges: edges, center: 0))
        }
        func cpu() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        var checksum = 0
        var bestLayout = 1e9, bestSVG = 1e9
        for _ in 0..<7 {
            let t0 = cpu()
            for g in graphs { checksum &+= RadialLayout.layout(g).width }
            bestLayout = min(bestLayout, cpu() - t0)
            let t1 = cpu()
            for g in graphs {
                let layout = RadialLayout.layout(g)
                var html = HTMLBuffer(capacity: 8192)
                MapSVG(graph: g, layout: layout, title: "แผนที่", thai: true).write(into: &html, id: "m")
                checksum &+= html.bytes.count
            }
            bestSVG = min(bestSVG, cpu() - t1)
        }
        var overlaps = 0
        for g in graphs {
            let b = RadialLayout.layout(g).allBoxes
            for i in b.indices { for j in b.indices where j > i && b[i].intersects(b[j]) { overlaps += 1 } }
        }
        let big = MapLayoutTests.big()
        var bigLayout = 1e9, bigSVG = 1e9
        for _ in 0..<51 {
            let s = cpu()
            let layout = RadialLayout.layout(big)
            bigLayout = min(bigLayout, cpu() - s)
            var html = HTMLBuffer(capacity: 1 << 17)
            MapSVG(graph: big, layout: layout, title: "แผนที่", thai: true).write(into: &html, id: "m")
            bigSVG = min(bigSVG, cpu() - s)
            checksum &+= html.bytes.count
        }
        print("TIMING (thread CPU, best of 7) 10k ego maps: layout \(bestLayout) s, layout+svg \(bestSVG) s; overlaps \(overlaps); 300-node (best of 51): layout \(bigLayout * 1000) ms, layout+svg \(bigSVG * 1000) ms; checksum \(checksum)")
    }
}
