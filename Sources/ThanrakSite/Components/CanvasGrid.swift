import ThanrakModel

/// The nine steps as the well-known canvas grid (partners, activities and
/// resources, value, relationships and channels, customers; costs and
/// revenue below). Each item has an anchor (`id` = item id) and shows the
/// items it serves as links, so a reader can follow "activity → what it
/// serves". CSS classes: `canvas`, `canvas-step`, `canvas-step-<key>`,
/// `step-number`, `canvas-items`, `canvas-item`, `item-text`, `item-money`,
/// `item-partner`, `item-refs`, `canvas-empty`.
struct CanvasGrid {
    let community: CommunityView
    let model: SiteModel
    let language: PageLanguage
    let page: SitePath
    /// The heading level of each step's title (3 inside a page section).
    var headingLevel = 3
    /// Items get `id` anchors (only where the canvas is the page's one copy).
    var anchors = true
    /// Blank lines for writing by hand (the workshop handout).
    var writingSpace = false

    func write(into html: inout HTMLBuffer) {
        html.raw("<div class=\"canvas\">")
        for (n, step) in Step.allCases.enumerated() {
            writeStep(step, refTexts: community.refTexts[n], into: &html)
        }
        html.raw("</div>")
    }

    /// `refTexts`: the step's items' reference texts (CommunityView.refTexts).
    private func writeStep(_ step: Step, refTexts: [[LocalizedText?]], into html: inout HTMLBuffer) {
        html.raw("<section class=\"canvas-step canvas-step-")
        html.raw(markup: step.key)
        html.raw("\">")
        StepTitle(step: step, language: language).write(level: headingLevel, into: &html)
        let items = community.canvas[step]
        if items.isEmpty {
            html.raw("<p class=\"canvas-empty\">–</p>")
        } else {
            html.raw("<ul class=\"canvas-items\">")
            // Each item is copied out of the array even by index (the
            // optimiser does not lend it in place); SharedFields makes that
            // copy one retain.
            for i in items.indices { writeItem(items[i], refTexts: refTexts[i], into: &html) }
            html.raw("</ul>")
        }
        if writingSpace { html.raw("<div class=\"writing-space\" aria-hidden=\"true\"></div>") }
        html.raw("</section>")
    }

    // Fixed markup is written as literals, not through `open`/`element`:
    // their attribute lists cost an array per call, and a site has a
    // million canvas items (a tenth of a build went to this function).
    private func writeItem(_ item: CanvasItem, refTexts: [LocalizedText?], into html: inout HTMLBuffer) {
        if anchors {
            html.raw("<li class=\"canvas-item\" id=\"")
            html.text(item.id.value)
            html.raw("\">")
        } else {
            html.raw("<li class=\"canvas-item\">")
        }
        html.raw("<span class=\"item-text\">")
        html.text(language.text(item.text))
        html.raw("</span>")
        if let money = item.money?.value {
            html.raw(" <span class=\"item-money\">")
            MoneyText.write(money, language: language, into: &html)
            html.raw("</span>")
        }
        if let partner = item.partner?.value {
            html.raw(" <span class=\"item-partner\">")
            html.openLink(from: page, to: Routes.partner(partner), under: language.folder)
            html.text(model.partnerIndex[partner].flatMap { model.content.partners[$0].model }.map { language.text($0.name) } ?? partner)
            html.raw("</a></span>")
        }
        if !item.refs.isEmpty {
            html.raw(" <span class=\"item-refs\"><span class=\"refs-label\">")
            html.text(language.pick(Labels.serves))
            html.raw(":</span> ")
            for (n, ref) in item.refs.enumerated() {
                if n > 0 { html.raw(", ") }
                let label = refTexts[n].map { language.text($0) } ?? ref.value
                if anchors {
                    html.raw("<a href=\"#")
                    html.text(ref.value)
                    html.raw("\">")
                    html.text(label)
                    html.raw("</a>")
                } else {
                    html.text(label)
                }
            }
            html.raw("</span>")
        }
        html.raw("</li>")
    }
}

/// "ขั้นที่ 3 การสื่อสารการตลาด": number and label; on non-Thai pages the
/// Thai label follows the English one, since it is the term groups use.
struct StepTitle {
    let step: Step
    let language: PageLanguage

    /// Written as `<h2>`…`<h6>` for `level`.
    func write(level: Int, into html: inout HTMLBuffer) {
        html.raw("<h")
        html.int(level)
        html.raw(" class=\"step-title\"><span class=\"step-number\">")
        html.int(step.rawValue)
        html.raw("</span> ")
        if language.isThai {
            html.text(step.thaiLabel)
        } else {
            html.text(step.englishLabel)
            html.raw(" <span class=\"thai-term\" lang=\"th\">")
            html.text(step.thaiLabel)
            html.raw("</span>")
        }
        html.raw("</h")
        html.int(level)
        html.raw(">")
    }
}

/// Money as a reader says it: "240,000 บาท/ปี", "5,000 บาท/เดือน",
/// written straight into the page (a canvas has dozens).
enum MoneyText {
    static func write(_ money: Money, language: PageLanguage, into html: inout HTMLBuffer) {
        html.number(money.amount.value)
        let th = language.isThai
        switch money.period {
        case .year: html.raw(th ? " บาท/ปี" : " baht/year")
        case .month: html.raw(th ? " บาท/เดือน" : " baht/month")
        case .once: html.raw(th ? " บาท (ครั้งเดียว)" : " baht (one-off)")
        }
    }
}
