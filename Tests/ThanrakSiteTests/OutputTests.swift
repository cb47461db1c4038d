import Foundation
import Testing
import ThanrakModel
import ThanrakSite
import ThanrakTestSupport

@Suite struct OutputTests {
    @Test func serialAndParallelBuildsAreByteIdentical() throws {
        var tree = SiteFixture.tree()
        for i in 0..<20 {
            tree = tree.with("communities/c\(i)/community.yaml", "name: กลุ่ม \(i)\nlocation: {changwat: ขอนแก่น, amphoe: อำเภอ\(i % 3), tambon: ตำบล\(i % 5)}\nstage: 1\nmembers: \(i * 7)\n")
                .with("communities/c\(i)/canvas.yaml", TestTree.canvas)
        }
        let build = try TestBuild(tree)
        defer { build.remove() }
        #expect(build.build(jobs: 1).report != nil)
        let serial = try TestBuild.snapshot(build.output)
        #expect(build.build(jobs: 4, output: build.root + "/parallel").report != nil)
        let parallel = try TestBuild.snapshot(build.root + "/parallel")
        #expect(serial.count > 100)
        #expect(serial == parallel)
    }

    @Test func unchangedRebuildLinksEveryFileAndKeepsMtimes() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        let first = try #require(build.build().report)
        let page = build.output + "/communities/ban-a/index.html"
        let before = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let second = try #require(build.build().report)
        #expect(second.written == 0)
        #expect(second.linked + second.reused == first.files)
        #expect(second.reused > 0, "unchanged communities are not even rendered")
        let after = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func changingOneCommunityRewritesOnlyWhatShowsIt() throws {
        var tree = SiteFixture.tree()
        tree = tree.with("communities/ban-b/community.yaml", "name: บ้านบี\nlocation: {changwat: ขอนแก่น}\nstage: 1\n").with("communities/ban-b/canvas.yaml", TestTree.canvas)
        let build = try TestBuild(tree)
        defer { build.remove() }
        _ = try #require(build.build().report)
        let before = try TestBuild.snapshot(build.output)
        try TestTree.writeFile(build.content + "/communities/ban-b/community.yaml", Array("name: บ้านบี\nlocation: {changwat: ขอนแก่น}\nstage: 1\nmembers: 12\n".utf8))
        let report = try #require(build.build().report)
        let after = try TestBuild.snapshot(build.output)
        let changed = after.keys.filter { before[$0] != after[$0] && $0 != ".thanrak" }.sorted()  // the marker holds the new manifest
        #expect(report.written == changed.count, "\(changed)")
        #expect(changed.allSatisfy { $0.contains("ban-b") || $0.hasSuffix("communities/index.html") || $0.hasSuffix("index.html") && !$0.contains("ban-a") || $0.hasSuffix(".json") }, "\(changed)")
        #expect(!changed.contains("communities/ban-a/index.html"))
        #expect(changed.contains("communities/ban-b/index.html"))
    }

    @Test func incrementalRebuildEqualsAFreshBuild() throws {
        let community = TestTree.community
        let tree = SiteFixture.tree()
            .with("\(community)/community.yaml", SiteFixture.tree().files["\(community)/community.yaml"]! + "\ntrades:\n  - with: ban-b\n    sells: {th: เส้นไหม, en: silk yarn}\n")
            .with("communities/ban-b/community.yaml", "name: {th: บ้านบี, en: Ban B}\nlocation: {changwat: ขอนแก่น}\nstage: 1\n")
            .with("communities/ban-b/canvas.yaml", TestTree.canvas)
            .with("communities/ban-c/community.yaml", "name: บ้านซี\nlocation: {changwat: ขอนแก่น}\nstage: 1\n")
            .with("communities/ban-c/canvas.yaml", TestTree.canvas)
        let build = try TestBuild(tree)
        defer { build.remove() }
        _ = try #require(build.build().report)
        // ban-b is renamed: ban-a shows that name in its trades and map.
        try TestTree.writeFile(build.content + "/communities/ban-b/community.yaml", Array("name: {th: บ้านบีใหม่, en: New Ban B}\nlocation: {changwat: ขอนแก่น}\nstage: 1\n".utf8))
        let rebuild = try #require(build.build().report)
        #expect(rebuild.reused > 0, "ban-c's pages are reused")
        _ = try #require(build.build(output: build.root + "/fresh").report)
        let incremental = try TestBuild.snapshot(build.output), fresh = try TestBuild.snapshot(build.root + "/fresh")
        #expect(incremental.keys.sorted() == fresh.keys.sorted())
        for (path, bytes) in incremental where fresh[path] != bytes {
            Issue.record("\(path) differs from a fresh build")
        }
        #expect(String(decoding: incremental["communities/ban-a/index.html"] ?? Data(), as: UTF8.self).contains("บ้านบีใหม่"))
    }

