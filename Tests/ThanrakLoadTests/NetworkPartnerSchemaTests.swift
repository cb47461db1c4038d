import Testing
import ThanrakModel
import ThanrakTestSupport

/// `networks/<id>.yaml` and `partners/<id>.yaml` (§6, §11). The minimal network:
///  1 `name: {…}`  2 `kind: thematic`  3 `theme: craft`  4 `level: changwat`  5 `coordinator: cdd-udon`;
/// the minimal partner: 1 `name: {…}`  2 `sector: government`  3 `level: changwat`.
@Suite struct NetworkPartnerSchemaTests {
    static let network = "networks/udon-silk.yaml"
    static let partner = "partners/cdd-udon.yaml"

    static func check(network old: String, _ new: String) throws -> CheckReport {
        let yaml = TestTree.minimal().files[network]!
        precondition(yaml.contains(old))
        return try TestTree.minimal().with(network, yaml.replacingOccurrences(of: old, with: new)).check()
    }

    static func check(partner old: String, _ new: String) throws -> CheckReport {
        let yaml = TestTree.minimal().files[partner]!
        precondition(yaml.contains(old))
        return try TestTree.minimal().with(partner, yaml.replacingOccurrences(of: old, with: new)).check()
    }

    // MARK: networks

    @Test func thematicNetworkWithoutThemeIsMissingField() throws {
        let report = try Self.check(network: "theme: craft\n", "")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == Self.network)
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'theme'"), "\(d.message)")
    }

    @Test func areaNetworkNeedsNoTheme() throws {
        let report = try Self.check(network: "kind: thematic\ntheme: craft\n", "kind: area\n")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test(arguments: ["name", "kind", "level"]) func missingRequiredNetworkFieldIsMissingField(field: String) throws {
        let yaml = TestTree.minimal().files[Self.network]!
        let line = yaml.split(separator: "\n").first { $0.hasPrefix("\(field):") }!
        let report = try Self.check(network: String(line) + "\n", "")
        let d = try #require(report.with(.missingField).first { $0.message.contains("'\(field)'") }, "\(field): \(report.summary)")
        #expect(d.file == Self.network)
        #expect((d.line, d.column) == (1, 1))
    }

    @Test func nullKindIsMissingField() throws {
        let report = try Self.check(network: "kind: thematic", "kind: ~")
        let d = try #require(report.with(.missingField).first { $0.message.contains("'kind'") }, "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
    }

    @Test func unknownThemeIsUnknownValueWithHintAndAllowedValues() throws {
        let report = try Self.check(network: "theme: craft", "theme: crafts")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect(d.file == Self.network)
        #expect((d.line, d.column) == (3, 8))
        #expect(d.message.contains("did you mean 'craft'?") && d.message.contains("organic-farming"), "\(d.message)")
        #expect(report.with(.missingField).isEmpty, "an invalid theme is not also missing: \(report.summary)")
    }

    @Test func unknownKindIsUnknownValue() throws {
        let report = try Self.check(network: "kind: thematic", "kind: thematik")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect((d.line, d.column) == (2, 7))
        #expect(d.message.contains("did you mean 'thematic'?"), "\(d.message)")
    }

    @Test func unknownNetworkLevelIsUnknownValue() throws {
        let report = try Self.check(network: "level: changwat", "level: province")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect((d.line, d.column) == (4, 8))
        #expect(d.message.contains("tambon-group") && d.message.contains("ecoregion"), "\(d.message)")
    }

    @Test func unknownNetworkKeyHasAHint() throws {
        let report = try Self.check(network: "coordinator: cdd-udon", "coordinater: cdd-udon")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (5, 1))
        #expect(d.message.contains("did you mean 'coordinator'?"), "\(d.message)")
    }

    @Test func badCoordinatorIDIsBadIDAtTheValue() throws {
        let report = try Self.check(network: "coordinator: cdd-udon", "coordinator: CDD_Udon")
        let d = try #require(report.only(.badID), "\(report.summary)")
        #expect((d.line, d.column) == (5, 14))
    }

    @Test func aboutAsAListIsWrongType() throws {
        let report = try Self.check(network: "coordinator: cdd-udon", "coordinator: cdd-udon\nabout: [a, b]")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (6, 8))
    }

    @Test func aboutTextMapWithAnUnknownLanguageIsUnknownKey() throws {
        let report = try Self.check(network: "coordinator: cdd-udon", "coordinator: cdd-udon\nabout:\n  th: ผ้าไหม\n  fr: soie")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (8, 3))
    }

    @Test func networkFileWithACapitalIsBadID() throws {
        let yaml = TestTree.minimal().files[Self.network]!
        let report = try TestTree.minimal().with("networks/Udon-Rice.yaml", yaml).check()
        let d = try #require(report.only(.badID), "\(report.summary)")
        #expect(d.file == "networks/Udon-Rice.yaml")
        #expect((d.line, d.column) == (1, 1))
    }

    @Test func networkFileEndingInYmlIsUnknownFileWithAHint() throws {
        let yaml = TestTree.minimal().files[Self.network]!
        let report = try TestTree.minimal().with("networks/udon-rice.yml", yaml).check()
        let d = try #require(report.only(.unknownFile), "\(report.summary)")
        #expect(d.file == "networks/udon-rice.yml")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("did you mean 'udon-rice.yaml'?"), "\(d.message)")
    }

    // MARK: partners

    @Test func unknownSectorIsUnknownValueWithHint() throws {
        let report = try Self.check(partner: "sector: government", "sector: goverment")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect(d.file == Self.partner)
        #expect((d.line, d.column) == (2, 9))
        #expect(d.message.contains("did you mean 'government'?") && d.message.contains("civil-society"), "\(d.message)")
    }

    @Test func partnerLevelOutsideItsListIsUnknownValue() throws {
        // `tambon-group` is a network level, not a partner level.
        let report = try Self.check(partner: "level: changwat", "level: tambon-group")
        let d = try #require(report.only(.unknownValue), "\(report.summary)")
        #expect((d.line, d.column) == (3, 8))
    }

    @Test(arguments: ["name", "sector", "level"]) func missingRequiredPartnerFieldIsMissingField(field: String) throws {
        let yaml = TestTree.minimal().files[Self.partner]!
        let line = yaml.split(separator: "\n").first { $0.hasPrefix("\(field):") }!
        let report = try Self.check(partner: String(line), "x_\(field): 1")
        let d = try #require(report.with(.missingField).first { $0.message.contains("'\(field)'") }, "\(field): \(report.summary)")
        #expect(d.file == Self.partner)
        #expect((d.line, d.column) == (1, 1))
    }

    @Test func partnerNameWithoutDefaultLanguageIsMissingFieldAtTheMap() throws {
        let report = try Self.check(partner: "name: {th: พัฒนาชุมชนจังหวัด, en: Community Development Office}", "name: {en: Community Development Office}")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 7))
        #expect(d.message.contains("'th'"), "\(d.message)")
    }

    @Test func unknownPartnerKeyHasAHint() throws {
        let report = try Self.check(partner: "level: changwat", "level: changwat\nabuot: x")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (4, 1))
        #expect(d.message.contains("did you mean 'about'?"), "\(d.message)")
    }

    @Test func partnerAboutMarkdownIsKept() throws {
        let report = try Self.check(partner: "level: changwat", "level: changwat\nabout: |\n  ช่วย **หาตลาด**\n")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        let about = try #require(report.result.content.partners.first?.model?.about)
        #expect(about.source.text(in: "th") == "ช่วย **หาตลาด**\n")
    }
}
