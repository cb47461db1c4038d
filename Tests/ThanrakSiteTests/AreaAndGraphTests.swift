import Foundation
import Testing
import ThanrakModel
import ThanrakSite
import ThanrakTestSupport

@Suite struct AreaAndGraphTests {
    @Test func thaiCollationPutsLeadingVowelsAfterTheirConsonant() {
        // เชียงแหว sorts under ช, after ชุมแพ; โนนสะอาด under น, before บ้านผือ.
        let names = ["บ้านผือ", "เชียงแหว", "กุมภวาปี", "โนนสะอาด", "ชุมแพ", "หนองหาน"]
        #expect(names.sorted(by: ThaiCollation.less) == ["กุมภวาปี", "ชุมแพ", "เชียงแหว", "โนนสะอาด", "บ้านผือ", "หนองหาน"])
    }

    @Test func sortedAgreesWithLessAndWorksEachKeyOutOnce() {
        let names = ["บ้านผือ", "เชียงแหว", "กุมภวาปี", "โนนสะอาด", "ชุมแพ", "หนองหาน", "ก่า", "กา", "Udon", "เกาะ"]
        #expect(ThaiCollation.sorted(names) == names.sorted(by: ThaiCollation.less))
        #expect(ThaiCollation.sorted([String]()) == [])
    }

    @Test func sortedBreaksKeyTiesByBytesWhateverTheInputOrder() {
        // "เก" and "กเ" have the same key: the leading vowel sorts after ก either way.
        #expect(ThaiCollation.key("เก") == ThaiCollation.key("กเ"))
        let expected = ["กเ", "เก"]  // ก (E0 B8 81) before เ (E0 B9 80)
        #expect(ThaiCollation.sorted(["เก", "กเ"]) == expected)
        #expect(ThaiCollation.sorted(["กเ", "เก"]) == expected)
    }

    @Test func sortedPutsMissingNamesLast() {
        let names: [String?] = [nil, "หนองหาน", "กุมภวาปี"]
        #expect(ThaiCollation.sorted(names) == ["กุมภวาปี", "หนองหาน", nil])
        #expect(ThaiCollation.sorted([String?]()) == [])
    }

    @Test func areaTreeGroupsByNFCNameAndPutsMissingLevelsLast() throws {
        func location(_ changwat: String, _ amphoe: String?, _ tambon: String?) -> Location {
            Location(
                tambon: tambon.map { Located($0, at: .fileStart) }, amphoe: amphoe.map { Located($0, at: .fileStart) },
                changwat: Located(changwat, at: .fileStart))
        }
        let tree = AreaTree(communities: [
            (0, location("อุดรธานี", "หนองหาน", "บ้านเชียง")),
            (1, location("อุดรธานี", "กุมภวาปี", "สีออ")),
            (2, location("อุดรธานี", nil, nil)),
            (3, location("นครศรีธรรมราช", "ท่าศาลา", "กลาย")),
            (4, location("อุดรธานี", "กุมภวาปี", "สีออ")),
        ])
        #expect(tree.changwats.map(\.name) == ["นครศรีธรรมราช", "อุดรธานี"])
        let udon = tree.changwats[1]
        #expect(udon.amphoes.map(\.name) == ["กุมภวาปี", "หนองหาน", nil])
        #expect(udon.amphoes[0].tambons[0].communities == [1, 4])
        #expect(AreaPaths.segment(nil) == "_")
        #expect(AreaPaths.segment("../etc") == "_..-etc")
        #expect(AreaPaths.segment("a/b") == "a-b")
        #expect(AreaPaths.segment("a\\b") == "a-b")
        #expect(AreaPaths.segment(".hidden") == "_.hidden")
        #expect(AreaPaths.segment("") == "_")
        #expect(AreaPaths.segment("กุมภวาปี") == "กุมภวาปี")
        #expect(AreaPaths.segment("ตำบล.ใหม่") == "ตำบล.ใหม่")
    }

    @Test func areaPagesExistWithTheCycleAndEncodedLinks() throws {
        var tree = SiteFixture.tree()
        tree = tree.with("communities/ban-b/community.yaml", "name: บ้านบี\nlocation: {changwat: อุดรธานี, amphoe: หนองหาน}\nstage: 1\ncycle: [produce, trade]\n")
            .with("communities/ban-b/canvas.yaml", TestTree.canvas)
        let build = try TestBuild(tree)
        defer { build.remove() }
        _ = try #require(build.build().report)
        let amphoe = try build.read("areas/อุดรธานี/หนองหาน/index.html")
        #expect(amphoe.contains("class=\"cycle-diagram\""))
        #expect(amphoe.contains("ยังขาด: บริโภค, แปรรูป, ทุน, กำไร"))
        let full = try build.read("areas/อุดรธานี/กุมภวาปี/index.html")
        #expect(full.contains("ครบวงจรทั้ง 6 บทบาท"))
        let changwat = try build.read("areas/อุดรธานี/index.html")
        #expect(changwat.contains("href=\"%E0%B8%81%E0%B8%B8%E0%B8%A1%E0%B8%A0%E0%B8%A7%E0%B8%B2%E0%B8%9B%E0%B8%B5/index.html\"") || changwat.contains("/%E0%B8%81%E0%B8%B8%E0%B8%A1"))
        #expect(FileManager.default.fileExists(atPath: build.output + "/areas/อุดรธานี/_/index.html") == false)
        #expect(FileManager.default.fileExists(atPath: build.output + "/areas/อุดรธานี/หนองหาน/_/index.html"), "a missing tambon is grouped under 'not given'")
    }

    @Test func graphFromContentDedupesTradesListedOnBothSides() throws {
        var tree = SiteFixture.tree()
        let community = TestTree.community
        tree = tree.with("\(community)/community.yaml", tree.files["\(community)/community.yaml"]! + "\ntrades:\n  - with: ban-b\n    sells: {th: เส้นไหม, en: silk yarn}\n")
            .with("communities/ban-b/community.yaml", "name: บ้านบี\nlocation: {changwat: ขอนแก่น}\nstage: 1\ntrades:\n  - with: ban-a\n    buys: {th: เส้นไหม, en: silk yarn}\n")
            .with("communities/ban-b/canvas.yaml", TestTree.canvas)
        let build = try TestBuild(tree)
        defer { build.remove() }
        _ = try #require(build.build().report)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: build.output + "/data/network.json"))) as? [String: Any]
        let edges = try #require(json?["edges"] as? [[String: Any]])
        let trades = edges.filter { $0["relation"] as? String == "trade" }
        #expect(trades.count == 1)
        #expect(trades.first?["from"] as? String == "community:ban-a")
        #expect(trades.first?["to"] as? String == "community:ban-b")
        #expect(edges.contains { $0["relation"] as? String == "member" && $0["to"] as? String == "network:udon-silk" })
        #expect(edges.contains { $0["relation"] as? String == "partner-of" && $0["from"] as? String == "partner:cdd-udon" })
        #expect(edges.contains { $0["relation"] as? String == "coordinator" })
        let dot = try build.read("networks/udon-silk/network.dot")
        #expect(dot.hasPrefix("digraph \"network:udon-silk\" {"))
        #expect(dot.contains("\"community:ban-a\" -> \"network:udon-silk\""))
    }
}
