import Testing
import ThanrakModel
import ThanrakTestSupport

/// `community.yaml` (§3, §11). The minimal file, line by line:
///  1 `name: {th: กลุ่มทอผ้าบ้านเอ, en: Ban A Weavers}`
///  2 `kind: community-enterprise`
///  3 `location:`  4 `  tambon: หนองบัว`  5 `  amphoe: กุมภวาปี`  6 `  changwat: อุดรธานี`
///  7 `stage: 2`   8 `networks: [udon-silk]`  9 `cycle: [produce, …, profit]`
@Suite struct CommunitySchemaTests {
    static let file = "\(TestTree.community)/community.yaml"
    static let minimal = TestTree.minimal().files[file]!

    static func check(_ yaml: String) throws -> CheckReport {
        try TestTree.minimal().with(file, yaml).check()
    }

    static func check(replacing old: String, with new: String) throws -> CheckReport {
        precondition(minimal.contains(old))
        return try check(minimal.replacingOccurrences(of: old, with: new))
    }

    /// Adds lines after line 9; the first added line is line 10.
    static func check(appending lines: String) throws -> CheckReport {
        try check(minimal + "\n" + lines + "\n")
    }

    static func community(_ report: CheckReport) throws -> Community {
        try #require(report.result.content.communities.first { $0.id == "ban-a" }?.community)
    }

    // MARK: required fields

    @Test func missingNameIsMissingFieldAtTheMappingStart() throws {
        let report = try Self.check(replacing: "name: {th: กลุ่มทอผ้าบ้านเอ, en: Ban A Weavers}\n", with: "")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'name'"), "\(d.message)")
    }

