import Testing
import ThanrakCheck
import ThanrakModel
@testable import ThanrakSite
import ThanrakTestSupport

/// The shell values shared by all pages of a language and depth are worked
/// out once per depth from a stand-in path: they must equal what each page
/// of the example site would work out from its own path.
@Suite struct PageChromeTests {
    @Test func sharedChromeEqualsEachPagesOwn() throws {
        let result = Checker(jobs: 1).check(contentRoot: Repository.exampleContent)
        let shells = try #require(ShellLibrary.load(siteTemplates: nil).library)
        let builder = SiteBuilder(content: result.content, shells: shells, jobs: 1)
        let site = builder.model.site
        let chromes = PageChromes(site: site)
        var depths = Set<Int>()
        for (_, base) in builder.pageKinds() {
            for language in PageLanguage.all(for: site) {
                let path = base.localized(language)
                let shared = chromes.chrome(language, page: path)
                let own = PageChrome(site: site, language: language, page: path)
                #expect(Self.flat(shared.values) == Self.flat(own.values), "\(path.filePath)")
                #expect(Self.flat(shared.searchHref) == Self.flat(own.searchHref))
                #expect(Self.flat(shared.script) == Self.flat(own.script))
                #expect(shared.languageItems.map { $0.language.code + Self.flat($0.item) } == own.languageItems.map { $0.language.code + Self.flat($0.item) })
                depths.insert(path.depth)
            }
        }
        #expect(depths.count >= 4)
        #expect(depths.allSatisfy { $0 <= PageChromes.depths })
    }

    @Test func linksClimbToTheRootAndNavigationMarksOneSection() throws {
        let result = Checker(jobs: 1).check(contentRoot: Repository.exampleContent)
        let site = SiteModel(content: result.content).site
        let english = try #require(PageLanguage.all(for: site).first { $0.code == "en" })
        let chrome = PageChromes(site: site).chrome(english, page: Routes.community("ban-chiang").localized(english))
        guard case .text(let home) = chrome.values["homeHref"] else { Issue.record("no homeHref"); return }
        #expect(home == "../../../en/index.html")
        guard case .text(let stylesheet) = chrome.values["stylesheet"] else { Issue.record("no stylesheet"); return }
        #expect(stylesheet.hasPrefix("../../../") && !stylesheet.contains("/en/"))
        for section in ShellPage.Section.allCases {
            guard case .list(let items) = chrome.navigation(current: section) else { Issue.record("no nav"); continue }
            let current = items.filter { if case .flag(true) = $0["current"] { true } else { false } }
            #expect(current.count == (section == .home ? 0 : 1), "\(section)")
        }
        guard case .list(let none) = chrome.navigation(current: nil) else { Issue.record("no nav"); return }
        #expect(none.allSatisfy { if case .flag(false) = $0["current"] { true } else { false } })
    }

    @Test func deeperPagesThanTheTableGetTheirOwn() throws {
        let result = Checker(jobs: 1).check(contentRoot: Repository.exampleContent)
        let site = SiteModel(content: result.content).site
        let thai = try #require(PageLanguage.all(for: site).first)
        let deep = SitePath(Array(repeating: "d", count: PageChromes.depths + 3))
        let chrome = PageChromes(site: site).chrome(thai, page: deep)
        guard case .text(let home) = chrome.values["homeHref"] else { Issue.record("no homeHref"); return }
        #expect(home == String(repeating: "../", count: PageChromes.depths + 3) + "index.html")
    }

    static func flat(_ values: ShellValues) -> String {
        values.entries.map { "\($0.key)=\(flat($0.value))" }.joined(separator: ";")
    }

    static func flat(_ value: ShellValue?) -> String {
        switch value {
        case .text(let s): "t:" + s
        case .html(let b): "h:" + String(decoding: b, as: UTF8.self)
        case .flag(let f): "f:\(f)"
        case .list(let l): "[" + l.map { flat($0) }.joined(separator: "|") + "]"
        case nil: "nil"
        }
    }
}

@Suite struct ShellBlocksTests {
    @Test func setReplaceRemoveKeepingTheOrderOfSetting() {
        var blocks = ShellBlocks<String>()
        blocks["story"] = "a"
        blocks["canvas"] = "b"
        blocks["missing"] = nil
        blocks["story"] = "c"
        #expect(blocks.map(\.key) == ["story", "canvas"])
        #expect(blocks["story"] == "c" && blocks.count == 2)
        blocks["story"] = nil
        #expect(blocks.map(\.key) == ["canvas"])
        #expect(blocks["story"] == nil)
    }
}
