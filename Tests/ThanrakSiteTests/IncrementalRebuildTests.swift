import Foundation
import Testing
import ThanrakModel
@testable import ThanrakSite
import ThanrakTestSupport

/// A rebuild after an edit must give the bytes a fresh build gives, whatever
/// the edit: pages reused from the previous build (their key unchanged)
/// must not show anything the edit changed. Each case edits one file of a
/// small trading neighbourhood and compares every file with a fresh build.
@Suite struct IncrementalRebuildTests {
    /// ban-a (in udon-silk) sells to ban-b; ban-b sells to ban-c; ban-c is
    /// also in udon-silk. ban-d, in another changwat, trades with nobody.
    static func neighbourhood() -> TestTree {
        let community = TestTree.community
        let a = SiteFixture.tree().files["\(community)/community.yaml"] ?? ""
        return SiteFixture.tree()
            .with("\(community)/community.yaml", a + "\ntrades:\n  - with: ban-b\n    sells: {th: เส้นไหม, en: silk yarn}\n")
            .with("communities/ban-b/community.yaml", bCommunity(networks: "[]", goods: "{th: ผ้าพันคอ, en: scarves}"))
            .with("communities/ban-b/canvas.yaml", TestTree.canvas)
            .with("communities/ban-c/community.yaml", "name: {th: บ้านซี, en: Ban C}\nlocation: {changwat: อุดรธานี, amphoe: กุมภวาปี, tambon: เชียงแหว}\nstage: 1\nmembers: 40\nnetworks: [udon-silk]\n")
            .with("communities/ban-c/canvas.yaml", TestTree.canvas)
            .with("communities/ban-d/community.yaml", "name: {th: บ้านดี, en: Ban D}\nlocation: {changwat: ขอนแก่น, amphoe: ชุมแพ, tambon: นาหนองทุ่ม}\nstage: 1\nmembers: 15\n")
            .with("communities/ban-d/canvas.yaml", TestTree.canvas)
    }

    static func bCommunity(networks: String, goods: String, members: Int = 30) -> String {
        """
        name: {th: บ้านบี, en: Ban B}
        location: {changwat: อุดรธานี, amphoe: กุมภวาปี, tambon: หนองบัว}
        stage: 1
        members: \(members)
        networks: \(networks)
        trades:
          - with: ban-c
            sells: \(goods)
        """
    }

    /// Builds `tree`, applies the edits (nil removes a file), rebuilds into
    /// the same output and compares every file with a fresh build of the
    /// edited tree: once swapping in a new tree, once updating in place.
    func expectRebuildEqualsFresh(
        _ edits: [String: String?], tree: TestTree = neighbourhood(), reusesSomething: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for inPlace in [false, true] {
            let build = try TestBuild(tree)
            defer { build.remove() }
            _ = try #require(build.build().report, sourceLocation: sourceLocation)
            for (path, text) in edits {
                if let text {
                    let folder = URL(fileURLWithPath: build.content + "/" + path).deletingLastPathComponent()
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try TestTree.writeFile(build.content + "/" + path, Array(text.utf8))
                } else {
                    try FileManager.default.removeItem(atPath: build.content + "/" + path)
                }
            }
            let rebuild = try #require(build.build(inPlaceShare: inPlace ? 0 : 2).report, sourceLocation: sourceLocation)
            #expect(rebuild.inPlace == inPlace, sourceLocation: sourceLocation)
            if reusesSomething { #expect(rebuild.reused > 0, "some pages are reused", sourceLocation: sourceLocation) }
            #expect(!FileManager.default.fileExists(atPath: build.root + "/.public.staging"), sourceLocation: sourceLocation)
            _ = try #require(build.build(output: build.root + "/fresh").report, sourceLocation: sourceLocation)
            let incremental = try TestBuild.snapshot(build.output), fresh = try TestBuild.snapshot(build.root + "/fresh")
            #expect(incremental.keys.sorted() == fresh.keys.sorted(), "in place: \(inPlace)", sourceLocation: sourceLocation)
            let stale = incremental.keys.filter { $0 != ".thanrak" && fresh[$0] != incremental[$0] }.sorted()
            #expect(stale.isEmpty, "stale after the rebuild (in place: \(inPlace)): \(stale)", sourceLocation: sourceLocation)
            #expect(try Self.folders(build.output) == Self.folders(build.root + "/fresh"), "no folder left empty", sourceLocation: sourceLocation)
            // The next build finds the output as this one left it.
            #expect(build.build().report?.untouched == true, "in place: \(inPlace)", sourceLocation: sourceLocation)
        }
    }

    static func folders(_ root: String) throws -> [String] {
        let base = URL(fileURLWithPath: root)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
            found.append(String(url.path.dropFirst(base.path.count + 1)))
        }
        return found.sorted()
    }

