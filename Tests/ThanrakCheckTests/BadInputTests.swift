import Testing
import ThanrakModel
import ThanrakTestSupport

/// The issue's list of bad input: each gives a diagnostic with a position,
/// or a correct load; never a crash, a hang or a silently ignored key.
@Suite struct BadInputTests {
    let communityFile = "\(TestTree.community)/community.yaml"
    let canvasFile = "\(TestTree.community)/canvas.yaml"

    @Test func aliasBombIsRefusedNotExpanded() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for i in 1...30 { yaml += "a\(i): &a\(i) [*a\(i - 1 == 0 ? "" : String(i - 1)), *a\(i - 1 == 0 ? "" : String(i - 1))]\n" }
        let report = try TestTree.minimal().with(canvasFile, yaml).check()
        let unsupported = report.with(.unsupportedYAML)
        #expect(!unsupported.isEmpty && unsupported.count <= 3, "one report per kind, not one per alias: \(report.summary)")
        #expect(unsupported.first?.line == 1)
        #expect(unsupported.first?.column == 4)
    }

    @Test func secondDocumentIsRefused() throws {
        let report = try TestTree.minimal().with(communityFile, TestTree.minimal().files[communityFile]! + "\n---\nname: x\n").check()
        let d = try #require(report.only(.unsupportedYAML), "\(report.summary)")
        #expect(d.line == 10)
    }

    @Test func deepNestingDoesNotExhaustTheStack() throws {
        let deep = "value: " + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000) + "\n"
        let report = try TestTree.minimal().with(canvasFile, deep).check()
        let d = try #require(report.only(.yamlSyntax), "\(report.summary)")
        #expect((d.line, d.column) == (1, 8 + 256))
    }

    @Test func fiftyMegabyteFileLoads() throws {
        let huge = "value:\n  - id: silk\n    text: " + String(repeating: "ผ้าไหมมัดหมี่ ", count: 1_300_000) + "\n"
        #expect(huge.utf8.count > 50_000_000)
        let report = try TestTree.minimal().with(canvasFile, TestTree.canvas.replacingOccurrences(of: "value:\n  - id: silk\n    text: ผ้าไหมมัดหมี่\n", with: huge)).check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func bomAndCRLFLoadWithTheSameColumns() throws {
        let crlf = "\u{FEFF}" + TestTree.canvas.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "refs: [silk, fb-live]", with: "refs: [silk, fb-lvie]")
        let report = try TestTree.minimal().with(canvasFile, crlf).check()
        let d = try #require(report.only(.unknownRef), "\(report.summary)")
        #expect((d.line, d.column) == (24, 18))
    }

    @Test func emptyFilesGiveDiagnosticsNotCrashes() throws {
        let report = try TestTree.minimal().with(communityFile, "").with(canvasFile, "").check()
        #expect(report.with(.missingField).count == 3, "\(report.summary)")
        #expect(report.with(.emptyStep).count == 9)
    }

    @Test func scalarWhereAListIsExpected() throws {
        let report = try TestTree.minimal().with(canvasFile, "value: silk\n").check()
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (1, 8))
    }

    @Test func tenThousandCommunitiesLoad() throws {
        var tree = TestTree.minimal()
        for i in 0..<10_000 {
            let id = "c\(i)"
            tree.files["communities/\(id)/community.yaml"] = "name: กลุ่ม \(i)\nlocation: {changwat: ขอนแก่น}\nstage: 1\n"
            tree.files["communities/\(id)/canvas.yaml"] = TestTree.canvas
        }
        let report = try tree.check(jobs: 2)
        #expect(report.result.content.communities.count == 10_001)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.count) diagnostics, first: \(report.diagnostics.first.map { "\($0)" } ?? "")")
    }
}
