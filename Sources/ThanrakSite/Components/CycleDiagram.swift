import Foundation
import ThanrakModel

/// An amphoe's district cycle (ผลิต → บริโภค → แปรรูป → ซื้อขาย → ทุน →
/// กำไร) as a ring of six roles: covered roles filled, missing ones hollow
/// and marked, so the `cycle-gap` warning is visible at a glance. A list
/// below says which communities cover each role. CSS classes:
/// `cycle-diagram`, `cycle-role`, `cycle-covered`, `cycle-missing`,
/// `cycle-list`.
struct CycleDiagram {
    /// Role → communities (indexes) that take it.
    let coverage: [CycleRole: [Int]]
    let context: PageContext

    static let size = 300, radius = 105, node = 34

    func write(into html: inout HTMLBuffer, id: String) {
        let c = context
        let roles = CycleRole.allCases
        let missing = roles.filter { (coverage[$0] ?? []).isEmpty }
        let center = Self.size / 2
        func point(_ i: Int, _ r: Int) -> (Int, Int) {
            let angle = Double(i) / Double(roles.count) * 2 * Double.pi - Double.pi / 2
            return (center + Int((Double(r) * cos(angle)).rounded()), center + Int((Double(r) * sin(angle)).rounded()))
        }
        html.raw("<figure class=\"cycle-diagram\">")
        html.openChartSVG(width: Self.size, height: Self.size, titleID: id)
        let summary = missing.isEmpty
            ? (c.language.isThai ? "ครบวงจรทั้ง 6 บทบาท" : "All six roles of the cycle are covered")
            : (c.language.isThai ? "ยังขาด: " : "Missing: ") + missing.map { c.language.label($0) }.joined(separator: ", ")
        html.text(summary)
        html.raw(markup: "</title><defs><marker id=\"\(id)-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>")
        for i in roles.indices {
            // An arrow from each role to the next, stopping at the circles.
            let a = Double(i) / 6 * 2 * Double.pi - Double.pi / 2 + 0.36
            let b = Double(i + 1) / 6 * 2 * Double.pi - Double.pi / 2 - 0.36
            let r = Double(Self.radius)
            let (x1, y1) = (center + Int((r * cos(a)).rounded()), center + Int((r * sin(a)).rounded()))
            let (x2, y2) = (center + Int((r * cos(b)).rounded()), center + Int((r * sin(b)).rounded()))
            html.raw(markup: "<path class=\"cycle-arrow\" d=\"M\(x1),\(y1) A\(Self.radius),\(Self.radius) 0 0 1 \(x2),\(y2)\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" marker-end=\"url(#\(id)-arrow)\"/>")
        }
        for (i, role) in roles.enumerated() {
            let (x, y) = point(i, Self.radius)
            let covered = !(coverage[role] ?? []).isEmpty
            let cls = covered ? "cycle-role cycle-covered" : "cycle-role cycle-missing"
            let fill = covered ? "#2e7d32" : "#ffffff"
            let stroke = covered ? "#1b5e20" : "#c62828"
            let dash = covered ? "" : " stroke-dasharray=\"4 3\""
            html.raw(markup: "<g class=\"\(cls)\"><circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(Self.node)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"2\"\(dash)/>")
            html.raw(markup: "<text x=\"\(x)\" y=\"\(y + 5)\" text-anchor=\"middle\" font-size=\"14\" fill=\"\(covered ? "#ffffff" : "#c62828")\">")
            html.text(role.thaiLabel)
            html.raw("</text></g>")
        }
        html.raw(markup: "<text x=\"\(center)\" y=\"\(center + 5)\" text-anchor=\"middle\" font-size=\"13\" fill=\"#333\">")
        html.text(missing.isEmpty ? (c.language.isThai ? "ครบวงจร" : "Full cycle") : (c.language.isThai ? "ขาด \(missing.count) บทบาท" : "\(missing.count) missing"))
        html.raw("</text></svg></figure>")
        html.raw("<ul class=\"cycle-list\">")
        for role in roles {
            let who = coverage[role] ?? []
            html.raw(who.isEmpty ? "<li class=\"cycle-missing\"><strong>" : "<li class=\"cycle-covered\"><strong>")
            html.text(c.language.isThai ? role.thaiLabel : "\(role.englishLabel) (\(role.thaiLabel))")
            html.raw("</strong>: ")
            if who.isEmpty {
                html.text(c.language.isThai ? "ยังไม่มีชุมชนในอำเภอนี้รับบทบาทนี้" : "no community in this amphoe takes this role yet")
            } else {
                for (n, i) in who.enumerated() {
                    if n > 0 { html.raw(", ") }
                    let v = c.model.communities[i]
                    c.openLink(to: Routes.community(v.id), into: &html)
                    html.text(c.text(v.community.name))
                    html.raw("</a>")
                }
            }
            html.raw("</li>")
        }
        html.raw("</ul>")
    }
}