    /// ban-b joins ban-a's network: ban-a's map gains the edge ban-b → udon-silk.
    @Test func aTradePartnerJoiningMyNetworkRedrawsMyMap() throws {
        try expectRebuildEqualsFresh(["communities/ban-b/community.yaml": Self.bCommunity(networks: "[udon-silk]", goods: "{th: ผ้าพันคอ, en: scarves}")])
    }

    /// What ban-b sells to ban-c is drawn on the map of every community
    /// and network where both appear.
    @Test func aTradeBetweenOthersChangingRedrawsTheMapsShowingIt() throws {
        try expectRebuildEqualsFresh(["communities/ban-b/community.yaml": Self.bCommunity(networks: "[]", goods: "{th: ผ้าซิ่น, en: sarongs}")])
    }

    /// Members are summed on area pages, the home page and the lists.
    @Test func membersChangingRewritesEveryTotal() throws {
        try expectRebuildEqualsFresh(["communities/ban-b/community.yaml": Self.bCommunity(networks: "[]", goods: "{th: ผ้าพันคอ, en: scarves}", members: 31)])
    }

    /// ban-d moves to ban-a's tambon: both tambons, amphoes and changwats change.
    @Test func aCommunityMovingRewritesBothAreas() throws {
        try expectRebuildEqualsFresh(["communities/ban-d/community.yaml": "name: {th: บ้านดี, en: Ban D}\nlocation: {changwat: อุดรธานี, amphoe: กุมภวาปี, tambon: หนองบัว}\nstage: 1\nmembers: 15\n"])
    }

    /// An indicator tagged with a goal puts ban-c on that goal's pages.
    @Test func anIndicatorAddedRewritesTheGoalPages() throws {
        try expectRebuildEqualsFresh(["communities/ban-c/indicators.yaml": """
            - id: water-saved
              name: {th: น้ำที่ประหยัดได้, en: Water saved}
              level: outcome
              unit: ลูกบาศก์เมตร
              sdg: ["6.4"]
              direction: increase
              baseline: {year: 2566, value: 10}
              target: {year: 2570, value: 20}
            """])
    }

