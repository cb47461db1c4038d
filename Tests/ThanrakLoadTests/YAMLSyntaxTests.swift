import Testing
import ThanrakModel
import ThanrakTestSupport

/// What every YAML file shares (§1, §8, §11): UTF-8 (a BOM accepted), LF or
/// CRLF, no anchors, aliases, tags or second documents, spaces for
/// indentation, and columns in code points.
@Suite struct YAMLSyntaxTests {
    static let file = "\(TestTree.community)/community.yaml"
    static let minimal = TestTree.minimal().files[file]!

    static func check(_ yaml: String) throws -> CheckReport {
        try TestTree.minimal().with(file, yaml).check()
    }

    static func replacing(_ old: String, _ new: String) -> String {
        precondition(minimal.contains(old))
        return minimal.replacingOccurrences(of: old, with: new)
    }

    // MARK: unsupported YAML

    @Test func anchorIsUnsupportedYAMLAtTheAnchor() throws {
        let report = try Self.check(Self.replacing("kind: community-enterprise", "kind: &k community-enterprise"))
        let d = try #require(report.only(.unsupportedYAML), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (2, 7))
        #expect(d.message.contains("&k"), "\(d.message)")
    }

    @Test func aliasIsUnsupportedYAMLAtTheAlias() throws {
        let report = try Self.check(Self.minimal + "\nfounded: *year\n")
        let d = try #require(report.only(.unsupportedYAML), "\(report.summary)")
        #expect((d.line, d.column) == (10, 10))
    }

    @Test func tagIsUnsupportedYAMLAtTheTaggedNode() throws {
        let report = try Self.check(Self.replacing("stage: 2", "stage: !!int 2"))
        let d = try #require(report.only(.unsupportedYAML), "\(report.summary)")
        #expect((d.line, d.column) == (7, 8))
    }

    @Test func tagOnAMappingIsUnsupportedYAML() throws {
        let report = try Self.check(Self.replacing("location:\n", "location: !place\n"))
        let d = try #require(report.only(.unsupportedYAML), "\(report.summary)")
        #expect(d.line == 3, "\(report.summary)")
    }

    @Test func secondDocumentIsUnsupportedYAMLAtItsStart() throws {
        let report = try Self.check(Self.minimal + "\n---\nname: อื่น\n")
        let d = try #require(report.only(.unsupportedYAML), "\(report.summary)")
        #expect((d.line, d.column) == (10, 1))
    }

    @Test func explicitStartOfTheOnlyDocumentIsFine() throws {
        let report = try Self.check("---\n" + Self.minimal + "\n")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    // MARK: syntax

    @Test func tabInIndentationIsYAMLSyntaxAtTheTab() throws {
        let report = try Self.check(Self.replacing("  tambon: หนองบัว", "\ttambon: หนองบัว"))
        let d = try #require(report.only(.yamlSyntax), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (4, 1))
        #expect(d.message.contains("tab"), "\(d.message)")
    }

    @Test func syntaxErrorStopsTheFileButNotTheOthers() throws {
        // §11: one broken file gives its own errors only.
        let report = try Self.check(Self.replacing("stage: 2", "stage: [2"))
        let d = try #require(report.only(.yamlSyntax), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect(report.diagnostics.allSatisfy { $0.file == Self.file }, "\(report.summary)")
    }

    @Test func keyWithoutValueSeparatorIsYAMLSyntax() throws {
        // `stage: 2: 3`: the second `:` at column 9 is not allowed here.
        let report = try Self.check(Self.replacing("stage: 2", "stage: 2: 3"))
        let d = try #require(report.only(.yamlSyntax), "\(report.summary)")
        #expect((d.line, d.column) == (7, 9))
    }

    // MARK: encodings and line ends

    @Test func bomAndCRLFKeepLinesAndColumns() throws {
        let yaml = "\u{FEFF}" + Self.replacing("stage: 2", "stage: 5").replacingOccurrences(of: "\n", with: "\r\n")
        let report = try Self.check(yaml)
        let d = try #require(report.only(.outOfRange), "\(report.summary)")
        #expect((d.line, d.column) == (7, 8))
        #expect(report.diagnostics.count == 1, "\(report.summary)")
    }

    @Test func bomDoesNotShiftTheFirstLine() throws {
        let yaml = "\u{FEFF}" + Self.replacing("en: Ban A Weavers}", "en: Ban A Weavers, fr: Tisserands}")
        let report = try Self.check(yaml)
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (1, 49))
    }

