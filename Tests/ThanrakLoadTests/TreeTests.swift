import Testing
import ThanrakModel
import ThanrakTestSupport

/// The tree (§1, §11 "Ids and files"): required files, unknown files with
/// "did you mean", ids from folder and file names, assets, dot-files,
/// translations. File-level diagnostics point at 1:1 of the file (for
/// `missing-file`, the expected path).
@Suite struct TreeTests {
    static let folder = TestTree.community
    static let story = "---\ntitle: เรื่องเล่า\n---\nเนื้อหา\n"

    static func fileLevel(_ report: CheckReport, _ code: DiagnosticCode, _ file: String) throws -> Diagnostic {
        let d = try #require(report.only(code), "\(report.summary)")
        #expect(d.file == file)
        #expect((d.line, d.column) == (1, 1))
        #expect(d.severity == .error)
        return d
    }

    // MARK: unknown files

    @Test func canvasYmlIsUnknownFileWithAHint() throws {
        let report = try TestTree.minimal().with("\(Self.folder)/canvas.yml", TestTree.canvas).check()
        let d = try Self.fileLevel(report, .unknownFile, "\(Self.folder)/canvas.yml")
        #expect(d.message.contains("did you mean 'canvas.yaml'?"), "\(d.message)")
    }

    @Test func capitalisedCanvasYAMLIsUnknownFileWithAHint() throws {
        let report = try TestTree.minimal().with("\(Self.folder)/Canvas.yaml", TestTree.canvas).check()
        let d = try Self.fileLevel(report, .unknownFile, "\(Self.folder)/Canvas.yaml")
        #expect(d.message.contains("did you mean 'canvas.yaml'?"), "\(d.message)")
    }

    @Test func indicatorsYmlIsUnknownFileWithAHint() throws {
        let report = try TestTree.minimal().with("\(Self.folder)/indicators.yml", "[]\n").check()
        let d = try Self.fileLevel(report, .unknownFile, "\(Self.folder)/indicators.yml")
        #expect(d.message.contains("did you mean 'indicators.yaml'?"), "\(d.message)")
    }

    @Test func markdownExtensionIsUnknownFileWithAHint() throws {
        let report = try TestTree.minimal().with("\(Self.folder)/x.markdown", Self.story).check()
        let d = try Self.fileLevel(report, .unknownFile, "\(Self.folder)/x.markdown")
        #expect(d.message.contains("did you mean 'x.md'?"), "\(d.message)")
    }

    @Test func subfolderOfACommunityIsUnknownFile() throws {
        let report = try TestTree.minimal().with("\(Self.folder)/photos/a.jpg", "jpg").check()
        _ = try Self.fileLevel(report, .unknownFile, "\(Self.folder)/photos")
    }

    @Test func unknownTopLevelFolderIsUnknownFileWithAHint() throws {
        let report = try TestTree.minimal().with("comunities/ban-b/community.yaml", "name: x\n").check()
        let d = try Self.fileLevel(report, .unknownFile, "comunities")
        #expect(d.message.contains("did you mean 'communities'?"), "\(d.message)")
    }

    @Test func unknownTopLevelFileIsUnknownFile() throws {
        let report = try TestTree.minimal().with("sites.yaml", "title: x\n").check()
        let d = try Self.fileLevel(report, .unknownFile, "sites.yaml")
        #expect(d.message.contains("did you mean 'site.yaml'?"), "\(d.message)")
    }

    @Test func fileDirectlyInCommunitiesIsUnknownFile() throws {
        let report = try TestTree.minimal().with("communities/ban-b.yaml", "name: x\n").check()
        _ = try Self.fileLevel(report, .unknownFile, "communities/ban-b.yaml")
    }

    @Test func otherYAMLInACommunityIsUnknownFile() throws {
        let report = try TestTree.minimal().with("\(Self.folder)/notes.yaml", "a: 1\n").check()
        _ = try Self.fileLevel(report, .unknownFile, "\(Self.folder)/notes.yaml")
    }

    @Test func folderInNetworksIsUnknownFile() throws {
        let report = try TestTree.minimal().with("networks/old/udon-rice.yaml", "name: x\n").check()
        _ = try Self.fileLevel(report, .unknownFile, "networks/old")
    }

    @Test func fileDirectlyInKnowledgeIsUnknownFile() throws {
        let report = try TestTree.minimal().with("knowledge/intro.md", Self.story).check()
        _ = try Self.fileLevel(report, .unknownFile, "knowledge/intro.md")
    }

    @Test func translationIntoALanguageNotInSiteYAMLIsUnknownFile() throws {
        let report = try TestTree.minimal()
            .with("\(Self.folder)/story.md", Self.story)
            .with("\(Self.folder)/story.fr.md", Self.story)
            .check()
        let d = try Self.fileLevel(report, .unknownFile, "\(Self.folder)/story.fr.md")
        #expect(d.message.contains("'fr'"), "\(d.message)")
    }

    @Test func translationIntoTheDefaultLanguageIsUnknownFile() throws {
        let report = try TestTree.minimal()
            .with("\(Self.folder)/story.md", Self.story)
            .with("\(Self.folder)/story.th.md", Self.story)
            .check()
        _ = try Self.fileLevel(report, .unknownFile, "\(Self.folder)/story.th.md")
    }

