import Foundation
import ThanrakTestSupport

/// The minimal tree plus what a full community page shows: a story, a
/// translation, indicators, capacity scores, money `per` month and once.
enum SiteFixture {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func tree() -> TestTree {
        let community = TestTree.community
        return TestTree.minimal()
            .with("\(community)/community.yaml", """
                name: {th: กลุ่มทอผ้าบ้านเอ, en: Ban A Weavers}
                kind: community-enterprise
                location:
                  village: บ้านเอ
                  moo: 5
                  tambon: หนองบัว
                  amphoe: กุมภวาปี
                  changwat: อุดรธานี
                founded: 2558
                members: 1250
                stage: 2
                networks: [udon-silk]
                cycle: [produce, consume, process, trade, capital, profit]
                ksnb: {knowledge: 3, skill: 4, network: 2, business: 2}
                foundations: {grouping: 4, finance: 3}
                """)
            .with("\(community)/canvas.yaml", TestTree.canvas
                .replacingOccurrences(of: "    amount: 240000", with: "    amount: 20000\n    per: month")
                + "\n  - id: loom-repair\n    text: ซ่อมกี่ครั้งใหญ่\n    amount: 30000\n    per: once\n    refs: [dye-workshop]\n")
            .with("\(community)/indicators.yaml", """
                - id: household-income
                  name: {th: รายได้ครัวเรือนต่อเดือน, en: Household income per month}
                  level: output
                  unit: บาท/เดือน
                  sdg: ["1.2.1", "8.5"]
                  direction: increase
                  baseline: {year: 2566, value: 8500}
                  target: {year: 2570, value: 12000}
                  measurements:
                    - {year: 2567, value: 9100}
                  refs: [scarf-sales]
                """)
            .with("\(community)/index.md", "กลุ่มเริ่มจาก **ผ้าไหม** ดู [ผ้า](@ban-a#silk) และ [บันทึก](@ban-a/market-day)\n\n## ประวัติ\n\nเล่า <b>ต่อ</b>\n")
            .with("\(community)/index.en.md", "The group began with silk; see [the canvas](@ban-a/canvas).\n")
            .with("\(community)/market-day.md", "---\ntitle: {th: วันตลาด, en: Market day}\nsummary: บันทึกวันตลาดนัด\n---\nวันเสาร์ที่ผ่านมา\n")
    }
}
