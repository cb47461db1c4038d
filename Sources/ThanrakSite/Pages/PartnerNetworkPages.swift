import ThanrakLoad
import ThanrakModel

/// `/partners/`, `/partners/<id>/` (with every canvas item naming the
/// partner), `/networks/`, `/networks/<id>/` (members, coordinator).
struct PartnerNetworkPages {
    let context: PageContext

    func partners() -> [UInt8] {
        let c = context
        var page = ShellPage(shell: "list", title: c.t(Labels.partners), section: .partners, bodyClass: "page-partners")
        var html = HTMLBuffer()
        let cards = c.model.content.partners.compactMap { p -> CardList.Card? in
            guard let partner = p.model else { return nil }
            var meta = "\(c.language.label(partner.sector)) · \(c.language.label(partner.level))"
            let count = c.model.partnerMentions[p.id]?.count ?? 0
            if count > 0 { meta += " · \(Format.number(Double(count))) \(c.language.isThai ? "งานร่วมกับชุมชน" : "items of work with communities")" }
            return CardList.Card(title: c.text(partner.name), href: c.href(Routes.partner(p.id)), meta: meta)
        }
        CardList(cards: cards).write(into: &html)
        page.htmlBlocks["list"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    func partner(_ p: LoadedEntity<Partner>, _ partner: Partner) -> [UInt8] {
        let c = context
        var page = ShellPage(
            shell: "partner", title: c.text(partner.name), crumbs: [(c.t(Labels.partners), Routes.partners)],
            section: .partners, bodyClass: "page-partner")
        page.blocks["facts"] = facts([(Labels.sector, c.language.label(partner.sector)), (Labels.partnerLevel, c.language.label(partner.level))])
        if let about = partner.about { page.blocks["about"] = c.render(markdown: c.text(about.source)) }
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_mentions\"><h2 id=\"_mentions\">")
        html.text(c.t(Labels.mentionedIn))
        html.raw("</h2>")
        let mentions = c.model.partnerMentions[p.id] ?? []
        if mentions.isEmpty {
            html.raw("<p>")
            html.text(c.t(Labels.noMentions))
            html.raw("</p>")
        } else {
            html.raw("<ul class=\"mention-list\">")
            for (index, item) in mentions {
                let community = c.model.communities[index]
                html.raw("<li>")
                c.openLink(to: Routes.community(community.id), fragment: item.id.value, into: &html)
                html.text(c.text(item.text))
                html.raw("</a> · ")
                c.openLink(to: Routes.community(community.id), into: &html)
                html.text(c.text(community.community.name))
                html.raw("</a></li>")
            }
            html.raw("</ul>")
        }
        html.raw("</section>")
        page.htmlBlocks["mentions"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    func networks() -> [UInt8] {
        let c = context
        var page = ShellPage(shell: "list", title: c.t(Labels.networks), section: .networks, bodyClass: "page-networks")
        var intro = HTMLBuffer()
        MapSection(graph: MapViews(graph: c.graph, context: c).site(), context: c, title: c.t(Labels.siteMap), id: "_map").write(into: &intro)
        intro.raw("<p class=\"downloads\">")
        intro.text(c.t(Labels.data) + ": ")
        intro.open("a", ["href": c.path.link(to: Routes.networkJSON), "download": ""])
        intro.raw("network.json</a> · ")
        intro.open("a", ["href": c.path.link(to: Routes.networkDOT), "download": ""])
        intro.raw("network.dot</a> (Graphviz)</p>")
        page.htmlBlocks["intro"] = intro.bytes
        var html = HTMLBuffer()
        let cards = c.model.content.networks.compactMap { n -> CardList.Card? in
            guard let network = n.model else { return nil }
            var parts = [c.language.label(network.kind)]
            if let theme = network.theme { parts.append(c.language.label(theme)) }
            parts.append(c.language.label(network.level))
            let members = c.model.networkMembers[n.id]?.count ?? 0
            parts.append("\(c.t(Labels.memberCommunities)) \(Format.number(Double(members)))")
            return CardList.Card(title: c.text(network.name), href: c.href(Routes.network(n.id)), meta: parts.joined(separator: " · "))
        }
        CardList(cards: cards).write(into: &html)
        page.htmlBlocks["list"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    func network(_ n: LoadedEntity<Network>, _ network: Network) -> [UInt8] {
        let c = context
        var page = ShellPage(
            shell: "network", title: c.text(network.name), crumbs: [(c.t(Labels.networks), Routes.networks)],
            section: .networks, bodyClass: "page-network")
        var rows: [(Labels.Pair, String)] = [(Labels.kind, c.language.label(network.kind))]
        if let theme = network.theme { rows.append((Labels.theme, c.language.label(theme))) }
        rows.append((Labels.networkLevel, c.language.label(network.level)))
        var factsHTML = facts(rows)
        if let coordinator = network.coordinator?.value {
            var html = HTMLBuffer()
            html.raw("<p class=\"coordinator\">")
            html.text(c.t(Labels.coordinator) + ": ")
            if let i = c.model.partnerIndex[coordinator], let partner = c.model.content.partners[i].model {
                c.openLink(to: Routes.partner(coordinator), into: &html)
                html.text(c.text(partner.name))
                html.raw("</a>")
            } else if let i = c.model.communityIndex[coordinator] {
                c.openLink(to: Routes.community(coordinator), into: &html)
                html.text(c.text(c.model.communities[i].community.name))
                html.raw("</a>")
            }
            html.raw("</p>")
            factsHTML += html.string
        }
        page.blocks["facts"] = factsHTML
        if let about = network.about { page.blocks["about"] = c.render(markdown: c.text(about.source)) }
        if let graph = MapViews(graph: c.graph, context: c).network(n.id) {
            var map = HTMLBuffer()
            MapSection(graph: graph, context: c, title: c.t(Labels.networkMap), id: "_map").write(into: &map)
            var downloads = HTMLBuffer()
            downloads.raw("<p class=\"downloads\">")
            downloads.open("a", ["href": c.path.link(to: Routes.networkDOT(n.id)), "download": ""])
            downloads.raw("network.dot</a> (Graphviz)</p>")
            page.htmlBlocks["map"] = map.bytes + downloads.bytes
        }
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_members\"><h2 id=\"_members\">")
        html.text(c.t(Labels.memberCommunities))
        html.raw("</h2>")
        CommunityList(context: c, indexes: c.model.networkMembers[n.id] ?? []).write(into: &html)
        html.raw("</section>")
        page.htmlBlocks["members"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    private func facts(_ rows: [(Labels.Pair, String)]) -> String {
        var html = HTMLBuffer()
        html.raw("<dl class=\"facts\">")
        for (label, value) in rows {
            html.raw("<dt>")
            html.text(context.t(label))
            html.raw("</dt><dd>")
            html.text(value)
            html.raw("</dd>")
        }
        html.raw("</dl>")
        return html.string
    }
}

/// Communities as a list: name linked, place, stage, members.
/// CSS classes: `community-list`, `community-meta`.
struct CommunityList {
    let context: PageContext
    let indexes: [Int]

    func write(into html: inout HTMLBuffer) {
        let c = context
        html.raw("<ul class=\"community-list\">")
        for i in indexes {
            let v = c.model.communities[i]
            html.raw("<li>")
            c.openLink(to: Routes.community(v.id), into: &html)
            html.text(c.text(v.community.name))
            html.raw("</a> <span class=\"community-meta\">")
            // "ต.หนองบัว · ขั้นที่ 3 · สมาชิก 27 คน", piece by piece.
            var first = true
            func separate() {
                if !first { html.raw(" · ") }
                first = false
            }
            if let t = v.community.location.tambon?.value {
                separate()
                html.raw(c.language.isThai ? "ต." : "Tambon ")
                html.text(t)
            }
            if let stage = v.community.planStage {
                separate()
                html.text(c.t(Labels.stage))
                html.raw(" ")
                html.int(stage.rawValue)
            }
            if let m = v.community.members?.value {
                separate()
                html.text(c.t(Labels.members))
                html.raw(" ")
                html.number(Double(m))
                html.raw(" ")
                html.text(c.t(Labels.membersUnit))
            }
            html.raw("</span></li>")
        }
        html.raw("</ul>")
    }
}
