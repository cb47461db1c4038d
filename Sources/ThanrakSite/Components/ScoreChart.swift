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
        html.raw("<figure class=\"score-chart\">")
        html.openChartSVG(width: width, height: height, titleID: id)
        // "title: label 3/5, label 4/5", piece by piece (two charts a
        // community page; joined Strings cost more than the chart).
        html.text(title)
        html.raw(": ")
        for (n, row) in rows.enumerated() {
            if n > 0 { html.raw(", ") }
            html.text(row.label)
            html.raw(" ")
            html.int(row.score)
            html.raw("/5")
        }
        html.raw("</title>")
        for (n, row) in rows.enumerated() {
            let y = n * Self.rowHeight + 2
            let filled = Self.barWidth * max(0, min(5, row.score)) / 5
            html.raw("<text class=\"score-label\" x=\"0\"")
            html.attribute(" y", y + 16)
            html.raw(">")
            html.text(row.label)
            html.raw("</text>")
            bar("score-track", y: y + 4, width: Self.barWidth, into: &html)
            bar("score-bar", y: y + 4, width: filled, into: &html)
            html.raw("<text class=\"score-value\"")
            html.attribute(" x", Self.labelWidth + Self.barWidth + 8)
            html.attribute(" y", y + 16)
            html.raw(">")
            html.int(row.score)
            html.raw("</text>")
        }
        html.raw("</svg></figure>")
    }

    /// A bar of the chart (the track behind, or the score over it).
    private func bar(_ className: String, y: Int, width: Int, into html: inout HTMLBuffer) {
        html.raw("<rect class=\"")
        html.raw(markup: className)
        html.raw("\"")
        html.attribute(" x", Self.labelWidth)
        html.attribute(" y", y)
        html.attribute(" width", width)
        html.raw(" height=\"14\" rx=\"3\"/>")
    }
}
