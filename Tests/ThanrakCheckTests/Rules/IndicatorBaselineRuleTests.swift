import Testing
import ThanrakModel
import ThanrakTestSupport

/// §11: without a baseline only `indicator-without-baseline`, at the
/// indicator's start; `target-before-baseline` when the target year (in CE)
/// is earlier than the baseline year, at the target's `year` value.
@Suite struct IndicatorBaselineRuleTests {
    let indicatorsFile = "\(TestTree.community)/indicators.yaml"

    /// An indicator with `baseline` on line 5 and `target` on line 6 when given.
    func indicators(baseline: String?, target: String?) -> String {
        var lines = [
            "- id: income",
            "  name: รายได้ครัวเรือน",
            "  level: output",
            "  direction: increase",
        ]
        if let baseline { lines.append("  baseline: {year: \(baseline), value: 8500}") }
        if let target { lines.append("  target: {year: \(target), value: 12000}") }
        return lines.joined(separator: "\n") + "\n"
    }

    func check(baseline: String?, target: String?) throws -> CheckReport {
        try TestTree.minimal().with(indicatorsFile, indicators(baseline: baseline, target: target)).check()
    }

    @Test func noBaselineIsWarnedAtTheIndicatorStart() throws {
        let report = try check(baseline: nil, target: nil)
        let d = try #require(report.only(.indicatorWithoutBaseline), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        #expect((d.line, d.column) == (1, 3))
        #expect(d.severity == .warning)
        #expect(d.message.contains("'income'"))
    }

    @Test func noBaselineWithATargetGivesOnlyTheBaselineWarning() throws {
        let text = indicators(baseline: nil, target: "2560")
        let report = try TestTree.minimal().with(indicatorsFile, text).check()
        let d = try #require(report.only(.indicatorWithoutBaseline), "\(report.summary)")
        #expect((d.line, d.column) == (1, 3))
        #expect(report.with(.targetBeforeBaseline).isEmpty, "\(report.summary)")
    }

    @Test func targetBeforeBaselineIsWarnedAtTheTargetYear() throws {
        let report = try check(baseline: "2566", target: "2565")
        let d = try #require(report.only(.targetBeforeBaseline), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        // `  target: {year: 2565, …}`: the year value starts at column 18.
        #expect((d.line, d.column) == (6, 18))
        #expect(d.severity == .warning)
        #expect(d.message.contains("2565") && d.message.contains("2566"), "\(d.message)")
    }

    @Test func commonEraTargetBeforeBuddhistEraBaselineIsCompared() throws {
        // 2566 BE = 2023 CE; a 2022 CE target is a year earlier.
        let report = try check(baseline: "2566", target: "2022")
        let d = try #require(report.only(.targetBeforeBaseline), "\(report.summary)")
        #expect((d.line, d.column) == (6, 18))
    }

    @Test func commonEraTargetInTheSameYearAsBuddhistBaselineIsNotBefore() throws {
        // 2566 BE = 2023 CE: not before, although 2023 < 2566 as written.
        let report = try check(baseline: "2566", target: "2023")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func buddhistTargetIsConvertedBeforeComparison() throws {
        // 2030 CE baseline, 2570 BE (2027 CE) target: before, although 2570 > 2030 as written.
        let report = try check(baseline: "2030", target: "2570")
        let d = try #require(report.only(.targetBeforeBaseline), "\(report.summary)")
        #expect((d.line, d.column) == (6, 18))
    }

    @Test func targetAfterBaselineIsClean() throws {
        let report = try check(baseline: "2566", target: "2570")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }
}
