import Testing
import ThanrakModel
import ThanrakTestSupport

/// `indicators.yaml` (§5, §11): a list of indicators with `id`, `name`,
/// `level`, `direction` required; `year` and `value` inside `baseline`,
/// `target` and each measurement. The base indicator, line by line:
///  1 `- id: income`  2 `  name: รายได้ครัวเรือน`  3 `  level: output`
///  4 `  direction: increase`  5 `  baseline: {year: 2566, value: 8500}`
@Suite struct IndicatorSchemaTests {
    static let file = "\(TestTree.community)/indicators.yaml"
    static let base = "- id: income\n  name: รายได้ครัวเรือน\n  level: output\n  direction: increase\n  baseline: {year: 2566, value: 8500}\n"

    static func check(_ yaml: String) throws -> CheckReport {
        try TestTree.minimal().with(file, yaml).check()
    }

    static func check(replacing old: String, with new: String) throws -> CheckReport {
        precondition(base.contains(old))
        return try check(base.replacingOccurrences(of: old, with: new))
    }

    /// Lines added after line 5 start on line 6.
    static func check(appending lines: String) throws -> CheckReport {
        try check(base + lines + "\n")
    }

    static func indicator(_ report: CheckReport) throws -> Indicator {
        try #require(report.result.content.communities.first?.indicators?.first)
    }

    @Test func baseIndicatorIsClean() throws {
        let report = try Self.check(Self.base)
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test(arguments: ["name", "level", "direction"]) func missingRequiredFieldIsReportedAtTheIndicatorStart(field: String) throws {
        let line = Self.base.split(separator: "\n").first { $0.hasPrefix("  \(field):") }!
        let report = try Self.check(replacing: String(line) + "\n", with: "")
        let d = try #require(report.only(.missingField), "\(field): \(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (1, 3))
        #expect(d.message.contains("'\(field)'"), "\(d.message)")
    }

    @Test func missingIDIsReportedAtTheIndicatorStart() throws {
        let report = try Self.check(replacing: "- id: income\n  name", with: "- name")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 3))
        #expect(d.message.contains("'id'"), "\(d.message)")
    }

    @Test func baselineWithoutValueIsMissingFieldAtTheBaselineMapping() throws {
        let report = try Self.check(replacing: "{year: 2566, value: 8500}", with: "{year: 2566}")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (5, 13))
        #expect(d.message.contains("'value'"), "\(d.message)")
    }

    @Test func measurementWithoutYearIsMissingFieldAtTheMeasurement() throws {
        let report = try Self.check(appending: "  measurements:\n    - value: 9100")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (7, 7))
        #expect(d.message.contains("'year'"), "\(d.message)")
    }

    @Test func unknownLevelIsUnknownValueWithHintAndAllowedValues() throws {
        let report = try Self.check(replacing: "level: output", with: "level: outputs")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect((d.line, d.column) == (3, 10))
        #expect(d.message.contains("did you mean 'output'?") && d.message.contains("impact"), "\(d.message)")
        #expect(report.with(.missingField).isEmpty, "an invalid level is not also missing: \(report.summary)")
    }

    @Test func unknownDirectionIsUnknownValue() throws {
        let report = try Self.check(replacing: "direction: increase", with: "direction: up")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect((d.line, d.column) == (4, 14))
        #expect(d.message.contains("increase") && d.message.contains("decrease"), "\(d.message)")
    }

    @Test func unknownKeyHasAHint() throws {
        let report = try Self.check(appending: "  sources: แบบสำรวจ")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (6, 3))
        #expect(d.message.contains("did you mean 'source'?"), "\(d.message)")
    }

    @Test func unknownObservationKeyIsUnknownKey() throws {
        let report = try Self.check(replacing: "{year: 2566, value: 8500}", with: "{year: 2566, value: 8500, note: x}")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (5, 39))
    }

    @Test func twoDigitYearIsOutOfRange() throws {
        let report = try Self.check(replacing: "year: 2566", with: "year: 66")
        let d = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect((d.line, d.column) == (5, 20))
        #expect(d.message.contains("66"), "\(d.message)")
        #expect(report.with(.missingField).isEmpty, "a bad year is not also missing: \(report.summary)")
    }

    @Test(arguments: ["2566.5", "2566.0", "1e3", "2_566", "BE2566"]) func yearThatIsNotAWholeNumberIsWrongType(year: String) throws {
        let report = try Self.check(replacing: "year: 2566", with: "year: \(year)")
        let d = try #require(report.only(.wrongType), "\(year): \(report.summary)")
        #expect((d.line, d.column) == (5, 20))
    }

    @Test(arguments: ["1_000", "0x10", "1e3", ".inf"]) func valueNotWrittenAsADecimalIsWrongType(value: String) throws {
        let report = try Self.check(replacing: "value: 8500", with: "value: \(value)")
        let d = try #require(report.only(.wrongType), "\(value): \(report.summary)")
        #expect((d.line, d.column) == (5, 33))
    }

    @Test func negativeAndDecimalValuesAreNumbers() throws {
        let report = try Self.check(replacing: "value: 8500", with: "value: -12.75")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(try Self.indicator(report).baseline?.value.value.value == -12.75)
    }

    @Test func sdgAsAScalarIsWrongType() throws {
        let report = try Self.check(appending: "  sdg: 8.3")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (6, 8))
    }

    @Test func nullSDGListIsEmpty() throws {
        let report = try Self.check(appending: "  sdg:\n  refs: ~\n  measurements: null")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        let i = try Self.indicator(report)
        #expect(i.sdg.isEmpty && i.refs.isEmpty && i.measurements.isEmpty)
    }

    @Test func nullOptionalTextIsAbsent() throws {
        let report = try Self.check(appending: "  unit:\n  source: ~")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        let i = try Self.indicator(report)
        #expect(i.unit == nil && i.source == nil)
    }

    @Test func unitThatLooksLikeABooleanStaysTheWord() throws {
        let report = try Self.check(appending: "  unit: no")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(try Self.indicator(report).unit?.text(in: "th") == "no")
    }

    @Test func measurementsAsAMappingIsWrongType() throws {
        let report = try Self.check(appending: "  measurements: {year: 2567, value: 1}")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (6, 17))
    }

    @Test func rootThatIsAMappingIsWrongType() throws {
        let report = try Self.check("id: income\nname: รายได้\n")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
    }

    @Test func emptyFileHasNoIndicators() throws {
        let report = try Self.check("")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }
}
