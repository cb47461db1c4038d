import Testing
import ThanrakModel
import ThanrakTestSupport

/// §11 `empty-step`: a missing key, `[]` or null; a warning at stage 1, an
/// error at stages 2–4, only a warning when `stage` is missing or invalid.
/// It points at the step's key, or canvas.yaml 1:1 when the key is missing.
@Suite struct EmptyStepRuleTests {
    let canvasFile = "\(TestTree.community)/canvas.yaml"
    let communityFile = "\(TestTree.community)/community.yaml"
    /// The `costs` step of `TestTree.canvas`, lines 34–38.
    static let costsBlock = """
        costs:
          - id: dye-cost
            text: ค่าสีย้อม
            amount: 18000
            refs: [dye-workshop, idle-looms]
        """

    func tree(stage: String?, costs: String?) -> TestTree {
        var community = TestTree.minimal().files[communityFile]!
        community = community.replacingOccurrences(of: "stage: 2\n", with: stage.map { "stage: \($0)\n" } ?? "")
        let canvas = TestTree.canvas.replacingOccurrences(of: Self.costsBlock, with: costs ?? "")
        return TestTree.minimal().with(communityFile, community).with(canvasFile, canvas)
    }

    @Test func emptyListAtStage1IsAWarningAtTheKey() throws {
        let report = try tree(stage: "1", costs: "costs: []").check()
        let d = try #require(report.only(.emptyStep), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (34, 1))
        #expect(d.severity == .warning)
        #expect(d.message.contains("step 9 'costs'") && d.message.contains("ค่าใช้จ่าย"), "\(d.message)")
    }

    /// "One broken file gives its own errors only": an item without an id
    /// is reported as such, and its step is not also called empty.
    @Test func aStepWhoseOnlyItemIsBrokenIsNotAlsoEmpty() throws {
        let report = try tree(stage: "2", costs: "costs:\n  - text: ค่าสีย้อม\n").check()
        #expect(report.with(.emptyStep).isEmpty, "\(report.summary)")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.message.contains("'id'"), "\(d.message)")
    }

    @Test func emptyListAtStage2IsAnError() throws {
        let report = try tree(stage: "2", costs: "costs: []").check()
        let d = try #require(report.only(.emptyStep), "\(report.summary)")
        #expect((d.line, d.column) == (34, 1))
        #expect(d.severity == .error)
        #expect(report.exitStatus == 1)
    }

    @Test(arguments: ["3", "4"]) func emptyListAtLaterStagesIsAnError(stage: String) throws {
        let report = try tree(stage: stage, costs: "costs: []").check()
        let d = try #require(report.only(.emptyStep), "\(report.summary)")
        #expect((d.line, d.column) == (34, 1))
        #expect(d.severity == .error)
    }

    @Test func nullStepCountsAsEmptyAtTheKey() throws {
        let report = try tree(stage: "2", costs: "costs:").check()
        let d = try #require(report.only(.emptyStep), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (34, 1))
        #expect(d.severity == .error)
    }

    @Test func explicitNullStepCountsAsEmptyAtTheKey() throws {
        let report = try tree(stage: "1", costs: "costs: null").check()
        let d = try #require(report.only(.emptyStep), "\(report.summary)")
        #expect((d.line, d.column) == (34, 1))
        #expect(d.severity == .warning)
    }

    @Test func missingStepKeyPointsAtCanvasStart() throws {
        let report = try tree(stage: "2", costs: nil).check()
        let d = try #require(report.only(.emptyStep), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (1, 1))
        #expect(d.severity == .error)
        #expect(d.message.contains("step 9 'costs'"), "\(d.message)")
    }

    @Test func missingStageMakesItOnlyAWarning() throws {
        let report = try tree(stage: nil, costs: "costs: []").check()
        let d = try #require(report.only(.emptyStep), "\(report.summary)")
        #expect((d.line, d.column) == (34, 1))
        #expect(d.severity == .warning)
        // The missing stage itself is its own error.
        #expect(report.only(.missingField)?.message.contains("stage") == true, "\(report.summary)")
    }

    @Test func outOfRangeStageMakesItOnlyAWarning() throws {
        let report = try tree(stage: "7", costs: "costs: []").check()
        let d = try #require(report.only(.emptyStep), "\(report.summary)")
        #expect((d.line, d.column) == (34, 1))
        #expect(d.severity == .warning)
        let stage = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect(stage.file == communityFile)
        #expect((stage.line, stage.column) == (7, 8))
    }

    @Test func wrongTypeStageMakesItOnlyAWarning() throws {
        let report = try tree(stage: "two", costs: "costs: []").check()
        let d = try #require(report.only(.emptyStep), "\(report.summary)")
        #expect(d.severity == .warning)
        #expect(report.only(.wrongType)?.file == communityFile, "\(report.summary)")
    }

    @Test func everyEmptyStepIsReportedOnItsOwn() throws {
        let canvas = "value: []\ncustomers:\n"
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        let empty = report.with(.emptyStep)
        #expect(empty.count == 9, "\(report.summary)")
        func at(_ key: String) -> (Int, Int)? {
            empty.first { $0.message.contains("'\(key)'") }.map { ($0.line, $0.column) }
        }
        let value = try #require(at("value"))
        let customers = try #require(at("customers"))
        let costs = try #require(at("costs"))
        #expect(value == (1, 1))
        #expect(customers == (2, 1))
        #expect(costs == (1, 1))
    }
    @Test func missingOrBrokenCanvasGivesNoEmptyStep() throws {
        let missing = try TestTree.minimal().without(canvasFile).check()
        #expect(missing.with(.emptyStep).isEmpty, "\(missing.summary)")
        #expect(missing.only(.missingFile)?.file == canvasFile, "\(missing.summary)")
        let broken = try TestTree.minimal().with(canvasFile, "value: [\n").check()
        #expect(broken.with(.emptyStep).isEmpty, "\(broken.summary)")
        #expect(broken.only(.yamlSyntax)?.file == canvasFile, "\(broken.summary)")
    }
}
