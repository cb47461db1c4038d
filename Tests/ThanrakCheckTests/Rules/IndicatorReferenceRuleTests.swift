import Testing
import ThanrakModel
import ThanrakTestSupport

/// §11: an indicator's `refs` name canvas items of any step; an unknown one
/// is `unknown-ref` at the value, naming another indicator `wrong-step-ref`.
@Suite struct IndicatorReferenceRuleTests {
    let indicatorsFile = "\(TestTree.community)/indicators.yaml"

    func indicator(id: String, refs: String) -> String {
        """
        - id: \(id)
          name: รายได้ครัวเรือน
          level: output
          direction: increase
          baseline: {year: 2566, value: 8500}
          refs: \(refs)

        """
    }

    @Test func unknownRefPointsAtTheValueWithAHint() throws {
        let report = try TestTree.minimal().with(indicatorsFile, indicator(id: "income", refs: "[silk, scarf-sale]")).check()
        let d = try #require(report.only(.unknownRef), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        // `  refs: [silk, scarf-sale]`: the second entry starts at column 16.
        #expect((d.line, d.column) == (6, 16))
        #expect(d.message.contains("did you mean 'scarf-sales'?"), "\(d.message)")
    }

    @Test func refToAnotherIndicatorIsWrongStepRef() throws {
        let text = indicator(id: "income", refs: "[scarf-sales]") + indicator(id: "savings", refs: "[income]")
        let report = try TestTree.minimal().with(indicatorsFile, text).check()
        let d = try #require(report.only(.wrongStepRef), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        #expect((d.line, d.column) == (12, 10))
        #expect(d.message.contains("'income' is an indicator"), "\(d.message)")
        #expect(report.with(.unknownRef).isEmpty)
    }

    @Test func refsMayNameItemsOfAnyStep() throws {
        let refs = "[silk, tourists, fb-live, member-card, scarf-sales, dye-workshop, idle-looms, cdd, dye-cost]"
        let report = try TestTree.minimal().with(indicatorsFile, indicator(id: "income", refs: refs)).check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func anIndicatorIDIsNotACanvasItemForTheHint() throws {
        // `incom` is closest to the indicator `income`, but the hint names canvas items only.
        let text = indicator(id: "income", refs: "[incom]")
        let report = try TestTree.minimal().with(indicatorsFile, text).check()
        let d = try #require(report.only(.unknownRef), "\(report.summary)")
        #expect((d.line, d.column) == (6, 10))
        #expect(!d.message.contains("did you mean 'income'"), "\(d.message)")
    }
}
