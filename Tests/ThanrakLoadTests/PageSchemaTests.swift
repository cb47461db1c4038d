import Testing
import ThanrakModel
import ThanrakTestSupport

/// Markdown pages (§6, §11): front matter between `---` lines at the top,
/// `title` required except in a community's `index.md`, `order` on knowledge
/// pages only; an unterminated front matter is `yaml-syntax` at 1:1; body
/// lines keep their numbers in the file.
@Suite struct PageSchemaTests {
    static let page = "\(TestTree.community)/story.md"
    static let knowledgeIndex = "knowledge/basics/index.md"
    static let knowledgePage = "knowledge/basics/step-1.md"

    static func check(page text: String) throws -> CheckReport {
        try TestTree.minimal().with(page, text).check()
    }

    static func check(knowledge text: String) throws -> CheckReport {
        try TestTree.minimal()
            .with(knowledgeIndex, "---\ntitle: พื้นฐาน\n---\n")
            .with(knowledgePage, text)
            .check()
    }

    // MARK: title

    @Test func communityPageWithoutFrontMatterLacksTitleAt1_1() throws {
        let report = try Self.check(page: "เรื่องเล่า\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("title"), "\(d.message)")
    }

    @Test func communityPageWithFrontMatterButNoTitleIsMissingFieldAtTheMappingStart() throws {
        // §11 "Where a diagnostic points": missing-field points at the start of the mapping
        // that lacks it. With front matter present, that mapping begins on line 2 (the line
        // after the opening `---`), not at 1:1 (which is right only without front matter).
        let report = try Self.check(page: "---\nsummary: สรุป\n---\nเรื่องเล่า\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (2, 1))
        #expect(d.message.contains("title"), "\(d.message)")
    }

    @Test func communityIndexNeedsNoTitle() throws {
        let report = try TestTree.minimal().with("\(TestTree.community)/index.md", "เรื่องของกลุ่ม\n").check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func knowledgeIndexNeedsATitle() throws {
        let report = try TestTree.minimal().with(Self.knowledgeIndex, "หน้าแรก\n").check()
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == Self.knowledgeIndex)
        #expect((d.line, d.column) == (1, 1))
    }

    @Test func knowledgePageNeedsATitle() throws {
        let report = try Self.check(knowledge: "เนื้อหา\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == Self.knowledgePage)
        #expect((d.line, d.column) == (1, 1))
    }

    @Test func titleMapWithoutTheDefaultLanguageIsMissingFieldAtTheMap() throws {
        let report = try Self.check(page: "---\ntitle: {en: Story}\n---\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (2, 8))
        #expect(d.message.contains("'th'"), "\(d.message)")
    }

    @Test func emptyTitleIsMissingField() throws {
        let report = try Self.check(page: "---\ntitle: ''\n---\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect(d.message.contains("title"), "\(d.message)")
    }

    @Test func translationTitleIsInItsOwnLanguage() throws {
        let report = try TestTree.minimal()
            .with(Self.page, "---\ntitle: เรื่องเล่า\n---\n")
            .with("\(TestTree.community)/story.en.md", "---\ntitle: Story\n---\n")
            .check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    // MARK: order

    @Test func orderOnAKnowledgePageIsAccepted() throws {
        let report = try Self.check(knowledge: "---\ntitle: ขั้นที่ 1\norder: 2\n---\n")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        let page = report.result.content.knowledgeSets.first?.pages.first { $0.id == "step-1" }
        #expect(page?.order?.value == 2)
    }

    @Test func orderOnACommunityPageIsUnknownKeyAtTheKey() throws {
        let report = try Self.check(page: "---\ntitle: เรื่องเล่า\norder: 2\n---\n")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (3, 1))
        #expect(d.message.contains("knowledge"), "\(d.message)")
    }

    @Test(arguments: ["first", "1.5", "1e1"]) func orderThatIsNotAWholeNumberIsWrongType(order: String) throws {
        let report = try Self.check(knowledge: "---\ntitle: ขั้นที่ 1\norder: \(order)\n---\n")
        let d = try #require(report.only(.wrongType), "\(order): \(report.summary)")
        #expect(d.file == Self.knowledgePage)
        #expect((d.line, d.column) == (3, 8))
    }

    // MARK: front matter

    @Test func unknownFrontMatterKeyKeepsItsFileLine() throws {
        let report = try Self.check(page: "---\ntitle: เรื่องเล่า\nsumary: สั้น ๆ\n---\n")
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (3, 1))
        #expect(d.message.contains("did you mean 'summary'?"), "\(d.message)")
    }

    @Test func duplicateFrontMatterKeyIsReportedAtTheSecond() throws {
        let report = try Self.check(page: "---\ntitle: หนึ่ง\nsummary: x\ntitle: สอง\n---\n")
        let d = try #require(report.only(.duplicateKey), "\(report.summary)")
        #expect((d.line, d.column) == (4, 1))
        #expect(d.message.contains("line 2"), "\(d.message)")
    }

    @Test func unterminatedFrontMatterIsYAMLSyntaxAt1_1() throws {
        let report = try Self.check(page: "---\ntitle: เรื่องเล่า\n\nเนื้อหา [x](@nope)\n")
        let d = try #require(report.only(.yamlSyntax), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (1, 1))
        // The page cannot be read, so nothing else is reported for it.
        #expect(report.diagnostics.filter { $0.file == Self.page }.count == 1, "\(report.summary)")
    }

    @Test func frontMatterSyntaxErrorKeepsItsFileLine() throws {
        // `summary: a: b`: the second `:` (column 11 of file line 3) is not allowed.
        let report = try Self.check(page: "---\ntitle: เรื่องเล่า\nsummary: a: b\n---\n")
        let d = try #require(report.only(.yamlSyntax), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (3, 11))
    }

    @Test func tabInFrontMatterIsYAMLSyntaxOnItsLine() throws {
        let report = try Self.check(page: "---\ntitle: เรื่องเล่า\n\tsummary: x\n---\n")
        let d = try #require(report.only(.yamlSyntax), "\(report.summary)")
        #expect((d.line, d.column) == (3, 1))
    }

    @Test func frontMatterThatIsAListIsWrongType() throws {
        let report = try Self.check(page: "---\n- title\n---\n")
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (2, 1))
    }

    @Test func fenceNotOnTheFirstLineIsNoFrontMatter() throws {
        let report = try Self.check(page: "\n---\ntitle: เรื่องเล่า\n---\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect((d.line, d.column) == (1, 1))
        #expect(report.with(.yamlSyntax).isEmpty)
    }

    // MARK: body positions

    @Test func bodyLinesKeepTheirFileNumbers() throws {
        let report = try Self.check(page: "---\ntitle: เรื่องเล่า\nsummary: สรุป\n---\n\nย่อหน้า\n\nดู [x](@nope)\n")
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (8, 4))
    }

    @Test func bomBeforeTheFenceStillStartsFrontMatter() throws {
        let report = try Self.check(page: "\u{FEFF}---\ntitle: เรื่องเล่า\n---\nดู [x](@nope)\n")
        #expect(report.with(.missingField).isEmpty, "\(report.summary)")
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (4, 4))
    }

    @Test func crlfPageKeepsLinesAndColumns() throws {
        let report = try Self.check(page: "---\r\ntitle: เรื่องเล่า\r\n---\r\n\r\nดู [x](@nope)\r\n")
        #expect(report.with(.missingField).isEmpty, "\(report.summary)")
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (5, 4))
    }

    @Test func bomOnAPageWithoutFrontMatterDoesNotShiftColumns() throws {
        let report = try TestTree.minimal().with("\(TestTree.community)/index.md", "\u{FEFF}ดู [x](@nope)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (1, 4))
    }
    @Test func fenceWithTrailingSpaceIsNotAFence() throws {
        let report = try Self.check(page: "--- \ntitle: เรื่องเล่า\n---\n")
        let d = try #require(report.only(.missingField), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (1, 1))
        #expect(report.with(.yamlSyntax).isEmpty, "\(report.summary)")
    }
}
