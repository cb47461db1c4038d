import Foundation
import Testing
import ThanrakTestSupport

/// Rendered pages compared byte for byte with reviewed files in Golden/.
/// After an intended change: `THANRAK_UPDATE_GOLDEN=1 swift test --filter
/// GoldenPageTests` rewrites them; review the diff before committing.
@Suite struct GoldenPageTests {
    static let pages = [
        ("communities/ban-a/index.html", "community.html"),
        ("communities/ban-a/canvas/index.html", "canvas.html"),
        ("communities/ban-a/handout/index.html", "handout.html"),
        ("en/communities/ban-a/index.html", "community.en.html"),
        ("sdg/8/index.html", "sdg-goal-8.html"),
        ("search/index.html", "search.html"),
    ]

    @Test(arguments: pages)
    func pageMatchesGolden(page: String, golden: String) throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        let outcome = build.build()
        #expect(outcome.report != nil, "\(outcome.diagnostics) \(outcome.problem ?? "")")
        let actual = try build.read(page)
        let file = SiteFixture.golden.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["THANRAK_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "\(page) differs from Golden/\(golden); refresh with THANRAK_UPDATE_GOLDEN=1 if intended")
    }
}
