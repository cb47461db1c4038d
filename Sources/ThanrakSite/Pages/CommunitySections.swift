import ThanrakModel

/// The smaller sections of a community page, each a function of the
/// community and the page context.
enum CommunitySections {
    static func profile(_ v: CommunityView, _ c: PageContext) -> [UInt8] {
        let community = v.community
        let l = community.location
        var html = HTMLBuffer()
        html.raw("<section class=\"profile\" aria-labelledby=\"_profile\"><h2 id=\"_profile\">")
        html.text(c.t(Labels.profile))
        html.raw("</h2><dl class=\"facts\">")
        func fact(_ label: Labels.Pair, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            html.raw("<dt>")
            html.text(c.t(label))
            html.raw("</dt><dd>")
            html.text(value)
            html.raw("</dd>")
        }
        fact(Labels.kind, community.kind.map { KindLabel.text($0.value, c.language) })
        var place: [String] = []
        if let village = l.village?.value { place.append(village) }
        if let moo = l.moo?.value { place.append("\(c.t(Labels.moo)) \(moo)") }
        if let t = l.tambon?.value { place.append("\(c.language.isThai ? "ต." : "Tambon ")\(t)") }
        if let a = l.amphoe?.value { place.append("\(c.language.isThai ? "อ." : "Amphoe ")\(a)") }
        place.append("\(c.language.isThai ? "จ." : "Changwat ")\(l.changwat.value)")
        fact(Labels.location, place.joined(separator: " "))
        fact(Labels.ecoregion, l.ecoregion?.value)
        fact(Labels.founded, community.founded.map { c.year($0.value) })
        fact(Labels.members, community.members.map { "\(Format.number(Double($0.value))) \(c.t(Labels.membersUnit))" })
        if let stage = community.planStage {
            fact(Labels.stage, "\(stage.rawValue) · \(c.language.isThai ? stage.thaiLabel : stage.englishLabel)")
        }
        if !community.cycle.isEmpty {
            fact(Labels.cycle, community.cycle.map { c.language.label($0.value) }.joined(separator: ", "))
        }
        html.raw("</dl></section>")
        return html.bytes
    }

    static func capacity(_ v: CommunityView, _ c: PageContext) -> [UInt8]? {
        let ksnb = KSNBKey.allCases.compactMap { k in v.community.ksnb[k].map { ("\(k.letter) \(c.language.label(k))", $0.value) } }
        let foundations = FoundationKey.allCases.compactMap { k in v.community.foundations[k].map { (c.language.label(k), $0.value) } }
        guard !ksnb.isEmpty || !foundations.isEmpty else { return nil }
        var html = HTMLBuffer()
        html.raw("<section class=\"capacity\" aria-labelledby=\"_capacity\"><h2 id=\"_capacity\">")
        html.text(c.t(Labels.ksnb))
        html.raw("</h2>")
        ScoreChart(title: "\(c.t(Labels.ksnb)) (\(c.t(Labels.scoreOutOf5)))", rows: ksnb).write(into: &html, id: "_chart-ksnb")
        if !foundations.isEmpty {
            html.raw("<h3>")
            html.text(c.t(Labels.foundations))
            html.raw("</h3>")
            ScoreChart(title: "\(c.t(Labels.foundations)) (\(c.t(Labels.scoreOutOf5)))", rows: foundations).write(into: &html, id: "_chart-foundations")
        }
        html.raw("</section>")
        return html.bytes
    }

    static func networks(_ v: CommunityView, _ c: PageContext) -> [UInt8]? {
        guard !v.community.networks.isEmpty else { return nil }
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_networks\"><h2 id=\"_networks\">")
        html.text(c.t(Labels.networks))
        html.raw("</h2><ul class=\"link-list\">")
        for n in v.community.networks {
            let name = c.model.networkIndex[n.value].flatMap { c.model.content.networks[$0].model }.map { c.text($0.name) } ?? n.value
            html.raw("<li>")
            c.openLink(to: Routes.network(n.value), into: &html)
            html.text(name)
            html.raw("</a></li>")
        }
        html.raw("</ul></section>")
        return html.bytes
    }

    static func trades(_ v: CommunityView, _ c: PageContext) -> [UInt8]? {
        guard !v.community.trades.isEmpty else { return nil }
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_trades\"><h2 id=\"_trades\">")
        html.text(c.t(Labels.trades))
        html.raw("</h2><ul class=\"trade-list\">")
        for trade in v.community.trades {
            let other = trade.partner.value
            let otherName = c.model.communityIndex[other].map { c.text(c.model.communities[$0].community.name) } ?? other
            html.raw(markup: "<li class=\"trade-\(trade.direction.rawValue)\"><span class=\"trade-direction\">")
            html.text(c.t(trade.direction == .sells ? Labels.sells : Labels.buys))
            html.raw("</span> ")
            html.text(c.text(trade.goods))
            html.raw(" ")
            html.text(c.t(trade.direction == .sells ? Labels.sellsTo : Labels.buysFrom))
            html.raw(" ")
            c.openLink(to: Routes.community(other), into: &html)
            html.text(otherName)
            html.raw("</a></li>")
        }
        html.raw("</ul></section>")
        return html.bytes
    }

    static func otherPages(_ v: CommunityView, _ c: PageContext) -> [UInt8]? {
        guard !v.pages.isEmpty else { return nil }
        var html = HTMLBuffer()
        html.raw("<section aria-labelledby=\"_pages\"><h2 id=\"_pages\">")
        html.text(c.t(Labels.otherPages))
        html.raw("</h2><ul class=\"link-list\">")
        for (id, translations) in v.pages {
            guard let (page, _) = c.pick(translations) else { continue }
            html.raw("<li>")
            c.openLink(to: Routes.communityPage(v.id, id), into: &html)
            html.text(page.title.map(c.text) ?? id)
            html.raw("</a>")
            if let summary = page.summary {
                html.raw(" <span class=\"summary\">")
                html.text(c.text(summary))
                html.raw("</span>")
            }
            html.raw("</li>")
        }
        html.raw("</ul></section>")
        return html.bytes
    }
}

/// The `kind` of a community is a free id; common ones read better as words.
enum KindLabel {
    static let known: [String: Labels.Pair] = [
        "community-enterprise": ("วิสาหกิจชุมชน", "Community enterprise"),
        "cooperative": ("สหกรณ์", "Cooperative"),
        "savings-group": ("กลุ่มออมทรัพย์", "Savings group"),
        "fisher-group": ("กลุ่มประมงพื้นบ้าน", "Fisher group"),
        "farmer-group": ("กลุ่มเกษตรกร", "Farmer group"),
        "womens-group": ("กลุ่มสตรี", "Women's group"),
        "women-group": ("กลุ่มสตรี", "Women's group"),
        "community-group": ("กลุ่มชุมชน", "Community group"),
        "community-tourism": ("กลุ่มท่องเที่ยวโดยชุมชน", "Community tourism group"),
        "community-fund": ("กองทุนชุมชน", "Community fund"),
    ]

    static func text(_ id: String, _ language: PageLanguage) -> String {
        known[id].map(language.pick) ?? id
    }
}