    @Test func missingLocationNamesLocationChangwat() throws {
        let report = try Self.check(replacing: "location:\n  tambon: หนองบัว\n  amphoe: กุมภวาปี\n  changwat: อุดรธานี\n", with: "")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("location.changwat"), "\(d.message)")
    }

    @Test func locationWithoutChangwatPointsAtTheLocationMapping() throws {
        let report = try Self.check(replacing: "  changwat: อุดรธานี\n", with: "")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (4, 3))
        #expect(d.message.contains("location.changwat"), "\(d.message)")
    }

    @Test func emptyChangwatIsMissingField() throws {
        let report = try Self.check(replacing: "  changwat: อุดรธานี", with: "  changwat: \"\"")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (4, 3))
        #expect(d.message.contains("location.changwat"), "\(d.message)")
    }

    @Test func nullLocationIsMissingFieldAtTheFileMapping() throws {
        // §11: an explicit null in a required field is missing, and missing-field points at
        // the start of the mapping that lacks it. `location:` null is absent, so the mapping
        // that lacks `location.changwat` is the file's own (1:1), as for `name:` or `stage:`
        // null; not the empty value after `location:` (3:10).
        let report = try Self.check(replacing: "location:\n  tambon: หนองบัว\n  amphoe: กุมภวาปี\n  changwat: อุดรธานี\n", with: "location:\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.message.contains("location.changwat"), "\(d.message)")
        #expect((d.line, d.column) == (1, 1))
    }

    @Test func missingStageIsMissingField() throws {
        let report = try Self.check(replacing: "stage: 2\n", with: "")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'stage'"), "\(d.message)")
    }

    @Test func nullStageIsMissingField() throws {
        let report = try Self.check(replacing: "stage: 2", with: "stage: ~")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'stage'"), "\(d.message)")
    }

    @Test func nameMapWithoutTheDefaultLanguageIsMissingFieldAtTheMap() throws {
        let report = try Self.check(replacing: "name: {th: กลุ่มทอผ้าบ้านเอ, en: Ban A Weavers}", with: "name: {en: Ban A Weavers}")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 7))
        #expect(d.message.contains("'th'"), "\(d.message)")
    }

    @Test func emptyDefaultLanguageValueIsMissingField() throws {
        let report = try Self.check(replacing: "name: {th: กลุ่มทอผ้าบ้านเอ, en: Ban A Weavers}", with: "name: {th: \"\", en: Ban A Weavers}")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 7))
        #expect(d.message.contains("'th'"), "\(d.message)")
    }

    @Test func languageKeyNotInSiteYAMLIsUnknownKey() throws {
        let report = try Self.check(replacing: "en: Ban A Weavers}", with: "en: Ban A Weavers, fr: Tisserands}")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (1, 49))
        #expect(d.message.contains("'fr'"), "\(d.message)")
    }

    // MARK: keys

    @Test func unknownKeyHasAHint() throws {
        let report = try Self.check(appending: "member: 32")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (10, 1))
        #expect(d.message.contains("did you mean 'members'?"), "\(d.message)")
    }

    @Test func unknownLocationKeyHasAHint() throws {
        let report = try Self.check(replacing: "  amphoe: กุมภวาปี", with: "  amphor: กุมภวาปี")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (5, 3))
        #expect(d.message.contains("did you mean 'amphoe'?"), "\(d.message)")
    }

    @Test func duplicateKeyIsReportedAtTheSecondKey() throws {
        let report = try Self.check(appending: "stage: 3")
        let d = try #require(report.only(.duplicateKey), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (10, 1))
        #expect(d.message.contains("line 7"), "\(d.message)")
        // The first value stands; the second is not read.
        #expect(try Self.community(report).stage?.value == 2)
    }

    @Test func unknownKSNBKeyIsUnknownKeyWithAHint() throws {
        let report = try Self.check(appending: "ksnb: {knowledge: 3, skil: 4}")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (10, 22))
        #expect(d.message.contains("did you mean 'skill'?"), "\(d.message)")
    }

    @Test func ksnbScoreAboveFiveIsOutOfRange() throws {
        let report = try Self.check(appending: "ksnb: {knowledge: 6}")
        let d = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect((d.line, d.column) == (10, 19))
    }

    @Test func unknownFoundationsKeyIsUnknownKeyWithAHint() throws {
        let report = try Self.check(appending: "foundations: {grouping: 4, finanse: 3}")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (10, 28))
        #expect(d.message.contains("did you mean 'finance'?"), "\(d.message)")
    }

    // MARK: values

    @Test(arguments: ["5", "0"]) func stageOutsideOneToFourIsOutOfRange(stage: String) throws {
        let report = try Self.check(replacing: "stage: 2", with: "stage: \(stage)")
        let d = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect((d.line, d.column) == (7, 8))
        #expect(report.with(.unknownValue).isEmpty)
    }

    @Test(arguments: ["2.5", "two", "1_0", "0x2", "2e0"]) func stageThatIsNotAWholeNumberIsWrongType(stage: String) throws {
        let report = try Self.check(replacing: "stage: 2", with: "stage: \(stage)")
        let d = try #require(report.only(.wrongType), "\(stage): \(report.summary)")
        #expect((d.line, d.column) == (7, 8))
    }

    @Test(arguments: ["66", "1700", "2201", "2399", "2744"]) func implausibleFoundedYearIsOutOfRange(year: String) throws {
        // After conversion to CE, 1800…2200: 66 is not 2566; 2399 is CE; 2744 BE is 2201 CE.
        let report = try Self.check(appending: "founded: \(year)")
        let d = try #require(report.only(.outOfRange), "\(year): \(report.summary)")
        #expect((d.line, d.column) == (10, 10))
    }

    @Test(arguments: ["2558", "2015", "1800", "2200", "2400", "2743"]) func plausibleFoundedYearIsAccepted(year: String) throws {
        let report = try Self.check(appending: "founded: \(year)")
        #expect(report.diagnostics.isEmpty, "\(year): \(report.summary)")
    }

    @Test(arguments: ["1_000", "0x10", "1e3", ".inf", "-.inf", ".nan", "+5", "3.0"]) func membersNotWrittenAsDigitsIsWrongType(members: String) throws {
        let report = try Self.check(appending: "members: \(members)")
        let d = try #require(report.only(.wrongType), "\(members): \(report.summary)")
        #expect((d.line, d.column) == (10, 10))
    }

    @Test func negativeMembersIsOutOfRange() throws {
        let report = try Self.check(appending: "members: -1")
        let d = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect((d.line, d.column) == (10, 10))
    }

    @Test func kindThatLooksLikeAYearStaysAnID() throws {
        let report = try Self.check(replacing: "kind: community-enterprise", with: "kind: 2566")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(try Self.community(report).kind?.value == "2566")
    }

    @Test(arguments: ["no", "yes", "off", "true", "null-ish"]) func kindThatLooksLikeABooleanStaysTheWord(kind: String) throws {
        let report = try Self.check(replacing: "kind: community-enterprise", with: "kind: \(kind)")
        #expect(report.diagnostics.isEmpty, "\(kind): \(report.summary)")
        #expect(try Self.community(report).kind?.value == kind)
    }

    @Test func kindWithCapitalsIsBadIDAtTheValue() throws {
        let report = try Self.check(replacing: "kind: community-enterprise", with: "kind: Community_Enterprise")
        let d = try #require(report.only(.badID), "\(report.summary)")
        #expect((d.line, d.column) == (2, 7))
    }

    @Test func explicitNullInAnOptionalFieldIsAbsent() throws {
        let report = try Self.check(replacing: "kind: community-enterprise", with: "kind: null")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(try Self.community(report).kind == nil)
    }

    @Test func explicitNullInAListFieldIsEmpty() throws {
        let report = try Self.check(replacing: "networks: [udon-silk]", with: "networks:")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(try Self.community(report).networks.isEmpty)
    }

    @Test func scalarWhereAListIsExpectedIsWrongType() throws {
        let report = try Self.check(replacing: "networks: [udon-silk]", with: "networks: udon-silk")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (8, 11))
    }

    @Test func unknownCycleRoleIsUnknownValueWithHintAndAllowedValues() throws {
        let report = try Self.check(replacing: "cycle: [produce, consume", with: "cycle: [produse, consume")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect((d.line, d.column) == (9, 9))
        #expect(d.message.contains("did you mean 'produce'?") && d.message.contains("capital"), "\(d.message)")
    }

    @Test func badValueAfterThaiTextHasACodePointColumn() throws {
        // Before `x`: 53 code points, 83 bytes.
        let report = try Self.check(replacing: "location:\n  tambon: หนองบัว\n  amphoe: กุมภวาปี\n  changwat: อุดรธานี\n", with: "location: {tambon: หนองบัว, changwat: อุดรธานี, moo: x}\n")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (3, 54))
    }

    @Test func mooOutOfRange() throws {
        let report = try Self.check(replacing: "  tambon: หนองบัว", with: "  moo: 0")
        let d = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect((d.line, d.column) == (4, 8))
    }

    @Test func latitudeBeyondNinetyIsOutOfRange() throws {
        let report = try Self.check(replacing: "  tambon: หนองบัว", with: "  coordinates: [95.5, 103.017]")
        let d = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect((d.line, d.column) == (4, 17))
    }

    @Test func coordinatesWithOneNumberAreWrongType() throws {
        let report = try Self.check(replacing: "  tambon: หนองบัว", with: "  coordinates: [17.1]")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (4, 16))
    }

    // MARK: trades

    @Test func tradeWithNeitherSellsNorBuysIsMissingFieldAtTheTrade() throws {
        let report = try Self.check(appending: "trades:\n  - with: ban-a")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (11, 5))
        #expect(d.message.contains("sells") && d.message.contains("buys"), "\(d.message)")
    }

    @Test func tradeWithoutWithIsMissingField() throws {
        let report = try Self.check(appending: "trades:\n  - sells: ผ้าไหม")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (11, 5))
        #expect(d.message.contains("'with'"), "\(d.message)")
    }
}
