import ThanrakModel

/// The community indicators tied to one SDG code, as one table across
/// communities: community, area, level, indicator, baseline, latest,
/// target, progress, status. Readable without JavaScript; `sortable`
/// tables sort by a column when the small script is present.
/// CSS classes: `sdg-table`, `sortable`, plus those of `IndicatorCells`.
struct SDGIndicatorTable {
    let refs: [IndicatorRef]
    let context: PageContext

    func write(into html: inout HTMLBuffer) {
        let c = context
        html.raw(markup: "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLBuffer.escape(c.t(Labels.indicators)))\"><table class=\"sdg-table sortable\"><thead><tr>")
        for label in [Labels.community, Labels.area, Labels.level, Labels.indicator, Labels.baseline, Labels.latest, Labels.target, Labels.progress, Labels.status] {
            html.raw("<th scope=\"col\">")
            html.text(c.t(label))
            html.raw("</th>")
        }
        html.raw("</tr></thead><tbody>")
        for r in refs {
            let v = c.model.communities[r.community]
            let indicator = v.indicators[r.indicator]
            let location = v.community.location
            html.raw("<tr class=\"level-")
            html.raw(markup: indicator.level.rawValue)
            html.raw("\"><th scope=\"row\">")
            c.openLink(to: Routes.community(v.id), into: &html)
            html.text(c.text(v.community.name))
            html.raw("</a></th><td>")
            // "amphoe, changwat", piece by piece: a row per indicator of a
            // whole changwat, and the joined String cost more than the row.
            if let amphoe = location.amphoe?.value {
                html.text(amphoe)
                html.raw(", ")
            }
            html.text(location.changwat.value)
            html.raw("</td><td>")
            html.text(c.language.label(indicator.level))
            html.raw("</td><td>")
            c.openLink(to: Routes.community(v.id), fragment: indicator.id.value, into: &html)
            html.text(c.text(indicator.name))
            html.raw("</a>")
            if let unit = indicator.unit {
                html.raw(" <span class=\"unit\">(")
                html.text(c.text(unit))
                html.raw(")</span>")
            }
            html.raw("</td>")
            IndicatorCells(indicator: indicator, progress: v.indicatorProgress[r.indicator], context: c).write(into: &html)
            html.raw("</tr>")
        }
        html.raw("</tbody></table></div>")
    }
}
