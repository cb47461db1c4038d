import Testing
import ThanrakModel
import ThanrakTestSupport

@Suite struct CanvasReferenceRuleTests {
    let canvasFile = "\(TestTree.community)/canvas.yaml"

    @Test func unknownRefPointsAtTheValueWithAHint() throws {
        let canvas = TestTree.canvas.replacingOccurrences(of: "refs: [tourists, silk]", with: "refs: [tourists, fb-lvie, silk]")
            .replacingOccurrences(of: "refs: [silk, fb-live]", with: "refs: [silk, fb-lvie]")
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        let unknown = report.with(.unknownRef)
        #expect(unknown.count == 2, "\(report.summary)")
        let first = try #require(unknown.first)
        #expect(first.file == canvasFile)
        #expect((first.line, first.column) == (11, 22))
        #expect(first.span.length == 7)
        #expect(first.message.contains("did you mean 'fb-live'?"), "\(first.message)")
    }

    @Test func wrongStepRefNamesTheAllowedSteps() throws {
        let canvas = TestTree.canvas.replacingOccurrences(of: "    refs: [silk]\n    amount: 240000", with: "    refs: [silk, dye-cost]\n    amount: 240000")
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        let d = try #require(report.only(.wrongStepRef), "\(report.summary)")
        #expect((d.line, d.column) == (19, 18))
        #expect(d.message.contains("step 9 'costs'"))
    }

    @Test func missingRefNamesEveryUnmetPartAtTheRefsList() throws {
        // A channel that points only to another channel's step: neither 1 nor 2 met.
        let canvas = TestTree.canvas.replacingOccurrences(of: "refs: [tourists, silk]", with: "refs: []")
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        let d = try #require(report.only(.missingRef), "\(report.summary)")
        #expect((d.line, d.column) == (11, 11))
        #expect(d.message.contains("step 1 'value'") && d.message.contains("step 2 'customers'"))
    }

    @Test func missingRefWithoutRefsPointsAtTheItem() throws {
        let canvas = TestTree.canvas.replacingOccurrences(of: "    refs: [tourists]\n", with: "")
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        let d = try #require(report.only(.missingRef), "\(report.summary)")
        #expect((d.line, d.column) == (13, 5))
    }

    @Test func unresolvedRefsDoNotSatisfyTheRequirement() throws {
        let canvas = TestTree.canvas.replacingOccurrences(of: "refs: [dye-workshop, idle-looms]", with: "refs: [nothing-here, idle-looms]")
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        #expect(report.with(.unknownRef).count == 1)
        #expect(report.with(.missingRef).count == 1, "\(report.summary)")
    }
}