    @Test func writingMakesMissingFoldersAndReportsABlockedPath() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        let tree = try OutputTree(output: build.output, content: build.content, jobs: 2)
        defer { tree.abandon() }
        // Two files under the same new folders: the second finds them made.
        #expect(try tree.write("a/b/c/index.html", Array("one".utf8)) == .written)
        #expect(try tree.write("a/b/d/index.html", Array("two".utf8)) == .written)
        #expect(try String(contentsOfFile: tree.staging + "/a/b/d/index.html", encoding: .utf8) == "two")
        // A file where a folder should be: an error naming the path and why.
        _ = try tree.write("x", Array("file".utf8))
        #expect {
            _ = try tree.write("x/y/index.html", Array("three".utf8))
        } throws: { error in
            "\(error)".contains("\(tree.staging)/x/y") && "\(error)".contains("Not a directory")
        }
    }

    @Test func refusesOutputThatIsOrContainsOrIsInsideContent() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        for output in [build.content, build.root, build.content + "/communities/out"] {
            #expect(throws: OutputTree.Problem.self) { try OutputTree(output: output, content: build.content) }
        }
    }

    @Test func outputWhoseParentIsMissingIsRefusedWithTheFix() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        let outcome = build.build(output: build.root + "/no-such/public")
        #expect(outcome.problem?.contains("mkdir -p '\(build.root)/no-such'") == true, "\(outcome.problem ?? "built")")
        #expect(!FileManager.default.fileExists(atPath: build.root + "/no-such"))
    }

    @Test func refusesToReplaceAFolderItDidNotBuild() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        try FileManager.default.createDirectory(atPath: build.output, withIntermediateDirectories: true)
        try TestTree.writeFile(build.output + "/precious.txt", Array("mine".utf8))
        let outcome = build.build()
        #expect(outcome.problem?.contains("not built by thanrak") == true)
        #expect(try String(contentsOfFile: build.output + "/precious.txt", encoding: .utf8) == "mine")
    }

    @Test func failedBuildLeavesThePreviousSiteWhole() throws {
        let build = try TestBuild(SiteFixture.tree().with("\(TestTree.community)/photo.jpg", "jpeg"))
        defer { build.remove() }
        _ = try #require(build.build().report)
        let before = try TestBuild.snapshot(build.output)
        // An asset that cannot be read (a dangling link, unreadable even for
        // root) makes the render fail after pages were already written.
        let asset = build.content + "/\(TestTree.community)/photo.jpg"
        try FileManager.default.removeItem(atPath: asset)
        try FileManager.default.createSymbolicLink(atPath: asset, withDestinationPath: build.root + "/nowhere.jpg")
        let outcome = build.build()
        #expect(outcome.problem?.contains("photo.jpg") == true, "\(outcome.problem ?? "no problem")")
        #expect(try TestBuild.snapshot(build.output) == before)
        #expect(!FileManager.default.fileExists(atPath: build.root + "/.public.staging"))
    }

    @Test func everyRelativeLinkResolvesToAFile() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        _ = try #require(build.build().report)
        let files = try TestBuild.snapshot(build.output)
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            let folder = URL(fileURLWithPath: build.output + "/" + path).deletingLastPathComponent()
            let root = URL(fileURLWithPath: build.output).standardizedFileURL.path + "/"
            for match in html.matches(of: /(?:href|src)="([^"#:]+)(#[^"]*)?"/) {
                let absolute = folder.appendingPathComponent(String(match.1).removingPercentEncoding ?? String(match.1)).standardizedFileURL.path
                #expect(absolute.hasPrefix(root) && files[String(absolute.dropFirst(root.count))] != nil, "\(path) links to missing \(match.1)")
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    @Test func dataAndSitemap() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        _ = try #require(build.build().report)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: build.output + "/data/communities.json"))) as? [String: Any]
        let communities = try #require(json?["communities"] as? [[String: Any]])
        let first = try #require(communities.first)
        #expect(first["founded"] as? Int == 2015, "CE years in exports")
        #expect((first["name"] as? [String: String])?["en"] == "Ban A Weavers")
        let money = try #require(first["money"] as? [String: Any])
        #expect(money["revenue_per_year"] as? Int == 240_000)
        #expect(money["costs_once"] as? Int == 30_000)
        let sitemap = try build.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/test/communities/ban-a/</loc>"))
        #expect(sitemap.contains("hreflang=\"en\" href=\"https://example.org/test/en/communities/ban-a/\""))
        // The sitemap pieces its URLs together itself; Thai segments must
        // come out as SitePath percent-encodes them.
        let tambon = AreaPaths.tambon("อุดรธานี", "กุมภวาปี", "หนองบัว")
        for path in [tambon, SitePath(["en"] + tambon.segments)] {
            #expect(sitemap.contains("<loc>\(path.absoluteURL(base: "https://example.org/test/"))</loc>"))
        }
        let notFound = try build.read("404.html")
        #expect(notFound.contains("href=\"https://example.org/test/assets/thanrak.css\""))
        #expect(!notFound.contains("href=\"../"))
        // One 404 page: the language switch goes to the English home page.
        #expect(!notFound.contains("en/404.html"))
        #expect(notFound.contains("href=\"https://example.org/test/en/\""))
    }

    /// The exports copy plain text whole and escape only where their
    /// format needs it; a quote or backslash in a name takes that path.
    @Test func exportsEscapeQuotesAndBackslashes() throws {
        let tree = SiteFixture.tree().with("\(TestTree.community)/community.yaml", #"""
            name: {th: 'กลุ่ม "ทอผ้า" \ บ้านเอ', en: Ban A Weavers}
            location: {changwat: อุดรธานี}
            stage: 2
            networks: [udon-silk]
            """#).with("\(TestTree.community)/canvas.yaml", TestTree.canvas.replacingOccurrences(
                of: "text: ผ้าไหมมัดหมี่", with: #"text: "ผ้าไหมมัดหมี่\tสองบรรทัด\nบรรทัดที่สอง \"ดี\"""#))
        let build = try TestBuild(tree)
        defer { build.remove() }
        _ = try #require(build.build().report)
        let dot = try build.read("data/network.dot")
        #expect(dot.contains(#"[label="กลุ่ม \"ทอผ้า\" \\ บ้านเอ", shape=ellipse, kind=community];"#))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: build.output + "/data/communities.json"))) as? [String: Any]
        let first = try #require((json?["communities"] as? [[String: Any]])?.first)
        #expect((first["name"] as? [String: String])?["th"] == #"กลุ่ม "ทอผ้า" \ บ้านเอ"#)
        let silk = try #require((first["canvas"] as? [String: [[String: Any]]])?["value"]?.first)
        #expect((silk["text"] as? [String: String])?["th"] == "ผ้าไหมมัดหมี่\tสองบรรทัด\nบรรทัดที่สอง \"ดี\"")
        let raw = try build.read("data/communities.json")
        #expect(raw.contains(#""ผ้าไหมมัดหมี่\tสองบรรทัด\nบรรทัดที่สอง \"ดี\"""#))
        let csv = try build.read("data/indicators.csv")
        #expect(csv.contains(#","กลุ่ม ""ทอผ้า"" \ บ้านเอ","#))
    }
}