    @Test func pageNameWithTwoDotsIsUnknownFile() throws {
        let report = try TestTree.minimal()
            .with("\(Self.folder)/story.md", Self.story)
            .with("\(Self.folder)/story.en.v2.md", Self.story)
            .check()
        _ = try Self.fileLevel(report, .unknownFile, "\(Self.folder)/story.en.v2.md")
    }

    // MARK: missing files

    @Test(arguments: ["community.yaml", "canvas.yaml"]) func missingCommunityFileIsMissingFileAtTheExpectedPath(name: String) throws {
        let report = try TestTree.minimal().without("\(Self.folder)/\(name)").check()
        _ = try Self.fileLevel(report, .missingFile, "\(Self.folder)/\(name)")
        #expect(report.exitStatus == 1)
    }

    @Test func missingIndicatorsIsFine() throws {
        let report = try TestTree.minimal().check()
        #expect(report.result.content.communities.first?.indicators?.isEmpty == true)
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func missingSiteYAMLIsMissingFile() throws {
        let report = try TestTree.minimal().without("site.yaml").check()
        _ = try Self.fileLevel(report, .missingFile, "site.yaml")
    }

    @Test func knowledgeSetWithoutIndexIsMissingFile() throws {
        let report = try TestTree.minimal().with("knowledge/basics/step-1.md", Self.story).check()
        _ = try Self.fileLevel(report, .missingFile, "knowledge/basics/index.md")
    }

    @Test func translationWithoutItsBasePageIsMissingFileOfTheBase() throws {
        let report = try TestTree.minimal().with("\(Self.folder)/story.en.md", Self.story).check()
        let d = try Self.fileLevel(report, .missingFile, "\(Self.folder)/story.md")
        #expect(d.message.contains("story.en.md"), "\(d.message)")
    }

    // MARK: ids from names

    @Test(arguments: ["Ban-B", "ban_b", "ban--b", "-ban-b"]) func badCommunityFolderNameIsBadID(id: String) throws {
        let tree = TestTree.minimal()
        let report = try tree
            .with("communities/\(id)/community.yaml", tree.files["\(Self.folder)/community.yaml"]!)
            .with("communities/\(id)/canvas.yaml", TestTree.canvas)
            .check()
        let d = try #require(report.only(.badID), "\(id): \(report.summary)")
        #expect(d.file.hasPrefix("communities/\(id)"), "\(d.file)")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("'\(id)'"), "\(d.message)")
    }

    @Test func communityIDLongerThan64IsBadID() throws {
        let id = String(repeating: "a", count: 65)
        let tree = TestTree.minimal()
        let report = try tree
            .with("communities/\(id)/community.yaml", tree.files["\(Self.folder)/community.yaml"]!)
            .with("communities/\(id)/canvas.yaml", TestTree.canvas)
            .check()
        let d = try #require(report.only(.badID), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
    }

    @Test(arguments: ["Story", "my_story"]) func badPageNameIsBadID(id: String) throws {
        let report = try TestTree.minimal().with("\(Self.folder)/\(id).md", Self.story).check()
        _ = try Self.fileLevel(report, .badID, "\(Self.folder)/\(id).md")
    }

    @Test func badKnowledgeSetNameIsBadID() throws {
        let report = try TestTree.minimal().with("knowledge/Basics/index.md", Self.story).check()
        let d = try #require(report.only(.badID), "\(report.summary)")
        #expect(d.file.hasPrefix("knowledge/Basics"), "\(d.file)")
        #expect((d.line, d.column) == (1, 1))
    }

    @Test func badKnowledgePageNameIsBadID() throws {
        let report = try TestTree.minimal()
            .with("knowledge/basics/index.md", Self.story)
            .with("knowledge/basics/Step_1.md", Self.story)
            .check()
        _ = try Self.fileLevel(report, .badID, "knowledge/basics/Step_1.md")
    }

    @Test func badPartnerFileNameIsBadID() throws {
        let report = try TestTree.minimal()
            .with("partners/CDD_Khon.yaml", "name: พช.\nsector: government\nlevel: changwat\n")
            .check()
        _ = try Self.fileLevel(report, .badID, "partners/CDD_Khon.yaml")
    }

    // MARK: assets and dot-files

    @Test func assetsBesidePagesAreAccepted() throws {
        let report = try TestTree.minimal()
            .with("\(Self.folder)/photo.jpg", "jpg")
            .with("\(Self.folder)/plan.pdf", "pdf")
            .with("\(Self.folder)/notes.txt", "txt")
            .with("knowledge/basics/index.md", Self.story)
            .with("knowledge/basics/diagram.png", "png")
            .check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(report.result.content.communities.first?.assets.sorted() == ["notes.txt", "photo.jpg", "plan.pdf"])
        #expect(report.result.content.knowledgeSets.first?.assets == ["diagram.png"])
    }

    @Test func dotFilesAreIgnoredEverywhere() throws {
        let report = try TestTree.minimal()
            .with(".DS_Store", "x")
            .with(".git/config", "x")
            .with("\(Self.folder)/.DS_Store", "x")
            .with("\(Self.folder)/.drafts/x.md", "x")
            .with("communities/.trash/community.yaml", "x")
            .with("networks/.draft.yaml", "x: [")
            .with("partners/.keep", "")
            .check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func emptyOptionalFoldersAreFine() throws {
        let report = try TestTree.minimal().with("knowledge/.keep", "").check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }
}
