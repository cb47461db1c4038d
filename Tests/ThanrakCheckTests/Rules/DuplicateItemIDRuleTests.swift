import Testing
import ThanrakModel
import ThanrakTestSupport

/// §4: item ids are unique within a community, across canvas and indicators;
/// §11: the second use is `duplicate-id`, an id in both files is reported in
/// `indicators.yaml`, naming the first.
@Suite struct DuplicateItemIDRuleTests {
    let canvasFile = "\(TestTree.community)/canvas.yaml"
    let indicatorsFile = "\(TestTree.community)/indicators.yaml"

    func indicator(id: String) -> String {
        """
        - id: \(id)
          name: รายได้ครัวเรือน
          level: output
          direction: increase
          baseline: {year: 2566, value: 8500}

        """
    }

    @Test func secondCanvasItemWithTheSameIDIsReportedAtItsID() throws {
        // Line 13 `  - id: member-card` becomes `  - id: silk`; silk is first on line 2.
        let canvas = TestTree.canvas.replacingOccurrences(of: "- id: member-card", with: "- id: silk")
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (13, 9))
        #expect(d.severity == .error)
        #expect(d.message.contains("'silk'") && d.message.contains("line 2"), "\(d.message)")
    }

    @Test func idInCanvasAndIndicatorsIsReportedInIndicatorsNamingTheCanvas() throws {
        let report = try TestTree.minimal().with(indicatorsFile, indicator(id: "silk")).check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        #expect((d.line, d.column) == (1, 7))
        #expect(d.message.contains("canvas.yaml:2"), "\(d.message)")
    }

    @Test func twoIndicatorsWithTheSameIDReportTheSecond() throws {
        let report = try TestTree.minimal()
            .with(indicatorsFile, indicator(id: "income") + indicator(id: "income"))
            .check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        #expect((d.line, d.column) == (6, 7))
        #expect(d.message.contains("line 1"), "\(d.message)")
    }

    @Test func distinctIDsAcrossCanvasAndIndicatorsAreClean() throws {
        let report = try TestTree.minimal().with(indicatorsFile, indicator(id: "income")).check()
        #expect(report.with(.duplicateID).isEmpty, "\(report.summary)")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }
    @Test func theSecondInTheFileIsReportedWhateverTheStepOrder() throws {
        // `costs` written first: its `silk` (line 2) comes before value's `silk` (line 8).
        let canvas = "costs:\n  - id: silk\n    text: ค่าไหม\n    refs: [silk]\n" + TestTree.canvas.replacingOccurrences(of: "value:\n", with: "value:\n  - id: x\n    text: x\n")
            .replacingOccurrences(of: "costs:\n  - id: dye-cost\n    text: ค่าสีย้อม\n    amount: 18000\n    refs: [dye-workshop, idle-looms]", with: "")
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect((d.line, d.column) == (8, 9))
        #expect(d.message.contains("line 2"), "\(d.message)")
    }
}
