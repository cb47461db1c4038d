import Foundation
import Testing
import ThanrakModel
import ThanrakSite
import ThanrakTestSupport

@Suite struct SDGTests {
    @Test func frameworkCountsMatchTheShippedData() throws {
        let framework = SDGFramework.shared
        #expect(framework.goals.count == 17)
        #expect(framework.targetCount == 169)
        // The source list's stated count of indicator codes.
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/sdg-codes.json")
        if let json = try? JSONSerialization.jsonObject(with: Data(contentsOf: data)) as? [String: Any],
           let counts = json["counts"] as? [String: Int] {
            #expect(counts["goals"] == framework.goals.count)
            #expect(counts["targets"] == framework.targetCount)
            #expect(counts["indicators"] == framework.indicatorCount)
        }
        #expect(framework.indicatorCount == 252)
        #expect(framework.goals[7].color == "#A21942")
        #expect(framework.kind(of: "8.10") == .target)
        #expect(framework.kind(of: "8.3.1") == .indicator)
        #expect(framework.goal(of: "14.b.1")?.number == 14)
        #expect(!framework.contains("18"))
    }

    @Test func goalNumberOfEveryValidCodeAndNoneOfOthers() {
        let framework = SDGFramework.shared
        for goal in framework.goals {
            #expect(framework.goalNumber(of: goal.code) == goal.number)
            for target in goal.targets {
                #expect(framework.goalNumber(of: target.code) == goal.number)
                for indicator in target.indicators { #expect(framework.goalNumber(of: indicator) == goal.number) }
            }
        }
        for code in ["", "0", "18", "8.", "8.99", "x.1", "08", "1.1.1.1", "٨"] {
            #expect(framework.goalNumber(of: code) == nil, "\(code)")
        }
    }

    @Test func csvQuotesCommasQuotesAndNewlinesAndKeepsThai() {
        #expect(CSVTestAccess.field("ผ้าไหม") == "ผ้าไหม")
        #expect(CSVTestAccess.field("a,b") == "\"a,b\"")
        #expect(CSVTestAccess.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTestAccess.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVTestAccess.field(" padded") == "\" padded\"")
    }

    @Test func indicatorsCSVHasABOMAHeaderAndOneRowPerMeasurement() throws {
        let tree = SiteFixture.tree().with("\(TestTree.community)/indicators.yaml", """
            - id: income
              name: "รายได้, ต่อเดือน \\"สุทธิ\\""
              level: output
              unit: บาท
              sdg: ["1.2.1", "8.5"]
              direction: increase
              baseline: {year: 2566, value: 8500}
              target: {year: 2570, value: 12000}
              measurements:
                - {year: 2567, value: 9100}
                - {year: 2025, value: 9500.5}
            """)
        let build = try TestBuild(tree)
        defer { build.remove() }
        _ = try #require(build.build().report)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: build.output + "/data/indicators.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[0] == "community,community_name,indicator,indicator_name,level,sdg,year_ce,year_be,value,unit")
        #expect(lines[1] == "ban-a,กลุ่มทอผ้าบ้านเอ,income,\"รายได้, ต่อเดือน \"\"สุทธิ\"\"\",output,1.2.1 8.5,2024,2567,9100,บาท")
        #expect(lines[2].hasSuffix(",2025,2568,9500.5,บาท"), "a CE year keeps its BE twin and the value as written")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: build.output + "/data/indicators.json"))) as? [String: Any]
        let first = try #require((json?["indicators"] as? [[String: Any]])?.first)
        #expect((first["baseline"] as? [String: Any])?["year"] as? Int == 2023)
        #expect(first["status"] as? String == "behind", "28.6% of the way with half the years gone")
        #expect(first["progress_percent"] as? Double == 28.6)
    }

    @Test func goalPagesSayWhenNobodyReports() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        _ = try #require(build.build().report)
        let empty = try build.read("sdg/13/index.html")
        #expect(empty.contains("ยังไม่มีชุมชนใดรายงานตัวชี้วัดในเป้าหมายนี้"))
        let goal = try build.read("sdg/8/index.html")
        #expect(goal.contains("class=\"sdg-table sortable\""))
        #expect(goal.contains("href=\"../../data/indicators.csv\""))
        #expect(goal.contains("id=\"8.5\""))
        let grid = try build.read("sdg/index.html")
        #expect(grid.components(separatedBy: "class=\"goal-tile").count == 18)
    }
}

/// The CSV field rule, reached through the built output in other tests and
/// directly here.
enum CSVTestAccess {
    static func field(_ s: String) -> String { CSVField.quote(s) }
}

@Suite struct SDGSplitTests {
    @Test func largeGoalPagesSplitByChangwat() throws {
        var tree = SiteFixture.tree()
        for i in 0..<70 {
            let changwat = i % 2 == 0 ? "ขอนแก่น" : "อุดรธานี"
            var indicators = ""
            for k in 0..<3 {
                indicators += "- id: i\(k)\n  name: ตัวชี้วัด \(k)\n  level: output\n  direction: increase\n  sdg: [\"8.3\"]\n  baseline: {year: 2566, value: 1}\n  target: {year: 2570, value: 2}\n"
            }
            tree = tree.with("communities/c\(i)/community.yaml", "name: กลุ่ม \(i)\nlocation: {changwat: \(changwat)}\nstage: 1\n")
                .with("communities/c\(i)/canvas.yaml", TestTree.canvas)
                .with("communities/c\(i)/indicators.yaml", indicators)
        }
        let build = try TestBuild(tree)
        defer { build.remove() }
        _ = try #require(build.build().report)
        let goal = try build.read("sdg/8/index.html")
        #expect(goal.contains("ตัวชี้วัดของชุมชน 210 รายการ (ดูตามจังหวัด)"))
        #expect(goal.contains("sdg/8/%E0%B8%82%E0%B8%AD%E0%B8%99%E0%B9%81%E0%B8%81%E0%B9%88%E0%B8%99/index.html\""), "links to the changwat page")
        #expect(!goal.contains("กลุ่ม 13</a>"), "no per-community rows on the goal page itself")
        let khonKaen = try build.read("sdg/8/ขอนแก่น/index.html")
        #expect(khonKaen.contains("กลุ่ม 0</a>") && !khonKaen.contains("กลุ่ม 1</a>"))
        #expect(khonKaen.contains("id=\"8.3\""))
        #expect(FileManager.default.fileExists(atPath: build.output + "/en/sdg/8/อุดรธานี/index.html"))
        let small = try build.read("sdg/1/index.html")
        #expect(!small.contains("ดูตามจังหวัด"))
    }
}
