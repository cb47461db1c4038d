import ThanrakModel

/// `/communities/<id>/`: profile, story, canvas, money, capacity charts,
/// indicators, networks, trades and the group's other pages.
struct CommunityPage {
    let context: PageContext
    let community: CommunityView

    func render() -> [UInt8] {
        let c = context
        let name = c.text(community.community.name)
        var page = ShellPage(
            shell: "community", title: name,
            crumbs: [(c.t(Labels.communities), Routes.communities)], section: .communities,
            bodyClass: "page-community")
        page.htmlBlocks["profile"] = CommunitySections.profile(community, c)
        page.htmlBlocks["story"] = story()
        page.htmlBlocks["canvas"] = canvas()
        page.htmlBlocks["money"] = section("_money", Labels.money) { html in
            MoneyTable(community: community, language: c.language).write(into: &html)
        }
        page.htmlBlocks["capacity"] = CommunitySections.capacity(community, c)
        if !community.indicators.isEmpty {
            page.htmlBlocks["indicators"] = section("_indicators", Labels.indicators, capacity: 2048 + 1024 * community.indicators.count) { html in
                IndicatorTable(community: community, context: c).write(into: &html)
            }
        }
        if let index = c.model.communityIndex[community.id], let graph = MapViews(graph: c.graph, context: c).community(index) {
            var map = HTMLBuffer(capacity: 4096 + 512 * graph.nodes.count)
            MapSection(graph: graph, context: c, title: c.t(Labels.networkMap), id: "_map").write(into: &map)
            page.htmlBlocks["map"] = map.bytes
        }
        page.htmlBlocks["networks"] = CommunitySections.networks(community, c)
        page.htmlBlocks["trades"] = CommunitySections.trades(community, c)
        page.htmlBlocks["pages"] = CommunitySections.otherPages(community, c)
        return PageAssembler(context: c).render(page)
    }

    private func story() -> [UInt8]? {
        guard let (page, fallback) = context.pick(community.story) else { return nil }
        var html = HTMLBuffer()
        html.raw("<section class=\"story\" aria-labelledby=\"_story\"><h2 id=\"_story\">")
        html.text(context.t(Labels.story))
        html.raw("</h2>")
        if fallback { TranslationNote.write(context, into: &html) }
        context.write(markdown: page.body.source.translations.first?.text ?? "", assets: community.assetFolder, into: &html)
        html.raw("</section>")
        return html.bytes
    }

    private func canvas() -> [UInt8] {
        let c = context
        // About 300 bytes an item, and 1.5 KB a step besides.
        var html = HTMLBuffer(capacity: 16_384 + 320 * community.canvas.itemsByStep.reduce(0) { $0 + $1.count })
        html.raw("<section class=\"canvas-section\" aria-labelledby=\"_canvas\"><h2 id=\"_canvas\">")
        html.text(c.t(Labels.canvas))
        html.raw("</h2><p class=\"section-links\">")
        c.openLink(to: Routes.canvas(community.id), into: &html)
        html.text(c.t(Labels.canvasPage))
        html.raw("</a> · ")
        c.openLink(to: Routes.handout(community.id), into: &html)
        html.text(c.t(Labels.handout))
        html.raw("</a></p>")
        CanvasGrid(community: community, model: c.model, language: c.language, page: c.path).write(into: &html)
        html.raw("</section>")
        return html.bytes
    }

    /// A section with a heading around what `body` writes; nil when it
    /// writes nothing. The body writes after the heading, in place: built
    /// apart and copied in, an indicator table was copied three times.
    /// `capacity`: about what the section takes, so it seldom grows.
    private func section(_ id: String, _ title: Labels.Pair, capacity: Int = 4096, _ body: (inout HTMLBuffer) -> Void) -> [UInt8]? {
        var html = HTMLBuffer(capacity: capacity)
        html.raw("<section aria-labelledby=\"")
        html.raw(markup: id)
        html.raw("\"><h2 id=\"")
        html.raw(markup: id)
        html.raw("\">")
        html.text(context.t(title))
        html.raw("</h2>")
        let heading = html.count
        body(&html)
        guard html.count > heading else { return nil }
        html.raw("</section>")
        return html.bytes
    }
}

/// A note on pages shown in another language than the reader chose.
enum TranslationNote {
    static func write(_ c: PageContext, into html: inout HTMLBuffer) {
        html.raw("<p class=\"translation-note\">")
        html.text(c.t(Labels.translationMissing))
        html.raw("</p>")
    }
}
