import Testing
import ThanrakModel
import ThanrakTestSupport

/// §4: a `partners` item may name a partner file (`partner: cdd-udon`); an
/// unknown one is `unknown-partner` at the value, with "did you mean".
@Suite struct CanvasPartnerRuleTests {
    let canvasFile = "\(TestTree.community)/canvas.yaml"

    @Test func unknownPartnerIsReportedAtTheValueWithAHint() throws {
        let canvas = TestTree.canvas.replacingOccurrences(of: "partner: cdd-udon", with: "partner: cdd-udn")
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        let d = try #require(report.only(.unknownPartner), "\(report.summary)")
        #expect(d.file == canvasFile)
        // `    partner: cdd-udn` on line 32.
        #expect((d.line, d.column) == (32, 14))
        #expect(d.severity == .error)
        #expect(d.message.contains("'cdd-udn'") && d.message.contains("did you mean 'cdd-udon'?"), "\(d.message)")
    }

    @Test func partnerFileRemovedMakesTheReferenceUnknown() throws {
        let report = try TestTree.minimal().without("partners/cdd-udon.yaml")
            .with("networks/udon-silk.yaml", "name: เครือข่าย\nkind: area\nlevel: changwat\n")
            .check()
        let d = try #require(report.only(.unknownPartner), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (32, 14))
    }

    @Test func knownPartnerIsClean() throws {
        let report = try TestTree.minimal().check()
        #expect(report.with(.unknownPartner).isEmpty, "\(report.summary)")
    }
}
