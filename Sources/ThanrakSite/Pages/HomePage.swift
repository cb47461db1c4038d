import Foundation
import ThanrakModel

/// `/`: counts, stages, SDG goals reached and the latest changes, all from
/// the data (never file times), so the same content gives the same bytes.
struct HomePage {
    let context: PageContext

    func render() -> [UInt8] {
        let c = context
        let totals = c.model.totals
        var page = ShellPage(shell: "home", title: c.text(c.site.title), section: .home, bodyClass: "page-home")
        var counts = HTMLBuffer()
        counts.raw("<section class=\"overview\" aria-labelledby=\"_overview\"><h2 id=\"_overview\">")
        counts.text(c.t(Labels.overview))
        counts.raw("</h2><ul class=\"stat-list\">")
        for (value, label, path) in [
            (totals.communities, Labels.communities, Routes.communities), (totals.members, Labels.members, nil),
            (totals.changwats, Labels.changwats, nil), (totals.indicators, Labels.indicators, nil),
        ] as [(Int, Labels.Pair, SitePath?)] {
            counts.raw("<li class=\"stat\"><span class=\"stat-value\">")
            counts.text(Format.number(Double(value)))
            counts.raw("</span> <span class=\"stat-label\">")
            if let path {
                c.openLink(to: path, into: &counts)
                counts.text(c.t(label))
                counts.raw("</a>")
            } else {
                counts.text(c.t(label))
            }
            counts.raw("</span></li>")
        }
        counts.raw("</ul></section>")
        page.htmlBlocks["counts"] = counts.bytes
        page.blocks["stages"] = stages()
        page.blocks["goals"] = goals()
        page.blocks["changes"] = changes()
        return PageAssembler(context: c).render(page)
    }

    private func stages() -> String {
        let c = context
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_stages\"><h2 id=\"_stages\">")
        html.text(c.t(Labels.byStage))
        html.raw("</h2><ol class=\"stage-list\">")
        for stage in PlanStage.allCases {
            html.raw("<li><span class=\"stage-name\">")
            html.text(c.language.isThai ? stage.thaiLabel : stage.englishLabel)
            html.raw("</span> <span class=\"stage-count\">")
            html.text("\(Format.number(Double(c.model.totals.byStage[stage.rawValue - 1]))) \(c.t(Labels.communitiesCount))")
            html.raw("</span></li>")
        }
        html.raw("</ol></section>")
        return html.string
    }

    private func goals() -> String {
        let c = context
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_goals\"><h2 id=\"_goals\">")
        html.text(c.t(Labels.goalsReached))
        html.raw("</h2><p class=\"goal-badges\">")
        for goal in c.model.totals.goalsReached {
            SDGBadge(code: String(goal), language: c.language, page: c.path).write(into: &html)
            html.raw(" ")
        }
        html.raw("</p><h3>")
        html.text(c.t(Labels.indicatorTotals))
        html.raw("</h3>")
        IndicatorTotalsView(totals: c.model.indicatorTotals, context: c).write(into: &html)
        html.raw("</section>")
        return html.string
    }

    /// The newest measurements across the site, newest year first.
    private func changes() -> String? {
        let c = context
        var latest: [(year: Year, community: Int, indicator: Indicator, value: Number)] = []
        for (i, v) in c.model.communities.enumerated() {
            for indicator in v.indicators {
                guard let m = indicator.measurements.max(by: { $0.year.value < $1.year.value }) else { continue }
                latest.append((m.year.value, i, indicator, m.value.value))
            }
        }
        guard !latest.isEmpty else { return nil }
        latest.sort { ($0.year.ce, $1.community, $0.indicator.id.value) > ($1.year.ce, $0.community, $1.indicator.id.value) }
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_changes\"><h2 id=\"_changes\">")
        html.text(c.t(Labels.latestChanges))
        html.raw("</h2><ul class=\"change-list\">")
        for entry in latest.prefix(8) {
            let v = c.model.communities[entry.community]
            html.raw("<li><span class=\"year\">")
            html.text(c.year(entry.year))
            html.raw("</span> ")
            c.openLink(to: Routes.community(v.id), fragment: entry.indicator.id.value, into: &html)
            html.text(c.text(entry.indicator.name))
            html.raw("</a>: ")
            html.text(Format.number(entry.value.value) + (entry.indicator.unit.map { " " + c.text($0) } ?? ""))
            html.raw(" · ")
            html.text(c.text(v.community.name))
            html.raw("</li>")
        }
        html.raw("</ul></section>")
        return html.string
    }
}