    /// ban-d, alone in its changwat, with no indicators and in no network,
    /// changes: the other changwat's area pages, the network's and the SDG
    /// goals' are linked without rendering (the partner's is not: every
    /// canvas here names cdd-udon).
    @Test func pagesNotShowingTheChangedCommunityAreNotRendered() throws {
        let build = try TestBuild(Self.neighbourhood())
        defer { build.remove() }
        _ = try #require(build.build().report)
        try TestTree.writeFile(build.content + "/communities/ban-d/community.yaml", Array("name: {th: บ้านดี, en: Ban D}\nlocation: {changwat: ขอนแก่น, amphoe: ชุมแพ, tambon: นาหนองทุ่ม}\nstage: 1\nmembers: 16\n".utf8))
        let rebuild = try #require(build.build().report)
        let files = try TestBuild.snapshot(build.output).keys
        let ownPages = files.filter { path in ["ban-a", "ban-b", "ban-c"].contains { path.contains("communities/\($0)/") } }
        let goalPages = files.filter { $0.range(of: #"^(en/)?sdg/\d+/index.html$"#, options: .regularExpression) != nil }
        #expect(goalPages.count == 34)
        let aggregates = goalPages + files.filter { $0.hasSuffix("index.html") && ($0.contains("areas/อุดรธานี") || $0.contains("networks/udon-silk")) }
        #expect(aggregates.count >= 6 + 34, "\(aggregates.sorted())")
        #expect(rebuild.reused == ownPages.count + aggregates.count, "reused \(rebuild.reused): \(ownPages.count) own pages, \(aggregates.count) aggregates")
    }

    /// A network map of more than `MapViews.maximumNodes` keeps the
    /// best-connected members. An outsider starting to trade with the last
    /// member (none of whose files change) brings it onto the map.
    @Test func aCrowdedMapFollowsTheEdgeCountsOfItsMembers() throws {
        var tree = SiteFixture.tree()
        let member = "location: {changwat: ขอนแก่น}\nstage: 1\nnetworks: [udon-silk]\n"
        for i in 0..<(MapViews.maximumNodes + 5) {
            tree = tree.with("communities/m\(1000 + i)/community.yaml", "name: กลุ่ม \(i)\n" + member)
                .with("communities/m\(1000 + i)/canvas.yaml", TestTree.canvas)
        }
        tree = tree.with("communities/zz-last/community.yaml", "name: กลุ่มสุดท้าย\n" + member)
            .with("communities/zz-last/canvas.yaml", TestTree.canvas)
            .with("communities/x-outsider/community.yaml", "name: กลุ่มนอก\nlocation: {changwat: เลย}\nstage: 1\n")
            .with("communities/x-outsider/canvas.yaml", TestTree.canvas)
        let build = try TestBuild(tree)
        defer { build.remove() }
        _ = try #require(build.build(jobs: 2).report)
        #expect(try !build.read("networks/udon-silk/index.html").contains("<title>กลุ่มสุดท้าย</title>"), "off the map at first")
        try TestTree.writeFile(build.content + "/communities/x-outsider/community.yaml", Array("name: กลุ่มนอก\nlocation: {changwat: เลย}\nstage: 1\ntrades:\n  - with: zz-last\n    buys: {th: ข้าว, en: rice}\n".utf8))
        _ = try #require(build.build(jobs: 2).report)
        _ = try #require(build.build(jobs: 2, output: build.root + "/fresh").report)
        let incremental = try TestBuild.snapshot(build.output), fresh = try TestBuild.snapshot(build.root + "/fresh")
        let stale = incremental.keys.filter { $0 != ".thanrak" && fresh[$0] != incremental[$0] }.sorted()
        #expect(stale.isEmpty, "stale after the rebuild: \(stale)")
        let page = String(decoding: fresh["networks/udon-silk/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("<title>กลุ่มสุดท้าย</title>"), "on the map once it trades")
    }

    /// ban-d's folder removed: its pages and folders go, and so does the
    /// changwat it was alone in.
    @Test func aCommunityRemovedLeavesNoFilesOrFoldersBehind() throws {
        try expectRebuildEqualsFresh(["communities/ban-d": nil])
    }

    /// A community page of its own removed, another added.
    @Test func aCommunityPageRemovedAndAnotherAdded() throws {
        try expectRebuildEqualsFresh([
            "\(TestTree.community)/market-day.md": nil,
            "\(TestTree.community)/index.md": "กลุ่มเริ่มจาก **ผ้าไหม** ดู [บันทึก](@ban-a/harvest)\n",
            "\(TestTree.community)/harvest.md": "---\ntitle: {th: วันเก็บเกี่ยว, en: Harvest day}\n---\nเก็บเกี่ยวข้าว\n",
        ])
    }

    /// A file of the previous build where this one has a folder, and back:
    /// an asset `market` replaced by a page `market.md` (`market/index.html`).
    @Test func anAssetReplacedByAPageOfTheSameName() throws {
        let tree = Self.neighbourhood().with("communities/ban-d/market", "notes")
        try expectRebuildEqualsFresh(["communities/ban-d/market": nil, "communities/ban-d/market.md": "---\ntitle: ตลาด\n---\nวันตลาด\n"], tree: tree)
        let pageFirst = Self.neighbourhood().with("communities/ban-d/market.md", "---\ntitle: ตลาด\n---\nวันตลาด\n")
        try expectRebuildEqualsFresh(["communities/ban-d/market.md": nil, "communities/ban-d/market": "notes"], tree: pageFirst)
    }

    /// A new community in a new changwat: new folders all the way down.
    @Test func aCommunityAddedInANewChangwat() throws {
        try expectRebuildEqualsFresh([
            "communities/ban-e/community.yaml": "name: {th: บ้านอี, en: Ban E}\nlocation: {changwat: น่าน, amphoe: ปัว, tambon: ศิลาแลง}\nstage: 1\n",
            "communities/ban-e/canvas.yaml": TestTree.canvas,
        ])
    }

    /// A render that fails in place leaves the output as it was.
    @Test func aFailedInPlaceBuildLeavesTheOutputWhole() throws {
        let build = try TestBuild(Self.neighbourhood().with("communities/ban-d/photo.jpg", "jpeg"))
        defer { build.remove() }
        _ = try #require(build.build().report)
        let before = try TestBuild.snapshot(build.output)
        try TestTree.writeFile(build.content + "/communities/ban-b/community.yaml", Array(Self.bCommunity(networks: "[]", goods: "{th: ผ้าซิ่น, en: sarongs}").utf8))
        let asset = build.content + "/communities/ban-d/photo.jpg"
        try FileManager.default.removeItem(atPath: asset)
        try FileManager.default.createSymbolicLink(atPath: asset, withDestinationPath: build.root + "/nowhere.jpg")
        let outcome = build.build(inPlaceShare: 0)
        #expect(outcome.problem?.contains("photo.jpg") == true, "\(outcome.problem ?? "no problem")")
        #expect(try TestBuild.snapshot(build.output) == before)
        #expect(!FileManager.default.fileExists(atPath: build.root + "/.public.staging"))
    }

    /// A network renamed is a shared file: every page is rendered again.
    @Test func aNetworkRenamedRewritesEveryPageNamingIt() throws {
        try expectRebuildEqualsFresh(["networks/udon-silk.yaml": """
            name: {th: เครือข่ายไหมอุดร, en: Udon Silk Network}
            kind: thematic
            theme: craft
            level: changwat
            coordinator: cdd-udon
            """], reusesSomething: false)
    }
}
