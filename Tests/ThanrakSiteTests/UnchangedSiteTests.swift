import Foundation
import Testing
import ThanrakSite
import ThanrakTestSupport

/// A build whose inputs did not change leaves the output as it is, unless
/// a file of it was changed or removed by hand.
@Suite struct UnchangedSiteTests {
    @Test func anUnchangedBuildLeavesTheOutputUntouched() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        let first = try #require(build.build().report)
        #expect(!first.untouched)
        let before = try TestBuild.snapshot(build.output)
        let second = try #require(build.build().report)
        #expect(second.untouched)
        #expect(second.written == 0 && second.linked == 0 && second.reused == first.files)
        #expect(second.pages == first.pages)
        #expect(try TestBuild.snapshot(build.output) == before, "the marker and every file stay as they were")
        #expect(!FileManager.default.fileExists(atPath: build.root + "/.public.staging"), "no staging folder is left behind")
    }

    /// Put right by swapping in a new tree, and in place.
    @Test(arguments: [false, true]) func aFileEditedByHandIsRebuilt(inPlace: Bool) throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        _ = try #require(build.build().report)
        let page = build.output + "/communities/ban-a/index.html"
        let original = try Data(contentsOf: URL(fileURLWithPath: page))
        // Same size, new bytes: only the modification time tells. (A person
        // edits after the build; the pause keeps the edit out of the clock
        // tick in which the build wrote its marker.)
        Thread.sleep(forTimeInterval: 0.05)
        var edited = original
        edited[edited.count - 2] = UInt8(ascii: "x")
        try edited.write(to: URL(fileURLWithPath: page))
        let report = try #require(build.build(inPlaceShare: inPlace ? 0 : 2).report)
        #expect(!report.untouched)
        #expect(report.inPlace == inPlace && report.written == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: page)) == original)
        #expect(build.build().report?.untouched == true)
    }

    @Test func aRemovedFileIsRebuilt() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        _ = try #require(build.build().report)
        let page = build.output + "/sdg/index.html"
        try FileManager.default.removeItem(atPath: page)
        let report = try #require(build.build().report)
        #expect(!report.untouched)
        #expect(FileManager.default.fileExists(atPath: page))
    }

    @Test func anotherBaseURLIsAChange() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        _ = try #require(build.build().report)
        let report = try #require(build.build(baseURL: "https://example.org/other/").report)
        #expect(!report.untouched)
        #expect(try build.read("sitemap.xml").contains("https://example.org/other/"))
        #expect(try #require(build.build(baseURL: "https://example.org/other/").report).untouched)
    }

    @Test func otherSitemapLimitsAreAChange() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        _ = try #require(build.build().report)
        let report = try #require(build.build(sitemapLimits: SitemapLimits(urls: 10, bytes: 1 << 20)).report)
        #expect(!report.untouched)
        #expect(FileManager.default.fileExists(atPath: build.output + "/sitemap-1.xml"))
    }

    @Test func aChangedKnowledgePageIsAChange() throws {
        let tree = SiteFixture.tree().with("knowledge/canvas-guide/index.md", "---\ntitle: คู่มือ\n---\nเนื้อหา\n")
        let build = try TestBuild(tree)
        defer { build.remove() }
        _ = try #require(build.build().report)
        try TestTree.writeFile(build.content + "/knowledge/canvas-guide/index.md", Array("---\ntitle: คู่มือ\n---\nเนื้อหาใหม่\n".utf8))
        let report = try #require(build.build().report)
        #expect(!report.untouched)
        #expect(try build.read("knowledge/canvas-guide/index.html").contains("เนื้อหาใหม่"))
    }

    @Test func aChangedPlanIsAChange() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        _ = try #require(build.build().report)
        let file = build.content + "/" + TestTree.community + "/community.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("members: 1250"))
        try TestTree.writeFile(file, Array(text.replacingOccurrences(of: "members: 1250", with: "members: 1251").utf8))
        let report = try #require(build.build().report)
        #expect(!report.untouched)
        #expect(report.written > 0)
    }
}
