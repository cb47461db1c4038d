import ThanrakModel

/// A small horizontal bar chart of 1–5 scores (KSNB, the ten foundations)
/// as inline SVG with integer coordinates: visible without JavaScript,
/// printable, and described for screen readers by its title. CSS classes:
/// `score-chart`, `score-bar`, `score-track`, `score-label`, `score-value`.
struct ScoreChart {
    let title: String
    let rows: [(label: String, score: Int)]

    static let labelWidth = 230, barWidth = 150, rowHeight = 24

    func write(into html: inout HTMLBuffer, id: String) {
        guard !rows.isEmpty else { return }
        let width = Self.labelWidth + Self.barWidth + 40
        let height = rows.count * Self.rowHeight + 4
        let summary = rows.map { "\($0.label) \($0.score)/5" }.joined(separator: ", ")
        html.raw("<figure class=\"score-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        html.int(width)
        html.raw(" ")
        html.int(height)
        html.raw("\" width=\"")
        html.int(width)
        html.raw("\" height=\"")
        html.int(height)
        html.raw("\" aria-labelledby=\"")
        html.raw(id)
        html.raw("\"><title id=\"")
        html.raw(id)
        html.raw("\">")
        html.text("\(title): \(summary)")
        html.raw("</title>")
        for (n, row) in rows.enumerated() {
            let y = n * Self.rowHeight + 2
            let filled = Self.barWidth * max(0, min(5, row.score)) / 5
            html.raw("<text class=\"score-label\" x=\"0\" y=\"")
            html.int(y + 16)
            html.raw("\">")
            html.text(row.label)
            html.raw("</text><rect class=\"score-track\" x=\"")
            html.int(Self.labelWidth)
            html.raw("\" y=\"")
            html.int(y + 4)
            html.raw("\" width=\"")
            html.int(Self.barWidth)
            html.raw("\" height=\"14\" rx=\"3\"/><rect class=\"score-bar\" x=\"")
            html.int(Self.labelWidth)
            html.raw("\" y=\"")
            html.int(y + 4)
            html.raw("\" width=\"")
            html.int(filled)
            html.raw("\" height=\"14\" rx=\"3\"/><text class=\"score-value\" x=\"")
            html.int(Self.labelWidth + Self.barWidth + 8)
            html.raw("\" y=\"")
            html.int(y + 16)
            html.raw("\">")
            html.int(row.score)
            html.raw("</text>")
        }
        html.raw("</svg></figure>")
    }
}
