import ThanrakModel

/// Puts a page's sections into its shell with the values every shell may
/// use (documented in docs/templates.md). Values are pre-escaped HTML.
struct PageAssembler {
    let context: PageContext

    func render(_ page: ShellPage) -> [UInt8] {
        context.shells.render(page.shell, values(page))
    }

    func values(_ page: ShellPage) -> ShellValues {
        let c = context
        let chrome = c.chrome
        // The values every page of this language and depth shares, then
        // this page's own.
        var values = chrome.values
        values.reserveCapacity(values.entries.count + page.blocks.count + page.htmlBlocks.count + 8)
        for (key, text) in page.blocks { values[key] = .text(text) }
        for (key, bytes) in page.htmlBlocks { values[key] = .html(bytes) }
        values["title"] = .text(HTMLBuffer.escape(page.title))
        values["description"] = page.description.map { .text(HTMLBuffer.escape($0)) }
        values["script"] = page.script ? chrome.script : nil
        values["bodyClass"] = .text(page.bodyClass)
        if page.section != nil { values["nav"] = chrome.navigation(current: page.section) }
        // The header's search box, left off the search page (it has its own form).
        values["searchHref"] = page.shell == "search" ? nil : chrome.searchHref
        values["languages"] = .list(chrome.languageItems.map { other, shared in
            var item = shared
            item["href"] = .text(c.path.link(to: c.base.localized(other)))
            return item
        })
        values["hasCrumbs"] = .flag(!page.crumbs.isEmpty)
        values["crumbs"] = .list(page.crumbs.map { ["href": .text(c.href($0.path)), "label": .text(HTMLBuffer.escape($0.label))] })
        return values
    }

    /// A language's own name, for the switch.
    static func languageName(_ code: String) -> String {
        switch code {
        case "th": "ไทย"
        case "en": "English"
        case "lo": "ລາວ"
        case "my": "မြန်မာ"
        case "km": "ខ្មែរ"
        case "zh": "中文"
        case "ms": "Bahasa Melayu"
        default: code
        }
    }
}
