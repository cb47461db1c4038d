import ThanrakModel

/// `/handouts/` and `/handouts/canvas-worksheet/`: a blank nine-step
/// worksheet with the guiding questions, for workshops.
struct HandoutPages {
    let context: PageContext

    func index() -> [UInt8] {
        let c = context
        var page = ShellPage(shell: "list", title: c.t(Labels.handouts), section: .handouts, bodyClass: "page-handouts")
        var html = HTMLBuffer()
        html.raw("<ul class=\"card-list\"><li class=\"card\"><h2>")
        c.openLink(to: Routes.worksheet, into: &html)
        html.text(c.t(Labels.worksheet))
        html.raw("</a></h2><p>")
        html.text(c.t(Labels.worksheetIntro))
        html.raw("</p></li></ul><h2>")
        html.text(c.language.isThai ? "เอกสารของแต่ละชุมชน" : "Each community's handout")
        html.raw("</h2><ul class=\"link-list\">")
        for v in c.model.communities {
            html.raw("<li>")
            c.openLink(to: Routes.handout(v.id), into: &html)
            html.text(c.text(v.community.name))
            html.raw("</a></li>")
        }
        html.raw("</ul>")
        page.htmlBlocks["list"] = html.bytes
        return PageAssembler(context: c).render(page)
    }

    func worksheet() -> [UInt8] {
        let c = context
        var page = ShellPage(
            shell: "worksheet", title: c.t(Labels.worksheet), crumbs: [(c.t(Labels.handouts), Routes.handouts)],
            section: .handouts, bodyClass: "page-worksheet")
        page.blocks["intro"] = "<p class=\"worksheet-intro\">\(HTMLBuffer.escape(c.t(Labels.worksheetIntro)))</p>" + PrintButton.html(c)
        var html = HTMLBuffer(capacity: 8192)
        html.raw("<div class=\"canvas canvas-blank\">")
        for step in Step.allCases {
            html.raw(markup: "<section class=\"canvas-step canvas-step-\(step.key)\">")
            StepTitle(step: step, language: c.language).write(level: 2, into: &html)
            if let guide = StepGuide.all.first(where: { $0.step == step }), let first = guide.questions.first {
                html.raw("<p class=\"worksheet-prompt\">")
                html.text(c.language.pick(first))
                html.raw("</p>")
            }
            html.raw("<div class=\"writing-space\" aria-hidden=\"true\"></div></section>")
        }
        html.raw("</div>")
        page.htmlBlocks["worksheet"] = html.bytes
        page.htmlBlocks["questions"] = GuidingQuestionList(language: c.language, withWritingSpace: false).bytes()
        return PageAssembler(context: c).render(page)
    }
}
