import Testing
import ThanrakModel
import ThanrakTestSupport

/// §5: every SDG code is a goal, target or indicator of the UN framework;
/// §11: SDG codes are kept as written (`8.10` is not the number 8.1).
@Suite struct SDGCodeRuleTests {
    let indicatorsFile = "\(TestTree.community)/indicators.yaml"

    /// One indicator whose `sdg` list is on line 5: `  sdg: <list>`.
    func check(sdg list: String) throws -> CheckReport {
        let text = """
            - id: income
              name: รายได้ครัวเรือน
              level: output
              direction: increase
              sdg: \(list)
              baseline: {year: 2566, value: 8500}
            """
        return try TestTree.minimal().with(indicatorsFile, text).check()
    }

    @Test func unknownIndicatorCodeIsReportedAtTheValueWithAHint() throws {
        let report = try check(sdg: #"["8.5", "8.3.x"]"#)
        let d = try #require(report.only(.unknownSDG), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        // `  sdg: ["8.5", "8.3.x"]`: the second entry (its quote) is at column 16.
        #expect((d.line, d.column) == (5, 16))
        #expect(d.severity == .error)
        #expect(d.message.contains("'8.3.x'") && d.message.contains("did you mean '8.3.1'?"), "\(d.message)")
    }

    @Test func unknownGoalIsReported() throws {
        let report = try check(sdg: "[18]")
        let d = try #require(report.only(.unknownSDG), "\(report.summary)")
        #expect((d.line, d.column) == (5, 9))
        #expect(d.message.contains("'18'"), "\(d.message)")
    }

    @Test func unknownTargetIsReported() throws {
        let report = try check(sdg: "[8.13]")
        let d = try #require(report.only(.unknownSDG), "\(report.summary)")
        #expect((d.line, d.column) == (5, 9))
    }

    @Test(arguments: ["[8]", "[8.3]", "[8.3.1]", "[8.10]", #"["8.10"]"#, "[8.a]", "[8, 8.3, 8.3.1, 8.10, 8.10.1]"])
    func goalTargetAndIndicatorCodesAreAccepted(list: String) throws {
        let report = try check(sdg: list)
        #expect(report.diagnostics.isEmpty, "\(list): \(report.summary)")
    }

    @Test func unquoted810IsNotReadAsTheNumber81() throws {
        // 8.1 exists too; the model must keep "8.10" as written.
        let report = try check(sdg: "[8.10]")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        let indicator = try #require(report.result.content.communities.first?.indicators?.first)
        #expect(indicator.sdg.map(\.value) == ["8.10"])
        #expect((indicator.sdg[0].span.line, indicator.sdg[0].span.column) == (5, 9))
    }
}