    @Test func crlfBlockScalarAboutMapsLinks() throws {
        let network = "name: เครือข่าย\r\nkind: area\r\nlevel: changwat\r\nabout: |\r\n  ดู [x](@nope)\r\n"
        let report = try TestTree.minimal().with("networks/udon-silk.yaml", network).check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (5, 6))
    }

    @Test func thaiTextBeforeABadValueCountsCodePoints() throws {
        // `location: {tambon: หนองบัว, changwat: อุดรธานี, moo: x}`: `x` is code point 54, byte 84.
        let report = try Self.check(Self.replacing("location:\n  tambon: หนองบัว\n  amphoe: กุมภวาปี\n  changwat: อุดรธานี\n", "location: {tambon: หนองบัว, changwat: อุดรธานี, moo: x}\n"))
        let d = try #require(report.only(.wrongType), "\(report.summary)")
        #expect((d.line, d.column) == (3, 54))
    }

    @Test func thaiKeyBeforeAnUnknownKeyCountsCodePoints() throws {
        let report = try Self.check(Self.replacing("name: {th: กลุ่มทอผ้าบ้านเอ, en: Ban A Weavers}", "name: {th: กลุ่มทอผ้าบ้านเอ, eng: Ban A Weavers}"))
        let d = try #require(report.only(.unknownKey), "\(report.summary)")
        #expect((d.line, d.column) == (1, 30))
    }

    // MARK: invalid UTF-8

    /// The minimal community.yaml with `bad` inserted after `หนอ` on line 4
    /// (`  tambon: หนอ` is 13 code points): the first bad byte is column 14.
    static func invalid(_ bad: [UInt8]) -> (tree: TestTree, offset: Int) {
        let marker = "  tambon: หนอ"
        let before = String(minimal[..<minimal.range(of: marker)!.upperBound])
        let after = String(minimal[minimal.range(of: marker)!.upperBound...])
        var tree = TestTree.minimal()
        tree.rawFiles[file] = Array(before.utf8) + bad + Array(after.utf8)
        return (tree, before.utf8.count)
    }

    @Test func invalidByteIsInvalidUTF8AtItsLineAndColumnWithTheOffset() throws {
        let (tree, offset) = Self.invalid([0xFF])
        let report = try tree.check()
        let d = try #require(report.only(.invalidUTF8), "\(report.summary)")
        #expect(d.file == Self.file)
        #expect((d.line, d.column) == (4, 14))
        #expect(d.message.contains("byte offset \(offset)"), "\(d.message)")
        #expect(report.exitStatus == 1)
    }

    @Test func truncatedThaiSequenceIsReportedAtItsFirstByte() throws {
        // E0 B8 starts a three-byte Thai letter; the next byte is `บ`'s lead byte, not a continuation.
        let (tree, offset) = Self.invalid([0xE0, 0xB8])
        let report = try tree.check()
        let d = try #require(report.only(.invalidUTF8), "\(report.summary)")
        #expect((d.line, d.column) == (4, 14))
        #expect(d.message.contains("byte offset \(offset)"), "\(d.message)")
    }

    @Test func overlongEncodingIsInvalid() throws {
        let (tree, offset) = Self.invalid([0xC0, 0xAF])
        let report = try tree.check()
        let d = try #require(report.only(.invalidUTF8), "\(report.summary)")
        #expect((d.line, d.column) == (4, 14))
        #expect(d.message.contains("byte offset \(offset)"), "\(d.message)")
    }

    @Test func invalidUTF8InAPageIsReportedInThePage() throws {
        var tree = TestTree.minimal()
        let page = "\(TestTree.community)/story.md"
        tree.rawFiles[page] = Array("---\ntitle: ก\n---\nab".utf8) + [0xFE] + Array("\n".utf8)
        let report = try tree.check()
        let d = try #require(report.only(.invalidUTF8), "\(report.summary)")
        #expect(d.file == page)
        #expect((d.line, d.column) == (4, 3))
        #expect(d.message.contains("byte offset 21"), "\(d.message)")
    }

    @Test func invalidUTF8FileGivesOnlyItsOwnError() throws {
        var tree = TestTree.minimal()
        let canvas = "\(TestTree.community)/canvas.yaml"
        tree.rawFiles[canvas] = [0x80] + Array(TestTree.canvas.utf8)
        let report = try tree.check()
        let d = try #require(report.only(.invalidUTF8), "\(report.summary)")
        #expect(d.file == canvas)
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.contains("byte offset 0"), "\(d.message)")
        #expect(report.diagnostics.count == 1, "no empty-step or unknown-ref from a file that could not be read: \(report.summary)")
    }
}
