import ThanrakModel

/// A community's indicators: level, name (anchored by id), SDG badges,
/// unit, baseline, latest measurement and target with their years.
/// CSS classes: `indicator-table`, `level-<level>`, `num`, `year`.
struct IndicatorTable {
    let indicators: [Indicator]
    let context: PageContext
    /// Rows get `id` anchors (only on the page that owns them).
    var anchors = true

    func write(into html: inout HTMLBuffer) {
        guard !indicators.isEmpty else { return }
        let c = context
        html.raw("<div class=\"table-scroll\"><table class=\"indicator-table\"><thead><tr>")
        for label in [Labels.level, Labels.indicator, Labels.sdgShort, Labels.unit, Labels.baseline, Labels.latest, Labels.target] {
            html.raw("<th scope=\"col\">")
            html.text(c.t(label))
            html.raw("</th>")
        }
        html.raw("</tr></thead><tbody>")
        for indicator in indicators {
            html.raw("<tr class=\"level-\(indicator.level.rawValue)\"><td>")
            html.text(c.language.label(indicator.level))
            html.raw("</td>")
            if anchors {
                html.open("th", ["scope": "row", "id": indicator.id.value])
            } else {
                html.raw("<th scope=\"row\">")
            }
            html.text(c.text(indicator.name))
            html.raw(" <span class=\"direction\">(")
            html.text(c.language.label(indicator.direction))
            html.raw(")</span></th><td class=\"sdg-codes\">")
            for code in indicator.sdg {
                SDGBadge(code: code.value, language: c.language, page: c.path).write(into: &html)
                html.raw(" ")
            }
            html.raw("</td><td>")
            html.text(indicator.unit.map(c.text) ?? "")
            html.raw("</td>")
            observation(indicator.baseline, into: &html)
            observation(indicator.measurements.max { $0.year.value < $1.year.value }, into: &html)
            observation(indicator.target, into: &html)
            html.raw("</tr>")
        }
        html.raw("</tbody></table></div>")
    }

    private func observation(_ o: Observation?, into html: inout HTMLBuffer) {
        guard let o else {
            html.raw("<td class=\"no-data\">")
            html.text(context.t(Labels.noData))
            html.raw("</td>")
            return
        }
        html.raw("<td class=\"num\">")
        html.text(Format.number(o.value.value.value))
        html.raw(" <span class=\"year\">")
        html.text(context.year(o.year.value))
        html.raw("</span></td>")
    }
}
