import Foundation
import Testing
import ThanrakCheck
import ThanrakModel
@testable import ThanrakSite
import ThanrakTestSupport

/// English pages say "1 community", not "1 communities": the example site
/// has SDG goals that one community reports on, and tambons of one
/// community. (Thai nouns have no plural; the Thai pages are unaffected.)
@Suite struct EnglishCountTests {
    /// "1 communities", "1 indicators", "1 community report " as whole numbers (not "11 …").
    static func hasPluralAfterOne(_ page: String) -> Bool {
        page.range(of: #"(?<![0-9,])1 (communities|indicators|members|community report )"#, options: .regularExpression) != nil
    }

    static func context(_ language: String) throws -> PageContext {
        let result = Checker(jobs: 1).check(contentRoot: Repository.exampleContent)
        let model = SiteModel(content: result.content)
        let shells = try #require(ShellLibrary.load(siteTemplates: nil).library)
        let pageLanguage = try #require(PageLanguage.all(for: model.site).first { $0.code == language })
        return PageContext(model: model, graph: SiteGraph(model: model), shells: shells, language: pageLanguage, base: Routes.sdg)
    }

    @Test func sdgTilesCountOneCommunityInTheSingular() throws {
        let page = String(decoding: SDGPages(context: try Self.context("en")).index(), as: UTF8.self)
        #expect(page.contains("1 community · "), "no goal with one community found")
        #expect(!Self.hasPluralAfterOne(page))
    }

    @Test func goalSummaryAgreesWithItsCount() throws {
        let c = try Self.context("en")
        let pages = SDGPages(context: c)
        var singular = 0
        for goal in SDGFramework.shared.goals {
            let page = String(decoding: pages.goal(goal), as: UTF8.self)
            #expect(!Self.hasPluralAfterOne(page), "goal \(goal.number)")
            if page.contains("1 community reports ") { singular += 1 }
        }
        #expect(singular > 0, "the example site has goals one community reports on")
    }
}
