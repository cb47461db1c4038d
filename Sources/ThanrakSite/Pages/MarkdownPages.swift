import ThanrakModel

/// `/communities/<id>/<page>/`: one of a group's other pages.
struct CommunityMarkdownPage {
    let context: PageContext
    let community: CommunityView
    let translations: [String: Page]
    let id: String

    func render() -> [UInt8] {
        let c = context
        let name = c.text(community.community.name)
        let picked = c.pick(translations)
        var page = ShellPage(
            shell: "page", title: picked?.page.title.map(c.text) ?? id,
            crumbs: [(c.t(Labels.communities), Routes.communities), (name, Routes.community(community.id))],
            section: .communities, bodyClass: "page-markdown",
            description: picked?.page.summary.map(c.text))
        if let picked {
            if picked.isFallback {
                var note = HTMLBuffer()
                TranslationNote.write(c, into: &note)
                page.htmlBlocks["note"] = note.bytes
            }
            page.blocks["body"] = c.render(markdown: picked.page.body.source.translations.first?.text ?? "", assets: community.assetFolder)
        }
        return PageAssembler(context: c).render(page)
    }
}

/// `/knowledge/`, `/knowledge/<set>/`, `/knowledge/<set>/<page>/` and
/// `/knowledge/<set>/print/` (the whole set as one printable page).
struct KnowledgePages {
    let context: PageContext

    func index() -> [UInt8] {
        let c = context
        var page = ShellPage(shell: "list", title: c.t(Labels.knowledge), crumbs: [], section: .knowledge, bodyClass: "page-knowledge-index")
        var html = HTMLBuffer()
        html.raw("<ul class=\"card-list\">")
        for set in c.model.knowledgeSets {
            let front = c.pick(set.front)?.page
            html.raw("<li class=\"card\"><h2>")
            c.openLink(to: Routes.knowledgeSet(set.id), into: &html)
            html.text(front?.title.map(c.text) ?? set.id)
            html.raw("</a></h2>")
            if let summary = front?.summary {
                html.raw("<p>")
                html.text(c.text(summary))
                html.raw("</p>")
            }
            html.raw("</li>")
        }
        html.raw("</ul>")
        page.htmlBlocks["list"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    func set(_ set: KnowledgeSetView) -> [UInt8] {
        let c = context
        let front = c.pick(set.front)
        var page = ShellPage(
            shell: "knowledge-set", title: front?.page.title.map(c.text) ?? set.id,
            crumbs: [(c.t(Labels.knowledge), Routes.knowledge)], section: .knowledge, bodyClass: "page-knowledge-set",
            description: front?.page.summary.map(c.text))
        if let front {
            if front.isFallback { page.blocks["note"] = noteHTML() }
            page.blocks["body"] = c.render(markdown: front.page.body.source.translations.first?.text ?? "", assets: set.assetFolder)
        }
        page.blocks["contents"] = contents(set, heading: true)
        return PageAssembler(context: c).render(page)
    }

    func page(_ set: KnowledgeSetView, at index: Int) -> [UInt8] {
        let c = context
        let entry = set.pages[index]
        let picked = c.pick(entry.translations)
        let setTitle = c.pick(set.front)?.page.title.map(c.text) ?? set.id
        var page = ShellPage(
            shell: "page", title: picked?.page.title.map(c.text) ?? entry.id,
            crumbs: [(c.t(Labels.knowledge), Routes.knowledge), (setTitle, Routes.knowledgeSet(set.id))],
            section: .knowledge, bodyClass: "page-knowledge", description: picked?.page.summary.map(c.text))
        if let picked {
            if picked.isFallback { page.blocks["note"] = noteHTML() }
            page.blocks["body"] = c.render(markdown: picked.page.body.source.translations.first?.text ?? "", assets: set.assetFolder)
        }
        page.blocks["pager"] = pager(set, index: index)
        return PageAssembler(context: c).render(page)
    }

    func print(_ set: KnowledgeSetView) -> [UInt8] {
        let c = context
        let front = c.pick(set.front)
        let setTitle = front?.page.title.map(c.text) ?? set.id
        var page = ShellPage(
            shell: "knowledge-print", title: setTitle,
            crumbs: [(c.t(Labels.knowledge), Routes.knowledge), (setTitle, Routes.knowledgeSet(set.id))],
            section: .knowledge, bodyClass: "page-knowledge-print")
        var html = HTMLBuffer(capacity: 32_768)
        if let front {
            html.raw("<section class=\"print-page\" id=\"_index\">")
            c.write(markdown: front.page.body.source.translations.first?.text ?? "", headingShift: 1, assets: set.assetFolder, into: &html)
            html.raw("</section>")
        }
        for entry in set.pages {
            guard let picked = c.pick(entry.translations) else { continue }
            html.open("section", ["class": "print-page", "id": entry.id])
            html.raw("<h2>")
            html.text(picked.page.title.map(c.text) ?? entry.id)
            html.raw("</h2>")
            c.write(markdown: picked.page.body.source.translations.first?.text ?? "", headingShift: 2, assets: set.assetFolder, into: &html)
            html.raw("</section>")
        }
        page.blocks["contents"] = PrintButton.html(c) + contents(set, heading: true, inPrint: true)
        page.htmlBlocks["pages"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    private func noteHTML() -> String {
        var note = HTMLBuffer()
        TranslationNote.write(context, into: &note)
        return note.string
    }

    private func contents(_ set: KnowledgeSetView, heading: Bool, inPrint: Bool = false) -> String {
        let c = context
        var html = HTMLBuffer()
        html.raw("<nav class=\"set-contents\" aria-labelledby=\"_contents\"><h2 id=\"_contents\">")
        html.text(c.t(Labels.contents))
        html.raw("</h2><ol>")
        for entry in set.pages {
            let title = c.pick(entry.translations)?.page.title.map(c.text) ?? entry.id
            html.raw("<li>")
            html.open("a", ["href": inPrint ? "#" + entry.id : c.href(Routes.knowledgePage(set.id, entry.id))])
            html.text(title)
            html.raw("</a></li>")
        }
        html.raw("</ol>")
        if !inPrint {
            html.raw("<p class=\"section-links\">")
            c.openLink(to: Routes.knowledgePrint(set.id), into: &html)
            html.text(c.t(Labels.printVersion))
            html.raw("</a></p>")
        }
        html.raw("</nav>")
        return html.string
    }

    private func pager(_ set: KnowledgeSetView, index: Int) -> String {
        let c = context
        var html = HTMLBuffer()
        html.raw(markup: "<nav class=\"pager\" aria-label=\"\(HTMLBuffer.escape(c.t(Labels.contents)))\">")
        if index > 0 {
            let prev = set.pages[index - 1]
            html.open("a", ["class": "pager-previous", "rel": "prev", "href": c.href(Routes.knowledgePage(set.id, prev.id))])
            html.raw("<span class=\"pager-label\">")
            html.text(c.t(Labels.previous))
            html.raw("</span> ")
            html.text(c.pick(prev.translations)?.page.title.map(c.text) ?? prev.id)
            html.raw("</a>")
        }
        if index + 1 < set.pages.count {
            let next = set.pages[index + 1]
            html.open("a", ["class": "pager-next", "rel": "next", "href": c.href(Routes.knowledgePage(set.id, next.id))])
            html.raw("<span class=\"pager-label\">")
            html.text(c.t(Labels.next))
            html.raw("</span> ")
            html.text(c.pick(next.translations)?.page.title.map(c.text) ?? next.id)
            html.raw("</a>")
        }
        html.raw("</nav>")
        return html.string
    }
}
