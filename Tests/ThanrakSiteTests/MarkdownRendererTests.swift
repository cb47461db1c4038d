import Testing
import ThanrakCheck
import ThanrakModel
@testable import ThanrakSite
import ThanrakTestSupport

/// Markdown is written straight into a page's bytes (`write`) or made into
/// a String (`html`): both must give the same, safe, rewritten HTML.
@Suite struct MarkdownRendererTests {
    @Test func writeGivesTheBytesHtmlGives() throws {
        let result = Checker(jobs: 1).check(contentRoot: Repository.exampleContent)
        let model = SiteModel(content: result.content)
        let renderer = MarkdownRenderer(model: model)
        let community = try #require(model.communities.first)
        let page = Routes.community(community.id)
        let source = """
            # หัวข้อ

            ดู [ชุมชน](@\(community.id)) และ [สคริปต์](javascript:alert(1)) <b>ตัวหนา</b>

            - ผ้าไหม & ผ้าฝ้าย
            """
        for language in PageLanguage.all(for: model.site) {
            let here = page.localized(language)
            let made = renderer.html(source, on: here, language: language)
            var html = HTMLBuffer()
            html.raw("<div>")
            renderer.write(source, on: here, language: language, into: &html)
            #expect(String(decoding: html.bytes, as: UTF8.self) == "<div>" + made)
            #expect(made.contains("<h2>หัวข้อ</h2>"), "headings move one level down")
            #expect(made.contains("href=\"\(here.link(to: Routes.community(community.id).localized(language)))\""))
            #expect(!made.contains("javascript:"))
            #expect(!made.contains("<b>"), "raw HTML is left out")
            #expect(made.contains("ผ้าไหม &amp; ผ้าฝ้าย"))
        }
        var empty = HTMLBuffer()
        renderer.write("", on: page, language: PageLanguage.all(for: model.site)[0], into: &empty)
        #expect(empty.bytes.isEmpty)
    }
}
