import ThanrakModel

/// The shell values that are the same on every page of one language at one
/// folder depth: the labels, the site title, and the links to the
/// stylesheet, the script, home, search, the data and the main navigation.
/// Links are relative (`../../index.html`), and `SitePath.appendLink`
/// reads nothing of the page but its depth, so one copy serves every page
/// of that depth. Before, every page escaped the same labels and built the
/// same links again (PageAssembler.values: 5 % of a build's instructions,
/// the navigation alone 2 %).
struct PageChrome: Sendable {
    /// Every shared value except the navigation's `current` flags: `nav`
    /// here has no current item.
    let values: ShellValues
    /// The navigation with each section current (`ShellPage.Section.allCases`
    /// order), for a page of that section.
    private let navigations: [ShellValue]
    let script: ShellValue
    let searchHref: ShellValue
    /// The language switch's entries without their links (a page's own
    /// copy in each language): code, name and whether it is this language.
    let languageItems: [(language: PageLanguage, item: ShellValues)]

    /// The values for `page`, a page of `language` (only its depth is read).
    init(site: Site, language l: PageLanguage, page: SitePath) {
        func link(_ target: SitePath) -> ShellValue { .text(page.link(to: target)) }
        func href(_ target: SitePath) -> ShellValue { .text(page.link(to: target.isFile ? target : target.localized(l))) }
        func label(_ pair: Labels.Pair) -> ShellValue { .text(HTMLBuffer.escape(l.pick(pair))) }
        func navigation(current: ShellPage.Section?) -> ShellValue {
            .list(Self.navigationItems.map { section, label, path in
                ["href": href(path), "label": .text(HTMLBuffer.escape(l.pick(label))), "current": .flag(section == current)]
            })
        }
        var values = ShellValues()
        values["lang"] = .text(l.code)
        values["siteTitle"] = .text(HTMLBuffer.escape(l.text(site.title)))
        values["stylesheet"] = link(Routes.stylesheet)
        values["skipLabel"] = label(Labels.skipToContent)
        values["homeHref"] = href(Routes.home)
        values["navLabel"] = label(Labels.mainNavigation)
        values["nav"] = navigation(current: nil)
        values["searchLabel"] = label(Labels.search)
        values["languagesLabel"] = label(Labels.languages)
        values["hasLanguages"] = .flag(site.languages.count > 1)
        values["crumbsLabel"] = label(Labels.breadcrumb)
        values["dataHref"] = link(Routes.communitiesJSON)
        values["dataLabel"] = label(Labels.data)
        values["builtWith"] = label(Labels.builtWith)
        self.values = values
        navigations = ShellPage.Section.allCases.map { navigation(current: $0) }
        script = link(Routes.script)
        searchHref = href(Routes.search)
        languageItems = PageLanguage.all(for: site).map { other in
            (other, ["code": .text(other.code), "label": .text(HTMLBuffer.escape(PageAssembler.languageName(other.code))), "current": .flag(other.code == l.code)])
        }
    }

    /// The navigation with `section` current (none for nil).
    func navigation(current section: ShellPage.Section?) -> ShellValue? {
        guard let section, let n = ShellPage.Section.allCases.firstIndex(of: section) else { return values["nav"] }
        return navigations[n]
    }

    /// The main navigation's entries, in the order the header shows them.
    static let navigationItems: [(ShellPage.Section, Labels.Pair, SitePath)] = [
        (.communities, Labels.communities, Routes.communities),
        (.areas, Labels.areas, AreaPaths.root),
        (.networks, Labels.networks, Routes.networks),
        (.partners, Labels.partners, Routes.partners),
        (.knowledge, Labels.knowledge, Routes.knowledge),
        (.handouts, Labels.handouts, Routes.handouts),
        (.sdg, Labels.sdgShort, Routes.sdg),
    ]
}

/// A `PageChrome` per language and folder depth, worked out before the
/// pages render (so rendering threads only read it).
struct PageChromes: Sendable {
    /// Deeper than any page of the site map (`/en/areas/<c>/<a>/<t>/` is 5).
    static let depths = 8
    private let site: Site
    /// Language code → chrome by depth.
    private let table: [String: [PageChrome]]

    init(site: Site) {
        self.site = site
        var table: [String: [PageChrome]] = [:]
        for language in PageLanguage.all(for: site) {
            table[language.code] = (0...Self.depths).map { depth in
                // Any page of that depth: the links read only the depth.
                PageChrome(site: site, language: language, page: SitePath(Array(repeating: "_", count: depth)))
            }
        }
        self.table = table
    }

    /// The chrome of `page` in `language`; worked out on the spot for a
    /// page deeper than the table or a language the site does not list.
    func chrome(_ language: PageLanguage, page: SitePath) -> PageChrome {
        if let byDepth = table[language.code], page.depth < byDepth.count { return byDepth[page.depth] }
        return PageChrome(site: site, language: language, page: page)
    }
}
