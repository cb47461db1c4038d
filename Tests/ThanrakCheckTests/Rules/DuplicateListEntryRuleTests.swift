import Testing
import ThanrakModel
import ThanrakTestSupport

/// §11: a duplicate entry in a list of ids (`refs`, `networks`, `cycle`,
/// `sdg`) or two measurements of one year is `duplicate-id` on the second.
@Suite struct DuplicateListEntryRuleTests {
    let communityFile = "\(TestTree.community)/community.yaml"
    let canvasFile = "\(TestTree.community)/canvas.yaml"
    let indicatorsFile = "\(TestTree.community)/indicators.yaml"

    func community(replacing old: String, with new: String) -> TestTree {
        let tree = TestTree.minimal()
        return tree.with(communityFile, tree.files[communityFile]!.replacingOccurrences(of: old, with: new))
    }

    /// An indicator with `sdg` on line 5, `refs` on line 6 and measurements from line 8.
    func indicator(sdg: String = "[8.5]", refs: String = "[scarf-sales]", measurements: [String] = []) -> String {
        var lines = [
            "- id: income",
            "  name: รายได้ครัวเรือน",
            "  level: output",
            "  direction: increase",
            "  sdg: \(sdg)",
            "  refs: \(refs)",
            "  baseline: {year: 2565, value: 8500}",
        ]
        if !measurements.isEmpty {
            lines.append("  measurements:")
            lines += measurements.map { "    - {year: \($0), value: 9100}" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func duplicateCanvasRefIsReportedOnTheSecond() throws {
        let canvas = TestTree.canvas.replacingOccurrences(of: "refs: [tourists, silk]", with: "refs: [tourists, silk, tourists]")
        let report = try TestTree.minimal().with(canvasFile, canvas).check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect(d.file == canvasFile)
        #expect((d.line, d.column) == (11, 28))
        #expect(d.message.contains("'tourists'") && d.message.contains("fb-live"), "\(d.message)")
    }

    @Test func duplicateNetworkIsReportedOnTheSecond() throws {
        let report = try community(replacing: "networks: [udon-silk]", with: "networks: [udon-silk, udon-silk]").check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect(d.file == communityFile)
        #expect((d.line, d.column) == (8, 23))
        #expect(d.message.contains("networks"), "\(d.message)")
    }

    @Test func duplicateCycleRoleIsReportedOnTheSecond() throws {
        let report = try community(replacing: "profit]", with: "profit, produce]").check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect(d.file == communityFile)
        #expect((d.line, d.column) == (9, 60))
        #expect(d.message.contains("'produce'") && d.message.contains("cycle"), "\(d.message)")
    }

    @Test func duplicateSDGCodeIsReportedOnTheSecond() throws {
        let report = try TestTree.minimal().with(indicatorsFile, indicator(sdg: #"["8.3", "8.3"]"#)).check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        #expect((d.line, d.column) == (5, 16))
        #expect(d.message.contains("'8.3'"), "\(d.message)")
    }

    @Test func duplicateIndicatorRefIsReportedOnTheSecond() throws {
        let report = try TestTree.minimal().with(indicatorsFile, indicator(refs: "[scarf-sales, silk, scarf-sales]")).check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        #expect((d.line, d.column) == (6, 29))
    }

    @Test func twoMeasurementsOfOneYearReportTheSecondYear() throws {
        let report = try TestTree.minimal().with(indicatorsFile, indicator(measurements: ["2567", "2567"])).check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect(d.file == indicatorsFile)
        #expect((d.line, d.column) == (10, 14))
        #expect(d.message.contains("line 9"), "\(d.message)")
    }

    @Test func buddhistAndCommonEraSpellingsOfOneYearAreTheSameYear() throws {
        // 2566 BE = 2023 CE.
        let report = try TestTree.minimal().with(indicatorsFile, indicator(measurements: ["2566", "2023"])).check()
        let d = try #require(report.only(.duplicateID), "\(report.summary)")
        #expect((d.line, d.column) == (10, 14))
    }

    @Test func measurementsOfDifferentYearsAreClean() throws {
        // 2566 BE = 2023 CE, so 2024 CE is another year.
        let report = try TestTree.minimal().with(indicatorsFile, indicator(measurements: ["2566", "2024", "2568"])).check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func sameIDInTwoDifferentListsIsNotADuplicate() throws {
        // `silk` in refs of two items, `8.3` next to `8.3.1`: each list is its own.
        let report = try TestTree.minimal().with(indicatorsFile, indicator(sdg: "[8.3, 8.3.1]", refs: "[silk]")).check()
        #expect(report.with(.duplicateID).isEmpty, "\(report.summary)")
    }
}
