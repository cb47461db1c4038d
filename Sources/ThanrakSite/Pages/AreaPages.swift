import ThanrakModel

/// `/areas/`, `/areas/<changwat>/`, `/areas/<changwat>/<amphoe>/` (with the
/// district cycle) and `/areas/<changwat>/<amphoe>/<tambon>/`.
struct AreaPages {
    let context: PageContext

    func index() -> [UInt8] {
        let c = context
        var page = ShellPage(shell: "list", title: c.t(Labels.areas), section: .areas, bodyClass: "page-areas")
        var html = HTMLBuffer()
        html.raw("<ul class=\"card-list\">")
        for changwat in c.model.areas.changwats {
            html.raw("<li class=\"card\"><h2>")
            c.openLink(to: AreaPaths.changwat(changwat.name), into: &html)
            html.text(changwat.name)
            html.raw("</a></h2>")
            summary(changwat.communities, into: &html)
            html.raw("</li>")
        }
        html.raw("</ul>")
        page.htmlBlocks["list"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    func changwat(_ changwat: AreaTree.Changwat) -> [UInt8] {
        let c = context
        var page = ShellPage(
            shell: "area", title: "\(c.t(Labels.changwat)) \(changwat.name)", crumbs: [(c.t(Labels.areas), AreaPaths.root)],
            section: .areas, bodyClass: "page-area page-changwat")
        page.htmlBlocks["totals"] = AreaTotals(indexes: changwat.communities, context: c).bytes()
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_amphoes\"><h2 id=\"_amphoes\">")
        html.text(c.t(Labels.amphoe))
        html.raw("</h2><ul class=\"card-list\">")
        for amphoe in changwat.amphoes {
            html.raw("<li class=\"card\"><h3>")
            c.openLink(to: AreaPaths.amphoe(changwat.name, amphoe.name), into: &html)
            html.text(amphoe.name ?? c.t(Labels.notGiven))
            html.raw("</a></h3>")
            summary(amphoe.communities, into: &html)
            if amphoe.name != nil {
                let covered = coverage(amphoe.communities).filter { !$0.value.isEmpty }.count
                html.raw("<p class=\"cycle-count\">")
                html.text("\(c.t(Labels.cycle)): \(covered)/\(CycleRole.allCases.count)")
                html.raw("</p>")
            }
            html.raw("</li>")
        }
        html.raw("</ul></section>")
        page.htmlBlocks["children"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    func amphoe(_ changwat: AreaTree.Changwat, _ amphoe: AreaTree.Amphoe) -> [UInt8] {
        let c = context
        let name = amphoe.name ?? c.t(Labels.notGiven)
        var page = ShellPage(
            shell: "area", title: "\(c.t(Labels.amphoe)) \(name)",
            crumbs: [(c.t(Labels.areas), AreaPaths.root), (changwat.name, AreaPaths.changwat(changwat.name))],
            section: .areas, bodyClass: "page-area page-amphoe")
        page.htmlBlocks["totals"] = AreaTotals(indexes: amphoe.communities, context: c).bytes()
        if amphoe.name != nil {
            var cycle = HTMLBuffer()
            cycle.raw("<section class=\"cycle\" aria-labelledby=\"_cycle\"><h2 id=\"_cycle\">")
            cycle.text(c.t(Labels.cycle))
            cycle.raw("</h2>")
            CycleDiagram(coverage: coverage(amphoe.communities), context: c).write(into: &cycle, id: "_cycle-diagram")
            cycle.raw("</section>")
            page.htmlBlocks["cycle"] = cycle.bytes
        }
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_tambons\"><h2 id=\"_tambons\">")
        html.text(c.t(Labels.tambon))
        html.raw("</h2>")
        for tambon in amphoe.tambons {
            html.raw("<h3>")
            c.openLink(to: AreaPaths.tambon(changwat.name, amphoe.name, tambon.name), into: &html)
            html.text(tambon.name ?? c.t(Labels.notGiven))
            html.raw("</a></h3>")
            CommunityList(context: c, indexes: tambon.communities).write(into: &html)
        }
        html.raw("</section>")
        page.htmlBlocks["children"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    func tambon(_ changwat: AreaTree.Changwat, _ amphoe: AreaTree.Amphoe, _ tambon: AreaTree.Tambon) -> [UInt8] {
        let c = context
        var page = ShellPage(
            shell: "area", title: "\(c.t(Labels.tambon)) \(tambon.name ?? c.t(Labels.notGiven))",
            crumbs: [
                (c.t(Labels.areas), AreaPaths.root), (changwat.name, AreaPaths.changwat(changwat.name)),
                (amphoe.name ?? c.t(Labels.notGiven), AreaPaths.amphoe(changwat.name, amphoe.name)),
            ],
            section: .areas, bodyClass: "page-area page-tambon")
        page.htmlBlocks["totals"] = AreaTotals(indexes: tambon.communities, context: c).bytes()
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_communities\"><h2 id=\"_communities\">")
        html.text(c.t(Labels.communities))
        html.raw("</h2>")
        CommunityList(context: c, indexes: tambon.communities).write(into: &html)
        html.raw("</section>")
        page.htmlBlocks["children"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    /// Role → the communities taking it, in community order.
    func coverage(_ indexes: [Int]) -> [CycleRole: [Int]] {
        var result: [CycleRole: [Int]] = [:]
        for i in indexes.sorted() {
            for role in context.model.communities[i].community.cycle.map(\.value) where !(result[role] ?? []).contains(i) {
                result[role, default: []].append(i)
            }
        }
        return result
    }

    

    private func summary(_ indexes: [Int], into html: inout HTMLBuffer) {
        let c = context
        let members = indexes.reduce(0) { $0 + (c.model.communities[$1].community.members?.value ?? 0) }
        html.raw("<p class=\"area-summary\">")
        html.text(c.language.isThai
            ? "\(Format.number(Double(indexes.count))) ชุมชน · สมาชิก \(Format.number(Double(members))) คน"
            : Format.count(indexes.count, "community", "communities") + " · " + Format.count(members, "member", "members"))
        html.raw("</p>")
    }
}

/// Counts, members, money and indicators of a set of communities.
/// CSS classes: `area-totals`, `stat-list`.
struct AreaTotals {
    let indexes: [Int]
    let context: PageContext

    func bytes() -> [UInt8] {
        var html = HTMLBuffer()
        write(into: &html)
        return html.bytes
    }

    func write(into html: inout HTMLBuffer) {
        let c = context
        var members = 0, revenue = 0.0, costs = 0.0
        var indicators = IndicatorTotals()
        for i in indexes {
            let v = c.model.communities[i]
            members += v.community.members?.value ?? 0
            revenue += v.money.revenuePerYear
            costs += v.money.costsPerYear
            indicators = indicators + v.indicatorTotals
        }
        html.raw("<section class=\"area-totals\" aria-labelledby=\"_totals\"><h2 id=\"_totals\">")
        html.text(c.t(Labels.overview))
        html.raw("</h2><ul class=\"stat-list\">")
        for (value, label) in [
            (Double(indexes.count), Labels.communities), (Double(members), Labels.members),
            (revenue, Labels.revenuePerYear), (costs, Labels.costsPerYear),
        ] {
            html.raw("<li class=\"stat\"><span class=\"stat-value\">")
            html.text(Format.number(value))
            html.raw("</span> <span class=\"stat-label\">")
            html.text(c.t(label))
            html.raw("</span></li>")
        }
        html.raw("</ul>")
        if indicators.count > 0 { IndicatorTotalsView(totals: indicators, context: c).write(into: &html) }
        html.raw("</section>")
    }
}
