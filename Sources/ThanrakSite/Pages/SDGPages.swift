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
            html.raw("<span class=\"goal-number\">\(goal.number)</span> <span class=\"goal-name\">")
            html.text(goal.name(language: c.language.code))
            html.raw("</span></a><span class=\"goal-counts\">")
            html.text(c.language.isThai
                ? "\(Format.number(Double(communities))) ชุมชน · \(Format.number(Double(uses.count))) ตัวชี้วัด"
                : "\(Format.number(Double(communities))) communities · \(Format.number(Double(uses.count))) indicators")
            html.raw("</span></li>")
        }
        html.raw("</ul>")
        page.blocks["list"] = html.string
        return PageAssembler(context: c).render(page)
    }

    func goal(_ goal: SDGFramework.Goal) -> [UInt8] {
        let c = context
        var page = ShellPage(
            shell: "sdg-goal", title: "SDG \(goal.number): \(goal.name(language: c.language.code))",
            crumbs: [(c.t(Labels.sdg), Routes.sdg)], section: .sdg, bodyClass: "page-sdg-goal sdg-goal-\(goal.number)")
        let uses = c.model.sdgGoalUses[goal.number] ?? []
        var summary = HTMLBuffer()
        summary.raw("<p class=\"goal-summary\">")
        if uses.isEmpty {
            summary.text(c.language.isThai ? "ยังไม่มีชุมชนใดรายงานตัวชี้วัดในเป้าหมายนี้" : "No community reports an indicator on this goal yet.")
        } else {
            let communities = Set(uses.map(\.community)).count
            summary.text(c.language.isThai
                ? "\(Format.number(Double(communities))) ชุมชน รายงาน \(Format.number(Double(uses.count))) ตัวชี้วัดในเป้าหมายนี้"
                : "\(Format.number(Double(communities))) communities report \(Format.number(Double(uses.count))) indicators on this goal.")
        }
        summary.raw("</p>")
        if let totals = c.model.sdgGoalTotals[goal.number] {
            IndicatorTotalsView(totals: totals, context: c).write(into: &summary)
        }
        summary.raw("<p class=\"downloads\">")
        summary.text(c.t(Labels.download) + ": ")
        summary.open("a", ["href": c.path.link(to: Routes.indicatorsCSV), "download": ""])
        summary.raw("CSV</a> · ")
        summary.open("a", ["href": c.path.link(to: Routes.indicatorsJSON), "download": ""])
        summary.raw("JSON</a></p>")
        page.blocks["summary"] = summary.string
        page.script = true
        var html = HTMLBuffer(capacity: 16_384)
        let direct = c.model.sdgUses[goal.code] ?? []
        if !direct.isEmpty { useList(of: goal.code, direct, into: &html) }
        for target in goal.targets {
            html.open("section", ["class": "sdg-target", "id": target.code])
            html.raw("<h2>")
            html.text((c.language.isThai ? "เป้าประสงค์ " : "Target ") + target.code)
            html.raw("</h2>")
            if let refs = c.model.sdgUses[target.code] { useList(of: target.code, refs, into: &html) }
            html.raw("<ul class=\"sdg-indicators\">")
            for code in target.indicators {
                html.open("li", ["id": code])
                html.raw("<span class=\"sdg-code\">")
                html.text((c.language.isThai ? "ตัวชี้วัด " : "Indicator ") + code)
                html.raw("</span>")
                if let refs = c.model.sdgUses[code] { useList(of: code, refs, into: &html) }
                html.raw("</li>")
            }
            html.raw("</ul></section>")
        }
        page.blocks["targets"] = html.string
        return PageAssembler(context: c).render(page)
    }

    /// The community indicators tied to one code, as one table.
    private func useList(of code: String, _ refs: [IndicatorRef], into html: inout HTMLBuffer) {
        SDGIndicatorTable(refs: refs, context: context).write(into: &html)
    }
}
