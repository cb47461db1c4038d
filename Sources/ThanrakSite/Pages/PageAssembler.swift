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
        var values = ShellValues()
        values.reserveCapacity(page.blocks.count + page.htmlBlocks.count + 32)
        for (key, text) in page.blocks { values[key] = .text(text) }
        for (key, bytes) in page.htmlBlocks { values[key] = .html(bytes) }
        values["lang"] = .text(c.language.code)
        values["title"] = .text(HTMLBuffer.escape(page.title))
        values["siteTitle"] = .text(HTMLBuffer.escape(c.text(c.site.title)))
        values["description"] = page.description.map { .text(HTMLBuffer.escape($0)) }
        values["stylesheet"] = .text(c.path.link(to: Routes.stylesheet))
        values["script"] = page.script ? .text(c.path.link(to: Routes.script)) : nil
        values["bodyClass"] = .text(page.bodyClass)
        values["skipLabel"] = .text(HTMLBuffer.escape(c.t(Labels.skipToContent)))
        values["homeHref"] = .text(c.href(Routes.home))
        values["navLabel"] = .text(HTMLBuffer.escape(c.t(Labels.mainNavigation)))
        values["nav"] = .list(navigation(current: page.section))
        // The header's search box, left off the search page (it has its own form).
        values["searchHref"] = page.shell == "search" ? nil : .text(c.href(Routes.search))
        values["searchLabel"] = .text(HTMLBuffer.escape(c.t(Labels.search)))
        values["languagesLabel"] = .text(HTMLBuffer.escape(c.t(Labels.languages)))
        let languages = PageLanguage.all(for: c.site)
        values["hasLanguages"] = .flag(languages.count > 1)
        values["languages"] = .list(languages.map { l -> ShellValues in
            ["href": .text(c.path.link(to: c.base.localized(l))), "code": .text(l.code), "label": .text(HTMLBuffer.escape(Self.languageName(l.code))), "current": .flag(l.code == c.language.code)]
        })
        values["crumbsLabel"] = .text(HTMLBuffer.escape(c.t(Labels.breadcrumb)))
        values["hasCrumbs"] = .flag(!page.crumbs.isEmpty)
        values["crumbs"] = .list(page.crumbs.map { ["href": .text(c.href($0.path)), "label": .text(HTMLBuffer.escape($0.label))] })
        values["dataHref"] = .text(c.path.link(to: Routes.communitiesJSON))
        values["dataLabel"] = .text(HTMLBuffer.escape(c.t(Labels.data)))
        values["builtWith"] = .text(HTMLBuffer.escape(c.t(Labels.builtWith)))
        return values
    }

    private func navigation(current: ShellPage.Section?) -> [ShellValues] {
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
            ["href": .text(c.href(path)), "label": .text(HTMLBuffer.escape(c.t(label))), "current": .flag(section == current)]
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
