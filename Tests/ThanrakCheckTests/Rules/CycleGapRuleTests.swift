import Testing
import ThanrakModel
import ThanrakTestSupport

/// §7 and §11 `cycle-gap`: communities grouped by (changwat, amphoe) after
/// NFC, without amphoe left out; one warning per amphoe at the `cycle` key of
/// the community with the smallest id (its `location.amphoe` value when it
/// has no `cycle`), naming the missing roles in §7 order with Thai labels.
@Suite struct CycleGapRuleTests {
    /// `cycle` on line 6 (1:1 of the key) and `amphoe` on line 3 (value at column 11) when given.
    static func community(amphoe: String?, changwat: String = "อุดรธานี", cycle: String?) -> String {
        var lines = ["name: กลุ่มทดสอบ", "location:"]
        if let amphoe { lines.append("  amphoe: \(amphoe)") }
        lines += ["  changwat: \(changwat)", "stage: 2"]
        if let cycle { lines.append("cycle: \(cycle)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The minimal site with these communities instead of ban-a's profile.
    static func tree(_ communities: [(id: String, yaml: String)]) -> TestTree {
        var tree = TestTree.minimal().without("\(TestTree.community)/community.yaml").without("\(TestTree.community)/canvas.yaml").without("\(TestTree.community)/index.md")
        for (id, yaml) in communities {
            tree = tree.with("communities/\(id)/community.yaml", yaml).with("communities/\(id)/canvas.yaml", TestTree.canvas)
        }
        return tree
    }

    static func file(_ id: String) -> String { "communities/\(id)/community.yaml" }

    @Test func missingRolesAreNamedInSpecOrderWithThaiLabelsAtTheCycleKey() throws {
        let report = try Self.tree([("ban-a", Self.community(amphoe: "กุมภวาปี", cycle: "[trade, produce]"))]).check()
        let d = try #require(report.only(.cycleGap), "\(report.summary)")
        #expect(d.file == Self.file("ban-a"))
        #expect((d.line, d.column) == (6, 1))
        #expect(d.severity == .warning)
        #expect(d.message.contains("บริโภค (consume), แปรรูป (process), ทุน (capital), กำไร (profit)"), "\(d.message)")
        #expect(!d.message.contains("(produce)") && !d.message.contains("(trade)"), "\(d.message)")
        #expect(d.message.contains("กุมภวาปี"), "\(d.message)")
        #expect(report.exitStatus == 0)
    }

    @Test func rolesWrittenInReverseStillComeOutInSpecOrder() throws {
        let report = try Self.tree([("ban-a", Self.community(amphoe: "กุมภวาปี", cycle: "[profit, trade, produce]"))]).check()
        let d = try #require(report.only(.cycleGap), "\(report.summary)")
        #expect((d.line, d.column) == (6, 1))
        #expect(d.message.contains("บริโภค (consume), แปรรูป (process), ทุน (capital)"), "\(d.message)")
    }

    @Test func communitiesOfAnAmphoeCoverTheCycleTogether() throws {
        let report = try Self.tree([
            ("ban-a", Self.community(amphoe: "กุมภวาปี", cycle: "[produce, consume, process]")),
            ("ban-b", Self.community(amphoe: "กุมภวาปี", cycle: "[trade, capital, profit]")),
        ]).check()
        #expect(report.with(.cycleGap).isEmpty, "\(report.summary)")
    }

    @Test func oneWarningPerAmphoeAtTheSmallestID() throws {
        let report = try Self.tree([
            ("ban-b", Self.community(amphoe: "กุมภวาปี", cycle: "[produce]")),
            ("a-first", Self.community(amphoe: "กุมภวาปี", cycle: "[consume]")),
            ("ban-c", Self.community(amphoe: "กุมภวาปี", cycle: "[trade]")),
        ]).check()
        let d = try #require(report.only(.cycleGap), "\(report.summary)")
        #expect(d.file == Self.file("a-first"))
        #expect((d.line, d.column) == (6, 1))
        #expect(d.message.contains("แปรรูป (process), ทุน (capital), กำไร (profit)"), "\(d.message)")
    }

    @Test func smallestIDWithoutCycleIsPointedAtItsAmphoeValue() throws {
        let report = try Self.tree([
            ("a-first", Self.community(amphoe: "กุมภวาปี", cycle: nil)),
            ("ban-a", Self.community(amphoe: "กุมภวาปี", cycle: "[produce]")),
        ]).check()
        let d = try #require(report.only(.cycleGap), "\(report.summary)")
        #expect(d.file == Self.file("a-first"))
        #expect((d.line, d.column) == (3, 11))
    }

    @Test func communitiesWithoutAmphoeAreLeftOut() throws {
        let report = try Self.tree([
            ("a-first", Self.community(amphoe: nil, cycle: "[produce]")),
            ("ban-a", Self.community(amphoe: "กุมภวาปี", cycle: "[consume]")),
        ]).check()
        let d = try #require(report.only(.cycleGap), "\(report.summary)")
        #expect(d.file == Self.file("ban-a"))
        #expect((d.line, d.column) == (6, 1))
        // a-first's `produce` does not count for the amphoe.
        #expect(d.message.contains("ผลิต (produce)"), "\(d.message)")
    }

    @Test func aCommunityWithoutAmphoeAloneGetsNoWarning() throws {
        let report = try Self.tree([("ban-a", Self.community(amphoe: nil, cycle: "[produce]"))]).check()
        #expect(report.with(.cycleGap).isEmpty, "\(report.summary)")
    }

    @Test func amphoeNamesAreComparedAfterNFC() throws {
        // หนองปู่ with the tone mark before the vowel (not NFC) and in NFC order.
        let decomposedOrder = "หนองป\u{0E48}\u{0E39}"
        let nfc = "หนองป\u{0E39}\u{0E48}"
        let report = try Self.tree([
            ("ban-a", Self.community(amphoe: decomposedOrder, cycle: "[produce]")),
            ("ban-b", Self.community(amphoe: nfc, cycle: "[consume]")),
        ]).check()
        let d = try #require(report.only(.cycleGap), "\(report.summary)")
        #expect(d.file == Self.file("ban-a"))
        #expect((d.line, d.column) == (6, 1))
        #expect(!d.message.contains("ผลิต (produce)") && !d.message.contains("บริโภค (consume)"), "\(d.message)")
        // The message names the amphoe in NFC.
        let scalars = d.message.unicodeScalars.map(\.value)
        let wanted = nfc.unicodeScalars.map(\.value)
        #expect((0...(scalars.count - wanted.count)).contains { Array(scalars[$0..<$0 + wanted.count]) == wanted }, "\(d.message)")
    }

    @Test func sameAmphoeNameInAnotherChangwatIsAnotherGroup() throws {
        let report = try Self.tree([
            ("ban-a", Self.community(amphoe: "เมือง", changwat: "อุดรธานี", cycle: "[produce, consume, process]")),
            ("ban-b", Self.community(amphoe: "เมือง", changwat: "ขอนแก่น", cycle: "[trade, capital, profit]")),
        ]).check()
        let found = report.with(.cycleGap)
        #expect(found.map(\.file) == [Self.file("ban-a"), Self.file("ban-b")], "\(report.summary)")
        #expect(found.allSatisfy { $0.line == 6 && $0.column == 1 })
    }

    @Test func emptyCycleListNamesAllSixRoles() throws {
        let report = try Self.tree([("ban-a", Self.community(amphoe: "กุมภวาปี", cycle: "[]"))]).check()
        let d = try #require(report.only(.cycleGap), "\(report.summary)")
        #expect((d.line, d.column) == (6, 1))
        #expect(d.message.contains("ผลิต (produce), บริโภค (consume), แปรรูป (process), ซื้อขาย (trade), ทุน (capital), กำไร (profit)"), "\(d.message)")
    }
}