/// `/communities/`: every community, by changwat → amphoe → tambon.
struct CommunitiesPage {
    let context: PageContext

    func render() -> [UInt8] {
        let c = context
        var page = ShellPage(shell: "list", title: c.t(Labels.communities), section: .communities, bodyClass: "page-communities")
        var html = HTMLBuffer(capacity: 16_384)
        for changwat in c.model.areas.changwats {
            html.raw("<section class=\"area area-changwat\"><h2>")
            c.openLink(to: AreaPaths.changwat(changwat.name), into: &html)
            html.text("\(c.language.isThai ? "จังหวัด" : "Changwat") \(changwat.name)")
            html.raw("</a></h2>")
            let totals = changwat.communities.reduce(IndicatorTotals()) { $0 + c.model.communities[$1].indicatorTotals }
            if totals.count > 0 { IndicatorTotalsView(totals: totals, context: c).write(into: &html) }
            for amphoe in changwat.amphoes {
                html.raw("<h3>")
                html.text(amphoe.name.map { "\(c.language.isThai ? "อำเภอ" : "Amphoe") \($0)" } ?? "\(c.t(Labels.amphoe)): \(c.t(Labels.notGiven))")
                html.raw("</h3>")
                for tambon in amphoe.tambons {
                    html.raw("<h4>")
                    html.text(tambon.name.map { "\(c.language.isThai ? "ตำบล" : "Tambon") \($0)" } ?? "\(c.t(Labels.tambon)): \(c.t(Labels.notGiven))")
                    html.raw("</h4>")
                    CommunityList(context: c, indexes: tambon.communities).write(into: &html)
                }
            }
            html.raw("</section>")
        }
        page.htmlBlocks["list"] = html.bytes
        return PageAssembler(context: c).render(page)
    }
}

/// `/404.html`: served by a host at any depth, so its links are absolute
/// from `base_url` (§11).
struct NotFoundPage {
    let context: PageContext

    func render() -> [UInt8] {
        let c = context
        var page = ShellPage(shell: "404", title: c.t(Labels.notFound), bodyClass: "page-404")
        var html = HTMLBuffer()
        html.raw("<p>")
        html.text(c.t(Labels.notFoundText))
        html.raw("</p><p>")
        html.open("a", ["href": c.site.baseURL])
        html.text(c.t(Labels.home))
        html.raw("</a></p>")
        page.htmlBlocks["body"] = html.bytes
        var bytes = String(decoding: PageAssembler(context: c).render(page), as: UTF8.self)
        // Relative links would break at another depth: make them absolute.
        bytes = bytes.replacingOccurrences(of: "href=\"", with: "href=\"\u{0}")
            .replacingOccurrences(of: "action=\"", with: "action=\"\u{0}")
            .replacingOccurrences(of: "\u{0}" + c.site.baseURL, with: c.site.baseURL)
            .replacingOccurrences(of: "\u{0}#", with: "#")
            .replacingOccurrences(of: "\u{0}", with: c.site.baseURL)
        // The language switch: there is one 404 page (§11), so the other
        // languages' link goes to their home page instead.
        for language in PageLanguage.all(for: c.site) where language.code != c.site.defaultLanguage {
            bytes = bytes.replacingOccurrences(of: "href=\"\(c.site.baseURL)\(language.code)/404.html\"", with: "href=\"\(c.site.baseURL)\(language.code)/\"")
        }
        return Array(bytes.utf8)
    }
}
