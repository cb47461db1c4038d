import Testing
import ThanrakModel
import ThanrakTestSupport

/// §11: the five canvas warnings are per item, at the start of the item's
/// mapping, and count direct references only.
@Suite struct CanvasCompletenessRuleTests {
    let canvasFile = "\(TestTree.community)/canvas.yaml"

    /// Adds a second value item `cotton` on lines 4–5 (its mapping starts at 4:5).
    func withCotton(_ canvas: String = TestTree.canvas) -> String {
        canvas.replacingOccurrences(of: "    text: ผ้าไหมมัดหมี่\n", with: "    text: ผ้าไหมมัดหมี่\n  - id: cotton\n    text: ผ้าฝ้าย\n")
    }

    /// Adds a second customer `locals` on lines 8–10 (its mapping starts at 8:5).
    func withLocals(_ canvas: String = TestTree.canvas) -> String {
        canvas.replacingOccurrences(of: "    refs: [silk]\nchannels:", with: "    refs: [silk]\n  - id: locals\n    text: คนในชุมชน\n    refs: [silk]\nchannels:")
    }

    func check(_ canvas: String) throws -> CheckReport {
        try TestTree.minimal().with(canvasFile, canvas).check()
    }

    @Test func valueNoRevenueReferencesIsWarnedAtTheItem() throws {
        let canvas = withCotton().replacingOccurrences(of: "refs: [tourists, silk]", with: "refs: [tourists, silk, cotton]")
        let report = try check(canvas)
        let d = try #require(report.only(.valueWithoutRevenue), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (4, 5))
        #expect(d.severity == .warning)
        #expect(d.message.contains("'cotton'"), "\(d.message)")
        #expect(report.with(.valueWithoutChannel).isEmpty, "\(report.summary)")
        #expect(report.exitStatus == 0)
    }

    @Test func valueNoChannelReferencesIsWarnedAtTheItem() throws {
        let canvas = withCotton().replacingOccurrences(of: "    refs: [silk]\n    amount: 240000", with: "    refs: [silk, cotton]\n    amount: 240000")
        let report = try check(canvas)
        let d = try #require(report.only(.valueWithoutChannel), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (4, 5))
        #expect(d.severity == .warning)
        #expect(report.with(.valueWithoutRevenue).isEmpty, "\(report.summary)")
    }

    @Test func valueWithNeitherGetsBothWarningsAtTheSamePlace() throws {
        let report = try check(withCotton())
        let revenue = try #require(report.only(.valueWithoutRevenue), "\(report.summary)")
        let channel = try #require(report.only(.valueWithoutChannel), "\(report.summary)")
        #expect((revenue.line, revenue.column) == (4, 5))
        #expect((channel.line, channel.column) == (4, 5))
    }

    @Test func customerNoChannelReferencesIsWarnedAtTheItem() throws {
        let canvas = withLocals().replacingOccurrences(of: "refs: [tourists]\n", with: "refs: [tourists, locals]\n")
        let report = try check(canvas)
        let d = try #require(report.only(.customerWithoutChannel), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (8, 5))
        #expect(d.severity == .warning)
        #expect(d.message.contains("'locals'"), "\(d.message)")
        #expect(report.with(.customerWithoutRelationship).isEmpty, "\(report.summary)")
    }

    @Test func customerNoRelationshipReferencesIsWarnedAtTheItem() throws {
        let canvas = withLocals().replacingOccurrences(of: "refs: [tourists, silk]", with: "refs: [tourists, silk, locals]")
        let report = try check(canvas)
        let d = try #require(report.only(.customerWithoutRelationship), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (8, 5))
        #expect(d.severity == .warning)
        #expect(report.with(.customerWithoutChannel).isEmpty, "\(report.summary)")
    }

    @Test func activityNoCostReferencesIsWarnedAtTheItem() throws {
        // A second activity `market` on lines 25–27; resources name it, costs do not.
        let canvas = TestTree.canvas.replacingOccurrences(
            of: "    refs: [silk, fb-live]\nresources:",
            with: "    refs: [silk, fb-live]\n  - id: market\n    text: ตลาดนัด\n    refs: [member-card]\nresources:")
        let report = try check(canvas)
        let d = try #require(report.only(.activityWithoutCost), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (25, 5))
        #expect(d.severity == .warning)
        #expect(d.message.contains("'market'"), "\(d.message)")
    }

    @Test func indirectReferenceThroughAResourceDoesNotCountForCost() throws {
        // costs → idle-looms → market: not a direct reference from costs.
        let canvas = TestTree.canvas
            .replacingOccurrences(
                of: "    refs: [silk, fb-live]\nresources:",
                with: "    refs: [silk, fb-live]\n  - id: market\n    text: ตลาดนัด\n    refs: [member-card]\nresources:")
            .replacingOccurrences(of: "    text: กี่ว่าง 6 หลัง\n    refs: [dye-workshop]", with: "    text: กี่ว่าง 6 หลัง\n    refs: [dye-workshop, market]")
        let report = try check(canvas)
        let d = try #require(report.only(.activityWithoutCost), "\(report.summary)")
        #expect((d.line, d.column) == (25, 5))
    }

    @Test func indirectReferenceThroughACustomerDoesNotCountForChannel() throws {
        // channels → tourists → cotton: cotton is still not named by a channel.
        let canvas = withCotton()
            .replacingOccurrences(of: "    text: นักท่องเที่ยว\n    refs: [silk]", with: "    text: นักท่องเที่ยว\n    refs: [silk, cotton]")
            .replacingOccurrences(of: "    refs: [silk]\n    amount: 240000", with: "    refs: [silk, cotton]\n    amount: 240000")
        let report = try check(canvas)
        let d = try #require(report.only(.valueWithoutChannel), "\(report.summary)")
        #expect((d.line, d.column) == (4, 5))
        #expect(report.with(.valueWithoutRevenue).isEmpty, "\(report.summary)")
    }

    @Test func completeCanvasHasNoCompletenessWarnings() throws {
        let report = try check(TestTree.canvas)
        for code in [DiagnosticCode.valueWithoutRevenue, .valueWithoutChannel, .customerWithoutChannel, .customerWithoutRelationship, .activityWithoutCost] {
            #expect(report.with(code).isEmpty, "\(report.summary)")
        }
    }
}
