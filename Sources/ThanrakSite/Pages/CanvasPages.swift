import ThanrakModel

/// `/communities/<id>/canvas/`: the canvas alone, one A4 landscape sheet in print.
struct CanvasPage {
    let context: PageContext
    let community: CommunityView

    func render() -> [UInt8] {
        let c = context
        var page = ShellPage.underCommunity(community, c, shell: "canvas", title: Labels.canvas, bodyClass: "page-canvas")
        var html = HTMLBuffer(capacity: 8192)
        CanvasGrid(community: community, model: c.model, language: c.language, page: c.path, headingLevel: 2).write(into: &html)
        page.htmlBlocks["canvas"] = html.bytes
        page.blocks["actions"] = PrintButton.html(c)
        return PageAssembler(context: c).render(page)
    }
}

/// `/communities/<id>/handout/`: the group's canvas with space to write,
/// the guiding questions of each step and the indicators, for a workshop
/// (A4 portrait in print, no box cut across pages).
struct HandoutPage {
    let context: PageContext
    let community: CommunityView
    /// The guiding questions with writing space: the same on every handout
    /// of a language, so rendered once (`GuidingQuestionList.forHandouts`).
    let questions: [UInt8]

    func render() -> [UInt8] {
        let c = context
        var page = ShellPage.underCommunity(community, c, shell: "handout", title: Labels.handout, bodyClass: "page-handout")
        var intro = HTMLBuffer()
        intro.raw("<p class=\"handout-meta\">")
        var parts: [String] = []
        if let stage = community.community.planStage {
            parts.append("\(c.t(Labels.stage)) \(stage.rawValue): \(c.language.isThai ? stage.thaiLabel : stage.englishLabel)")
        }
        if let members = community.community.members?.value {
            parts.append("\(c.t(Labels.members)) \(Format.number(Double(members))) \(c.t(Labels.membersUnit))")
        }
        intro.text(parts.joined(separator: " · "))
        intro.raw("</p>")
        intro.raw(markup: PrintButton.html(c))
        page.htmlBlocks["intro"] = intro.bytes
        var canvas = HTMLBuffer(capacity: 8192)
        canvas.raw("<section aria-labelledby=\"_canvas\"><h2 id=\"_canvas\">")
        canvas.text(c.t(Labels.canvas))
        canvas.raw("</h2>")
        CanvasGrid(community: community, model: c.model, language: c.language, page: c.path, headingLevel: 3, anchors: false).write(into: &canvas)
        canvas.raw("</section>")
        page.htmlBlocks["canvas"] = canvas.bytes
        page.htmlBlocks["questions"] = questions
        if !community.indicators.isEmpty {
            var html = HTMLBuffer()
            html.raw("<section class=\"handout-indicators\" aria-labelledby=\"_indicators\"><h2 id=\"_indicators\">")
            html.text(c.t(Labels.indicators))
            html.raw("</h2>")
            IndicatorTable(community: community, context: c, anchors: false).write(into: &html)
            html.raw("</section>")
            page.htmlBlocks["indicators"] = html.bytes
        }
        return PageAssembler(context: c).render(page)
    }
}

/// The questions of each step, for handouts and the blank worksheet.
/// CSS classes: `guide`, `guide-step`, `guide-questions`, `writing-space`.
struct GuidingQuestionList {
    let language: PageLanguage
    var withWritingSpace: Bool

    /// The handouts' list in each of the site's languages, by code.
    static func forHandouts(_ languages: [PageLanguage]) -> [String: [UInt8]] {
        Dictionary(languages.map { ($0.code, GuidingQuestionList(language: $0, withWritingSpace: true).bytes()) }, uniquingKeysWith: { first, _ in first })
    }

    func bytes() -> [UInt8] {
        var html = HTMLBuffer(capacity: 8192)
        html.raw("<section class=\"guide\" aria-labelledby=\"_questions\"><h2 id=\"_questions\">")
        html.text(language.pick(Labels.questions))
        html.raw("</h2>")
        for guide in StepGuide.all {
            html.raw("<div class=\"guide-step\">")
            StepTitle(step: guide.step, language: language).write(level: 3, into: &html)
            html.raw("<p class=\"guide-summary\">")
            html.text(language.pick(guide.summary))
            html.raw("</p><ol class=\"guide-questions\">")
            for q in guide.questions {
                html.raw("<li>")
                html.text(language.pick(q))
                html.raw("</li>")
            }
            html.raw("</ol>")
            if withWritingSpace { html.raw("<div class=\"writing-space\" aria-hidden=\"true\"></div>") }
            html.raw("</div>")
        }
        html.raw("</section>")
        return html.bytes
    }
}

/// A print button; needs no script file (one inline handler), hidden in print.
enum PrintButton {
    static func html(_ c: PageContext) -> String {
        "<p class=\"print-action\"><button type=\"button\" onclick=\"window.print()\">\(HTMLBuffer.escape(c.t(Labels.print)))</button></p>"
    }
}

extension ShellPage {
    /// A page of one community's own (its canvas, its handout): titled
    /// "<what>: <community>", under Communities › <community>.
    static func underCommunity(_ community: CommunityView, _ c: PageContext, shell: String, title: Labels.Pair, bodyClass: String) -> ShellPage {
        let name = c.text(community.community.name)
        return ShellPage(
            shell: shell, title: "\(c.t(title)): \(name)",
            crumbs: [(c.t(Labels.communities), Routes.communities), (name, Routes.community(community.id))],
            section: .communities, bodyClass: bodyClass)
    }
}
