import Testing
import ThanrakModel
import ThanrakTestSupport

/// §11 "Ids and files": reserved ids are `id-collision` at 1:1 of the file:
/// community pages `canvas` and `handout`, knowledge page `print`, community
/// ids `network`, `partner`, `knowledge`, `sdg`.
@Suite struct ReservedIDRulesTests {
    static let knowledgeIndex = "knowledge/basics/index.md"

    @Test(arguments: ["canvas", "handout"]) func communityPageWithAGeneratedPageIDCollides(id: String) throws {
        let file = "\(TestTree.community)/\(id).md"
        let report = try TestTree.minimal().with(file, "---\ntitle: หน้า\n---\nเนื้อหา\n").check()
        let d = try #require(report.only(.idCollision), "\(report.summary)")
        #expect(d.file == file)
        #expect((d.line, d.column) == (1, 1))
        #expect(d.severity == .error)
        #expect(d.message.contains("'\(id)'"), "\(d.message)")
    }

    @Test(arguments: ["sdg", "network", "partner", "knowledge"]) func communityFolderWithALinkKindNameCollides(id: String) throws {
        let tree = TestTree.minimal()
        let report = try tree
            .with("communities/\(id)/community.yaml", tree.files["\(TestTree.community)/community.yaml"]!)
            .with("communities/\(id)/canvas.yaml", TestTree.canvas)
            .check()
        let d = try #require(report.only(.idCollision), "\(report.summary)")
        #expect(d.file == "communities/\(id)/community.yaml")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'\(id)'"), "\(d.message)")
    }

    @Test func knowledgePageNamedPrintCollides() throws {
        let report = try TestTree.minimal()
            .with(Self.knowledgeIndex, "---\ntitle: พื้นฐาน\n---\n")
            .with("knowledge/basics/print.md", "---\ntitle: พิมพ์\n---\n")
            .check()
        let d = try #require(report.only(.idCollision), "\(report.summary)")
        #expect(d.file == "knowledge/basics/print.md")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'print'"), "\(d.message)")
    }

    @Test func namesReservedElsewhereAreFine() throws {
        // `print` is reserved in knowledge sets only; `canvas` in communities only.
        let report = try TestTree.minimal()
            .with("\(TestTree.community)/print.md", "---\ntitle: พิมพ์\n---\n")
            .with(Self.knowledgeIndex, "---\ntitle: พื้นฐาน\n---\n")
            .with("knowledge/basics/canvas.md", "---\ntitle: แคนวาส\n---\n")
            .with("knowledge/basics/handout.md", "---\ntitle: เอกสาร\n---\n")
            .check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func aTranslationOfAReservedPageIsReportedAtTheBasePage() throws {
        let report = try TestTree.minimal()
            .with("\(TestTree.community)/canvas.md", "---\ntitle: หน้า\n---\n")
            .with("\(TestTree.community)/canvas.en.md", "---\ntitle: Page\n---\n")
            .check()
        let collisions = report.with(.idCollision)
        #expect(collisions.contains { $0.file == "\(TestTree.community)/canvas.md" && $0.line == 1 && $0.column == 1 }, "\(report.summary)")
    }
}
