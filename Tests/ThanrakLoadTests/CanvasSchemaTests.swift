import Testing
import ThanrakModel
import ThanrakTestSupport

/// `canvas.yaml` (§4, §11): nine step keys, each a list of items with `id`
/// and `text`; `refs`, `amount`/`per` and `partner` only where the step
/// allows them. Line numbers refer to `TestTree.canvas` where it is used.
@Suite struct CanvasSchemaTests {
    static let file = "\(TestTree.community)/canvas.yaml"

    static func check(_ canvas: String) throws -> CheckReport {
        try TestTree.minimal().with(file, canvas).check()
    }

    static func check(replacing old: String, with new: String) throws -> CheckReport {
        precondition(TestTree.canvas.contains(old))
        return try check(TestTree.canvas.replacingOccurrences(of: old, with: new))
    }

    static func canvas(_ report: CheckReport) throws -> Canvas {
        try #require(report.result.content.communities.first?.canvas)
    }

    // MARK: keys

    @Test func unknownStepKeyHasAHint() throws {
        let report = try Self.check(replacing: "customers:", with: "customer:")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (4, 1))
        #expect(d.message.contains("did you mean 'customers'?"), "\(d.message)")
    }

    @Test func unknownItemKeyHasAHint() throws {
        let report = try Self.check(replacing: "    text: ผ้าไหมมัดหมี่", with: "    txet: ผ้าไหมมัดหมี่")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (3, 5))
        #expect(d.message.contains("did you mean 'text'?"), "\(d.message)")
    }

    @Test func refsOnAValueItemIsUnknownKeyNamingTheStepsThatAllowIt() throws {
        let report = try Self.check(replacing: "    text: ผ้าไหมมัดหมี่", with: "    text: ผ้าไหมมัดหมี่\n    refs: [tourists]")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (4, 5))
        let allowed = try #require(d.message.range(of: "allowed only on items of ").map { d.message[$0.upperBound...] }, "\(d.message)")
        #expect(allowed.hasPrefix("'customers', 'channels'") && allowed.contains("'costs'") && !allowed.contains("'value'"), "\(d.message)")
    }

    @Test func amountOutsideRevenueAndCostsIsUnknownKey() throws {
        let report = try Self.check(replacing: "    text: บัตรสมาชิก", with: "    text: บัตรสมาชิก\n    amount: 500")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (15, 5))
        #expect(d.message.contains("'revenue'") && d.message.contains("'costs'"), "\(d.message)")
    }

    @Test func partnerOutsidePartnersIsUnknownKey() throws {
        let report = try Self.check(replacing: "    text: อบรมย้อมสี", with: "    text: อบรมย้อมสี\n    partner: cdd-udon")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (24, 5))
        #expect(d.message.contains("'partners'"), "\(d.message)")
    }

    @Test func duplicateItemKeyIsReportedAtTheSecondKey() throws {
        let report = try Self.check(replacing: "    text: ผ้าไหมมัดหมี่", with: "    text: ผ้าไหมมัดหมี่\n    text: ผ้าฝ้าย")
        let d = try #require(report.only(.duplicateKey), "\(report.summary)")
        #expect((d.line, d.column) == (4, 5))
        #expect(d.message.contains("line 3"), "\(d.message)")
        // The first text stands.
        #expect(try Self.canvas(report)[.value].first?.text.text(in: "th") == "ผ้าไหมมัดหมี่")
    }

    @Test func duplicateStepKeyIsReportedAtTheSecondKey() throws {
        let report = try Self.check(TestTree.canvas + "\nvalue:\n  - id: cotton\n    text: ผ้าฝ้าย\n")
        let d = try #require(report.only(.duplicateKey), "\(report.summary)")
        #expect((d.line, d.column) == (39, 1))
        #expect(d.message.contains("line 1"), "\(d.message)")
    }

    // MARK: required fields

    @Test func itemWithoutIDIsMissingFieldAtTheItemStart() throws {
        let report = try Self.check(replacing: "  - id: silk\n    text: ผ้าไหมมัดหมี่", with: "  - text: ผ้าไหมมัดหมี่")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (2, 5))
        #expect(d.message.contains("'id'"), "\(d.message)")
    }

    @Test func itemWithoutTextIsMissingFieldAtTheItemStart() throws {
        let report = try Self.check(replacing: "    text: นักท่องเที่ยว\n", with: "")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (5, 5))
        #expect(d.message.contains("'text'"), "\(d.message)")
    }

    @Test(arguments: ["\"\"", "~", "null", ""]) func emptyOrNullTextIsMissingField(value: String) throws {
        let report = try Self.check(replacing: "    text: นักท่องเที่ยว", with: "    text: \(value)")
        let d = try #require(report.only(.missingField), "\(value): \(report.summary)")
        #expect((d.line, d.column) == (5, 5))
        #expect(d.message.contains("'text'"), "\(d.message)")
    }

    @Test func textMapWithoutTheDefaultLanguageIsMissingFieldAtTheMap() throws {
        let report = try Self.check(replacing: "    text: นักท่องเที่ยว", with: "    text: {en: tourists}")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (6, 11))
        #expect(d.message.contains("'th'"), "\(d.message)")
    }

    @Test func textMapWithAnEmptyDefaultValueIsMissingField() throws {
        let report = try Self.check(replacing: "    text: นักท่องเที่ยว", with: "    text: {th: '', en: tourists}")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (6, 11))
    }

    @Test func perWithoutAmountIsMissingFieldAmount() throws {
        let report = try Self.check(replacing: "    amount: 240000", with: "    per: month")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (17, 5))
        #expect(d.message.contains("'amount'"), "\(d.message)")
    }

    // MARK: values

    @Test func textNoStaysTheWordNo() throws {
        let report = try Self.check(replacing: "    text: ผ้าไหมมัดหมี่", with: "    text: no")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(try Self.canvas(report)[.value].first?.text.text(in: "th") == "no")
    }

    @Test(arguments: ["yes", "off", "true", "2566", "8.10", "~x"]) func textKeepsTheScalarAsWritten(text: String) throws {
        let report = try Self.check(replacing: "    text: ผ้าไหมมัดหมี่", with: "    text: \(text)")
        #expect(report.diagnostics.isEmpty, "\(text): \(report.summary)")
        #expect(try Self.canvas(report)[.value].first?.text.text(in: "th") == text)
    }

    @Test func idThatLooksLikeANumberStaysAnID() throws {
        let report = try Self.check(replacing: "  - id: member-card", with: "  - id: 2566")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(try Self.canvas(report)[.relationships].first?.id.value == "2566")
    }

    @Test(arguments: ["Silk", "silk_2", "-silk", "silk--a", "ผ้า"]) func badItemIDIsBadIDAtTheValue(id: String) throws {
        let report = try Self.check(replacing: "  - id: member-card", with: "  - id: \(id)")
        let d = try #require(report.only(.badID), "\(id): \(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (13, 9))
    }

    @Test(arguments: ["1_000", "0x10", "1e3", ".inf", "12,000", "1.", "฿500"]) func amountNotWrittenAsADecimalIsWrongType(amount: String) throws {
        let report = try Self.check(replacing: "    amount: 240000", with: "    amount: \(amount)")
        let d = try #require(report.only(.wrongType), "\(amount): \(report.summary)")
        #expect((d.line, d.column) == (20, 13))
    }

    @Test(arguments: ["240000", "12.5", "0"]) func decimalAmountIsAccepted(amount: String) throws {
        let report = try Self.check(replacing: "    amount: 240000", with: "    amount: \(amount)")
        #expect(report.diagnostics.isEmpty, "\(amount): \(report.summary)")
    }

    @Test func negativeAmountIsOutOfRange() throws {
        let report = try Self.check(replacing: "    amount: 18000", with: "    amount: -5")
        let d = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect((d.line, d.column) == (37, 13))
    }

    @Test func unknownPerIsUnknownValueWithHintAndAllowedValues() throws {
        let report = try Self.check(replacing: "    amount: 18000", with: "    amount: 18000\n    per: montly")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect((d.line, d.column) == (38, 10))
        #expect(d.message.contains("did you mean 'month'?") && d.message.contains("once"), "\(d.message)")
    }

    @Test func refsAsAScalarIsWrongType() throws {
        let report = try Self.check(replacing: "    refs: [tourists]\n", with: "    refs: tourists\n")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (15, 11))
    }

    @Test func stepAsAScalarIsWrongType() throws {
        let report = try Self.check(replacing: "value:\n  - id: silk\n    text: ผ้าไหมมัดหมี่", with: "value: ผ้าไหม")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (1, 8))
    }

    @Test func itemAsAScalarIsWrongType() throws {
        let report = try Self.check(replacing: "value:\n  - id: silk\n    text: ผ้าไหมมัดหมี่", with: "value:\n  - silk")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (2, 5))
    }

    @Test func nullRefsCountAsNoRefs() throws {
        // `refs:` is `[]`: the channel then lacks both required references.
        let report = try Self.check(replacing: "refs: [tourists, silk]", with: "refs:")
        #expect(report.with(.wrongType).isEmpty, "\(report.summary)")
        let d = try #require(report.only(.missingRef), "\(report.summary)")
        #expect(d.message.contains("step 1") && d.message.contains("step 2"), "\(d.message)")
    }

    @Test func rootThatIsAListIsWrongType() throws {
        let report = try Self.check("- id: silk\n  text: ผ้า\n")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
    }
}
