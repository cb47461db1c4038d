import ThanrakModel

/// A community's indicators: level, name (anchored by id), SDG badges,
/// unit, baseline, latest and target with their years, progress, status and
/// a small chart. CSS classes: `indicator-table`, `level-<level>`, `num`,
/// `year`, `progress`, `progress-bar`, `status`, `status-<status>`.
struct IndicatorTable {
    let community: CommunityView
    let context: PageContext
    /// Rows get `id` anchors (only on the page that owns them).
    var anchors = true

    func write(into html: inout HTMLBuffer) {
        let indicators = community.indicators
        guard !indicators.isEmpty else { return }
        let c = context
        // Totals were computed once with the site model.
        IndicatorTotalsView(totals: community.indicatorTotals, context: c).write(into: &html)
        html.raw(markup: "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLBuffer.escape(c.t(Labels.indicators)))\"><table class=\"indicator-table\"><thead><tr>")
        // Handouts keep the chart too: print CSS shrinks it to fit the page.
        let columns = [Labels.level, Labels.indicator, Labels.sdgShort, Labels.unit, Labels.baseline, Labels.latest, Labels.target, Labels.progress, Labels.status, Labels.chart]
        for label in columns {
            html.raw("<th scope=\"col\">")
            html.text(c.t(label))
            html.raw("</th>")
        }
        html.raw("</tr></thead><tbody>")
        for (i, indicator) in indicators.enumerated() {
            html.raw("<tr class=\"level-")
            html.raw(markup: indicator.level.rawValue)
            html.raw("\"><td>")
            html.text(c.language.label(indicator.level))
            html.raw("</td>")
            if anchors {
                html.raw("<th scope=\"row\" id=\"")
                html.text(indicator.id.value)
                html.raw("\">")
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
            let cells = IndicatorCells(indicator: indicator, progress: community.indicatorProgress[i], context: c)
            cells.write(into: &html)
            html.raw("<td class=\"chart\">")
            IndicatorChart(indicator: indicator, context: c).write(into: &html, id: "_chart-" + indicator.id.value)
            html.raw("</td>")
            html.raw("</tr>")
        }
        html.raw("</tbody></table></div>")
    }
}

/// The baseline, latest, target, progress and status cells of one
/// indicator, with `data-sort` values so tables sort by number with script.
struct IndicatorCells {
    let indicator: Indicator
    /// The indicator's progress (`CommunityView.indicatorProgress`).
    let progress: IndicatorProgress
    let context: PageContext

    func write(into html: inout HTMLBuffer) {
        let newest = indicator.measurements.max { $0.year.value < $1.year.value }
        observation(indicator.baseline, into: &html)
        observation(progress.latest ?? newest, into: &html)
        observation(indicator.target, into: &html)
        if let text = progress.percentText, let p = progress.percent {
            let bar = Int(max(0, min(100, p)).rounded())
            html.raw("<td class=\"num progress\" data-sort=\"")
            html.int(Int(p.rounded()))
            html.raw("\">")
            html.raw(markup: text)
            html.raw("<span class=\"progress-bar\" aria-hidden=\"true\"><span style=\"width:")
            html.int(bar)
            html.raw("%\"></span></span></td>")
        } else {
            html.raw("<td class=\"num progress no-data\" data-sort=\"-1000000\">")
            html.text(context.t(Labels.noData))
            html.raw("</td>")
        }
        html.raw("<td class=\"status status-")
        html.raw(markup: progress.status.rawValue)
        html.raw("\" data-sort=\"")
        html.int(StatusOrder.rank(progress.status))
        html.raw("\">")
        html.text(context.t(progress.status.label))
        html.raw("</td>")
    }

    private func observation(_ o: Observation?, into html: inout HTMLBuffer) {
        guard let o else {
            html.raw("<td class=\"no-data\" data-sort=\"\">")
            html.text(context.t(Labels.noData))
            html.raw("</td>")
            return
        }
        html.raw("<td class=\"num\" data-sort=\"")
        html.raw(markup: o.value.value.text)
        html.raw("\">")
        html.number(o.value.value.value)
        html.raw(" <span class=\"year\">")
        context.year(o.year.value, into: &html)
        html.raw("</span></td>")
    }
}

enum StatusOrder {
    static func rank(_ s: IndicatorProgress.Status) -> Int {
        switch s {
        case .reached: 3
        case .onTrack: 2
        case .behind: 1
        case .noData: 0
        }
    }
}

/// "ผลผลิต 2 · ผลลัพธ์ 1 · ผลกระทบ 1 · บรรลุ 1 · ตามแผน 2 …" for a
/// community, an area, a goal or the site. CSS classes: `indicator-totals`,
/// `totals-levels`, `totals-status`.
struct IndicatorTotalsView {
    let totals: IndicatorTotals
    let context: PageContext

    func write(into html: inout HTMLBuffer) {
        let c = context
        html.raw("<div class=\"indicator-totals\"><ul class=\"totals-levels\">")
        for level in IndicatorLevel.allCases {
            html.raw("<li class=\"level-")
            html.raw(markup: level.rawValue)
            html.raw("\">")
            html.text(c.language.label(level))
            html.raw(" ")
            html.number(Double(totals.byLevel[level] ?? 0))
            html.raw("</li>")
        }
        html.raw("</ul><ul class=\"totals-status\">")
        for status in IndicatorProgress.Status.allCases {
            html.raw("<li class=\"status-")
            html.raw(markup: status.rawValue)
            html.raw("\">")
            html.text(c.t(status.label))
            html.raw(" ")
            html.number(Double(totals.byStatus[status] ?? 0))
            html.raw("</li>")
        }
        html.raw("</ul></div>")
    }
}
