import ThanrakModel

/// Puts a page's sections into its shell with the values every shell may
/// use (documented in docs/templates.md). Values are pre-escaped HTML.
struct PageAssembler {
    let context: PageContext

    func render(_ page: ShellPage) -> [UInt8] {
        let c = context
        var values: [String: Any] = page.blocks
        values["lang"] = c.language.code
        values["title"] = HTMLBuffer.escape(page.title)
        values["siteTitle"] = HTMLBuffer.escape(c.text(c.site.title))
        values["description"] = page.description.map(HTMLBuffer.escape)
        values["stylesheet"] = c.path.link(to: Routes.stylesheet)
        values["script"] = page.script ? c.path.link(to: Routes.script) : nil
        values["bodyClass"] = page.bodyClass
        values["skipLabel"] = HTMLBuffer.escape(c.t(Labels.skipToContent))
        values["homeHref"] = c.href(Routes.home)
        values["navLabel"] = HTMLBuffer.escape(c.t(Labels.mainNavigation))
        values["nav"] = navigation(current: page.section)
        values["languagesLabel"] = HTMLBuffer.escape(c.t(Labels.languages))
        let languages = PageLanguage.all(for: c.site)
        values["hasLanguages"] = languages.count > 1
        values["languages"] = languages.map { l -> [String: Any] in
            ["href": c.path.link(to: c.base.localized(l)), "code": l.code, "label": HTMLBuffer.escape(Self.languageName(l.code)), "current": l.code == c.language.code]
        }
        values["crumbsLabel"] = HTMLBuffer.escape(c.t(Labels.breadcrumb))
        values["hasCrumbs"] = !page.crumbs.isEmpty
        values["crumbs"] = page.crumbs.map { ["href": c.href($0.path), "label": HTMLBuffer.escape($0.label)] }
        values["dataHref"] = c.path.link(to: Routes.communitiesJSON)
        values["dataLabel"] = HTMLBuffer.escape(c.t(Labels.data))
        values["builtWith"] = HTMLBuffer.escape(c.t(Labels.builtWith))
        return Array(c.shells.render(page.shell, values).utf8)
    }

    private func navigation(current: ShellPage.Section?) -> [[String: Any]] {
        let c = context
        let items: [(ShellPage.Section, Labels.Pair, SitePath)] = [
            (.communities, Labels.communities, Routes.communities),
            (.areas, Labels.areas, AreaPaths.root),
            (.networks, Labels.networks, Routes.networks),
            (.partners, Labels.partners, Routes.partners),
            (.knowledge, Labels.knowledge, Routes.knowledge),
            (.handouts, Labels.handouts, Routes.handouts),
            (.sdg, Labels.sdgShort, Routes.sdg),
        ]
        return items.map { section, label, path in
            ["href": c.href(path), "label": HTMLBuffer.escape(c.t(label)), "current": section == current]
        }
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
