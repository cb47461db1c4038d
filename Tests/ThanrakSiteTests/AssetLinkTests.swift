import Foundation
import Testing
import ThanrakTestSupport
@testable import ThanrakSite

/// Plain relative links to a folder's assets (`![](photo.jpg)`) reach the
/// one copy of the asset from every page the text is shown on.
@Suite struct AssetLinkTests {
    let folder = AssetFolder(owner: .community("ban-a"), names: ["photo.jpg", "ภาพ.png"])

    @Test(arguments: [
        ("photo.jpg", "communities/ban-a/photo.jpg", nil),
        ("./photo.jpg", "communities/ban-a/photo.jpg", nil),
        ("photo.jpg#top", "communities/ban-a/photo.jpg", "top"),
        ("photo.jpg?v=2", "communities/ban-a/photo.jpg", nil),
        ("ภาพ.png", "communities/ban-a/ภาพ.png", nil),
        ("%E0%B8%A0%E0%B8%B2%E0%B8%9E.png", "communities/ban-a/ภาพ.png", nil),
    ] as [(String, String, String?)])
    func namesAnAsset(url: String, path: String, fragment: String?) throws {
        let asset = try #require(folder.asset(linkedAs: url))
        #expect(asset.path.filePath == path)
        #expect(asset.fragment == fragment)
    }

    @Test(arguments: ["other.jpg", "https://example.org/photo.jpg", "/photo.jpg", "../photo.jpg", "sub/photo.jpg",
                      "@ban-a/photo.jpg", "#photo.jpg", "", "%ZZ.jpg", "mailto:photo.jpg"])
    func leavesOtherLinksAlone(url: String) {
        #expect(folder.asset(linkedAs: url) == nil)
    }

    @Test func everyPageShowingTheTextLinksTheOneCopy() throws {
        let tree = SiteFixture.tree()
            .with("\(TestTree.community)/photo.jpg", "jpeg")
            .with("\(TestTree.community)/index.md", "ภาพ ![ทอผ้า](photo.jpg) และ [ภาพใหญ่](./photo.jpg#x) กับ ![ไม่มี](missing.jpg)\n")
            .with("\(TestTree.community)/index.en.md", "Weaving ![weaving](photo.jpg)\n")
            .with("\(TestTree.community)/market-day.md", "---\ntitle: วันตลาด\n---\n![ตลาด](photo.jpg)\n")
            .with("knowledge/guide/index.md", "---\ntitle: คู่มือ\n---\n![แผนภาพ](diagram.png)\n")
            .with("knowledge/guide/steps.md", "---\ntitle: ขั้นตอน\n---\n![แผนภาพ](diagram.png)\n")
            .with("knowledge/guide/diagram.png", "png")
        let build = try TestBuild(tree)
        defer { build.remove() }
        let outcome = build.build()
        _ = try #require(outcome.report, "\(outcome.diagnostics) \(outcome.problem ?? "")")
        // Links go up to the site root and down again, like every link of the site.
        let photo = "communities/ban-a/photo.jpg", diagram = "knowledge/guide/diagram.png"
        let expected: [(page: String, srcs: [String])] = [
            ("communities/ban-a/index.html", ["../../" + photo]),
            ("en/communities/ban-a/index.html", ["../../../" + photo]),
            ("communities/ban-a/market-day/index.html", ["../../../" + photo]),
            ("en/communities/ban-a/market-day/index.html", ["../../../../" + photo]),
            ("knowledge/guide/index.html", ["../../" + diagram]),
            ("knowledge/guide/steps/index.html", ["../../../" + diagram]),
            ("knowledge/guide/print/index.html", ["../../../" + diagram, "../../../" + diagram]),
            ("en/knowledge/guide/print/index.html", ["../../../../" + diagram, "../../../../" + diagram]),
        ]
        for (page, srcs) in expected {
            let html = try build.read(page)
            let name = srcs[0].split(separator: "/").last.map(String.init) ?? ""
            let shown = html.components(separatedBy: "src=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.filter { $0.hasSuffix(name) }
            #expect(shown == srcs, "\(page)")
            for src in shown {
                let resolved = URL(fileURLWithPath: build.output + "/" + page).deletingLastPathComponent().appendingPathComponent(src).standardized.path
                #expect(FileManager.default.fileExists(atPath: resolved), "\(page): \(src) resolves to \(resolved)")
            }
        }
        let story = try build.read("communities/ban-a/index.html")
        #expect(story.contains("href=\"../../communities/ban-a/photo.jpg#x\""))
        #expect(story.contains("src=\"missing.jpg\""), "a link that names no asset is left as written")
    }
}
