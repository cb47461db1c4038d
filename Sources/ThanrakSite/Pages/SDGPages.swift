import ThanrakModel

/// `/sdg/`: the 17 goals in their colours with how many communities and
/// indicators contribute; `/sdg/<goal>/`: its targets and indicator codes,
/// each with the community indicators tied to it.
struct SDGPages {
    let context: PageContext

    func index() -> [UInt8] {
        let c = context
        var page = ShellPage(shell: "list", title: c.t(Labels.sdg), section: .sdg, bodyClass: "page-sdg")
        var html = HTMLBuffer(capacity: 8192)
        html.raw("<ul class=\"goal-grid\">")
        for goal in SDGFramework.shared.goals {
            let uses = c.model.sdgGoalUses[goal.number] ?? []
            let communities = Set(uses.map(\.community)).count
            let ink = SDGBadge.prefersDarkText(goal.color) ? "#000000" : "#ffffff"
            html.open("li", ["class": "goal-tile sdg-goal-\(goal.number)", "style": "background:\(goal.color);color:\(ink)"])
            html.open("a", ["href": c.href(Routes.sdgGoal(goal.number)), "style": "color:\(ink)"])
            html.raw(markup: "<span class=\"goal-number\">\(goal.number)</span> <span class=\"goal-name\">")
            html.text(goal.name(language: c.language.code))
            html.raw("</span></a><span class=\"goal-counts\">")
            html.text(c.language.isThai
                ? "\(Format.number(Double(communities))) ชุมชน · \(Format.number(Double(uses.count))) ตัวชี้วัด"
                : Format.count(communities, "community", "communities") + " · " + Format.count(uses.count, "indicator", "indicators"))
            html.raw("</span></li>")
        }
        html.raw("</ul>")
        page.htmlBlocks["list"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    /// Above this many community indicators a goal page would grow with the
    /// whole site (18.5 MB for goal 8 at 10,000 communities): it then lists
    /// counts per changwat, and each changwat gets its own page of tables.
    static let splitAbove = 200

    /// The goal's uses grouped by changwat, names in Thai collation order.
    static func byChangwat(_ goal: Int, _ model: SiteModel) -> [(name: String, refs: [IndicatorRef])] {
        let groups = model.sdgGoalUsesByChangwat[goal] ?? [:]
        return ThaiCollation.sorted(groups.keys).map { ($0, groups[$0] ?? []) }
    }

    /// `/sdg/<goal>/`, or with `changwat` the goal's tables for that changwat.
    func goal(_ goal: SDGFramework.Goal, changwat: String? = nil) -> [UInt8] {
        let c = context
        let goalTitle = "SDG \(goal.number): \(goal.name(language: c.language.code))"
        var page = ShellPage(
            shell: "sdg-goal", title: changwat.map { "\(goalTitle) · \(c.t(Labels.changwat)) \($0)" } ?? goalTitle,
            crumbs: [(c.t(Labels.sdg), Routes.sdg)] + (changwat == nil ? [] : [(goalTitle, Routes.sdgGoal(goal.number))]),
            section: .sdg, bodyClass: "page-sdg-goal sdg-goal-\(goal.number)")
        let allUses = c.model.sdgGoalUses[goal.number] ?? []
        /// A code's uses on this page: all, or those of the changwat (indexed once).
        func refs(_ code: String) -> [IndicatorRef] {
            guard let changwat else { return c.model.sdgUses[code] ?? [] }
            return c.model.sdgUsesByChangwat[code]?[changwat] ?? []
        }
        let uses = changwat.map { c.model.sdgGoalUsesByChangwat[goal.number]?[$0] ?? [] } ?? allUses
        let split = changwat == nil && allUses.count > Self.splitAbove
        var summary = HTMLBuffer()
        summary.raw("<p class=\"goal-summary\">")
        if uses.isEmpty {
            summary.text(c.language.isThai ? "ยังไม่มีชุมชนใดรายงานตัวชี้วัดในเป้าหมายนี้" : "No community reports an indicator on this goal yet.")
        } else {
            let communities = Set(uses.map(\.community)).count
            summary.text(c.language.isThai
                ? "\(Format.number(Double(communities))) ชุมชน รายงาน \(Format.number(Double(uses.count))) ตัวชี้วัดในเป้าหมายนี้"
                : Format.count(communities, "community reports", "communities report") + " " + Format.count(uses.count, "indicator", "indicators") + " on this goal.")
        }
        summary.raw("</p>")
        if changwat == nil, let totals = c.model.sdgGoalTotals[goal.number] {
            IndicatorTotalsView(totals: totals, context: c).write(into: &summary)
        } else if changwat != nil {
            IndicatorTotalsView(totals: IndicatorTotals(refs: uses, in: c.model.communities), context: c).write(into: &summary)
        }
        if split { changwatTable(goal, Self.byChangwat(goal.number, c.model), into: &summary) }
        summary.raw("<p class=\"downloads\">")
        summary.text(c.t(Labels.download) + ": ")
        summary.open("a", ["href": c.path.link(to: Routes.indicatorsCSV), "download": ""])
        summary.raw("CSV</a> · ")
        summary.open("a", ["href": c.path.link(to: Routes.indicatorsJSON), "download": ""])
        summary.raw("JSON</a></p>")
        page.htmlBlocks["summary"] = summary.bytes
        page.script = true
        var html = HTMLBuffer(capacity: 16_384)
        /// A table of the code's uses here, or on a split page just their number.
        func codeUses(_ code: String) {
            let found = refs(code)
            guard !found.isEmpty else { return }
            if split {
                html.raw("<p class=\"sdg-count\">")
                html.text(c.language.isThai ? "ตัวชี้วัดของชุมชน \(Format.number(Double(found.count))) รายการ (ดูตามจังหวัด)" : "\(Format.number(Double(found.count))) community indicators (by changwat)")
                html.raw("</p>")
            } else {
                useList(of: code, found, into: &html)
            }
        }
        codeUses(goal.code)
        // 169 targets and 252 indicator codes on the goal pages, each page
        // of a goal per changwat included: written as literals and the code,
        // not through `open`'s attribute list and a joined String.
        for target in goal.targets {
            html.raw("<section class=\"sdg-target\" id=\"")
            html.text(target.code)
            html.raw(c.language.isThai ? "\"><h2>เป้าประสงค์ " : "\"><h2>Target ")
            html.text(target.code)
            html.raw("</h2>")
            codeUses(target.code)
            html.raw("<ul class=\"sdg-indicators\">")
            for code in target.indicators {
                html.raw("<li id=\"")
                html.text(code)
                html.raw(c.language.isThai ? "\"><span class=\"sdg-code\">ตัวชี้วัด " : "\"><span class=\"sdg-code\">Indicator ")
                html.text(code)
                html.raw("</span>")
                codeUses(code)
                html.raw("</li>")
            }
            html.raw("</ul></section>")
        }
        page.htmlBlocks["targets"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    /// Per changwat: communities, indicators and statuses, linking to the
    /// changwat's page of this goal.
    private func changwatTable(_ goal: SDGFramework.Goal, _ groups: [(name: String, refs: [IndicatorRef])], into html: inout HTMLBuffer) {
        let c = context
        html.raw(markup: "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLBuffer.escape(c.t(Labels.changwat)))\"><table class=\"sdg-table sortable\"><thead><tr>")
        var columns = [c.t(Labels.changwat), c.t(Labels.communities), c.t(Labels.indicators)]
        columns += IndicatorProgress.Status.allCases.map { c.t($0.label) }
        for label in columns {
            html.raw("<th scope=\"col\">")
            html.text(label)
            html.raw("</th>")
        }
        html.raw("</tr></thead><tbody>")
        for group in groups {
            let totals = IndicatorTotals(refs: group.refs, in: c.model.communities)
            html.raw("<tr><th scope=\"row\">")
            c.openLink(to: Routes.sdgGoalArea(goal.number, group.name), into: &html)
            html.text(group.name)
            html.raw("</a></th>")
            var counts = [Set(group.refs.map(\.community)).count, group.refs.count]
            counts += IndicatorProgress.Status.allCases.map { totals.byStatus[$0] ?? 0 }
            for n in counts {
                html.raw("<td class=\"num\" data-sort=\"")
                html.int(n)
                html.raw("\">")
                html.number(Double(n))
                html.raw("</td>")
            }
            html.raw("</tr>")
        }
        html.raw("</tbody></table></div>")
    }

    /// The community indicators tied to one code, as one table.
    private func useList(of code: String, _ refs: [IndicatorRef], into html: inout HTMLBuffer) {
        SDGIndicatorTable(refs: refs, context: context).write(into: &html)
    }
}
