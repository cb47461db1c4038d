import Testing
import ThanrakModel
import ThanrakTestSupport

/// §1 and §11 "Links": every `@` link form in a community page, resolving
/// and not; a broken one is `broken-link` at the link's `[`, with columns
/// counted in code points (Thai letters count one each, not three bytes).
@Suite struct PageLinkRuleTests {
    static let page = "\(TestTree.community)/links.md"

    /// The minimal tree plus a page `story`, an asset `photo.jpg`, an
    /// indicator `income`, a knowledge set `basics` with a page `step-1`, and
    /// `links.md` whose body (`body`) starts on line 4.
    static func tree(body: String) -> TestTree {
        TestTree.minimal()
            .with("\(TestTree.community)/story.md", "---\ntitle: เรื่องเล่า\n---\nเรื่องของเรา\n")
            .with("\(TestTree.community)/photo.jpg", "not really a jpeg")
            .with("\(TestTree.community)/indicators.yaml", "- id: income\n  name: รายได้\n  level: output\n  direction: increase\n  baseline: {year: 2566, value: 1}\n")
            .with("knowledge/basics/index.md", "---\ntitle: พื้นฐาน\n---\nหน้าแรก\n")
            .with("knowledge/basics/step-1.md", "---\ntitle: ขั้นที่ 1\norder: 1\n---\nเนื้อหา\n")
            .with(page, "---\ntitle: ลิงก์\n---\n" + body)
    }

    static let resolving = [
        "@ban-a", "@ban-a#silk", "@ban-a#income", "@ban-a/story", "@ban-a/canvas", "@ban-a/handout",
        "@ban-a/photo.jpg", "@network/udon-silk", "@partner/cdd-udon", "@knowledge/basics",
        "@knowledge/basics/step-1", "@knowledge/basics/print", "@sdg/8", "@sdg/8.3", "@sdg/8.3.1", "@sdg/8.10",
    ]

    @Test(arguments: resolving) func linkFormResolves(destination: String) throws {
        let report = try Self.tree(body: "ดู [ลิงก์](\(destination))\n").check()
        #expect(report.diagnostics.isEmpty, "\(destination): \(report.summary)")
    }

    /// (destination, a fragment of the message)
    static let broken: [(String, String)] = [
        ("@ban-b", "no community 'ban-b'; did you mean 'ban-a'?"),
        ("@ban-a#silx", "'silx' is not an item or indicator of ban-a; did you mean 'silk'?"),
        ("@ban-a/stroy", "did you mean 'story'?"),
        ("@ban-a/canvass", "did you mean 'canvas'?"),
        ("@ban-a/handot", "did you mean 'handout'?"),
        ("@ban-a/photo.jpeg", "did you mean 'photo.jpg'?"),
        ("@ban-b/story", "no community 'ban-b'"),
        ("@network/udon-silx", "no network 'udon-silx'; did you mean 'udon-silk'?"),
        ("@partner/cdd-udn", "no partner 'cdd-udn'; did you mean 'cdd-udon'?"),
        ("@knowledge/basix", "no knowledge set 'basix'; did you mean 'basics'?"),
        ("@knowledge/basics/step-2", "did you mean 'step-1'?"),
        ("@knowledge/basics/prnt", "did you mean 'print'?"),
        ("@knowledge/nope/step-1", "no knowledge set 'nope'"),
        ("@sdg/18", "'18' is not a goal, target or indicator"),
        ("@sdg/8.3.9", "'8.3.9' is not a goal, target or indicator"),
        ("@ban-a/x#y", "anchors work only on a community link"),
        ("@network/udon-silk#x", "anchors work only on a community link"),
        ("@netwrok/udon-silk", "no community 'netwrok'; did you mean 'network'?"),
        ("@ban-a/story/extra", "too many parts"),
        ("@network/a/b", "write @network/<id>"),
    ]

    @Test(arguments: broken) func linkFormThatDoesNotResolveIsBrokenLinkAtItsBracket(destination: String, message: String) throws {
        let report = try Self.tree(body: "ดู [ลิงก์](\(destination))\n").check()
        let d = try #require(report.only(.brokenLink), "\(destination): \(report.summary)")
        #expect(d.file == Self.page)
        // `ดู [`: two Thai code points and a space before the `[` (seven bytes).
        #expect((d.line, d.column) == (4, 4), "\(destination)")
        #expect(d.severity == .error)
        #expect(d.message.contains(message), "\(destination): \(d.message)")
        #expect(report.with(.unknownCommunity).isEmpty && report.with(.unknownNetwork).isEmpty && report.with(.unknownPartner).isEmpty && report.with(.unknownSDG).isEmpty)
    }

    @Test func referenceStyleLinkIsCheckedAtItsUse() throws {
        let report = try Self.tree(body: "ดู [ผ้า][r]\n\n[r]: @nope\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (4, 4))
        #expect(d.message.contains("'@nope'"), "\(d.message)")
    }

    @Test func referenceStyleLinkThatResolvesIsClean() throws {
        let report = try Self.tree(body: "ดู [ผ้า][r]\n\n[r]: @ban-a#silk\n").check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func imageOfAnAssetThatExistsIsClean() throws {
        let report = try Self.tree(body: "รูป ![](@ban-a/photo.jpg)\n").check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func imageOfAMissingAssetIsBrokenLink() throws {
        let report = try Self.tree(body: "รูป ![](@ban-a/photo.jpg)\n")
            .without("\(TestTree.community)/photo.jpg")
            .check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect(d.file == Self.page)
        // The image starts at its `!` after `รูป ` (four code points).
        #expect((d.line, d.column) == (4, 5))
        #expect(d.message.contains("photo.jpg"), "\(d.message)")
    }

    @Test func twoLinksOnAThaiLineHaveCodePointColumns() throws {
        let body = "บรรทัดแรก\nเรื่องของกลุ่ม ดู [a](@nope) และ [b](@nope2)\n"
        let report = try Self.tree(body: body).check()
        let found = report.with(.brokenLink)
        #expect(found.map { [$0.line, $0.column] } == [[5, 19], [5, 34]], "\(report.summary)")
    }

    @Test func linkInTheStoryWithoutFrontMatterIsOnItsOwnLine() throws {
        let report = try Self.tree(body: "").with("\(TestTree.community)/index.md", "เรื่องของกลุ่ม ดู [a](@nope)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect(d.file == "\(TestTree.community)/index.md")
        #expect((d.line, d.column) == (1, 19))
    }

    @Test func linkInATranslationIsChecked() throws {
        let report = try Self.tree(body: "")
            .with("\(TestTree.community)/story.en.md", "---\ntitle: Story\n---\n\nSee [it](@ban-a/stroy)\n")
            .check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect(d.file == "\(TestTree.community)/story.en.md")
        #expect((d.line, d.column) == (5, 5))
    }

    @Test func linksWithoutAtAreNotChecked() throws {
        let body = "[a](https://example.org/) [b](other-page/) [c](#top) [d](mailto:x@example.org) [e](nope)\n"
        let report = try Self.tree(body: body).check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func codeIsNotALink() throws {
        let report = try Self.tree(body: "`[a](@nope)`\n\n    [b](@nope)\n").check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func brokenLinkFailsTheCheck() throws {
        let report = try Self.tree(body: "[a](@nope)\n").check()
        #expect(report.exitStatus == 1)
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (4, 1))
    }
    /// (body line, expected column of the `[`): links inside Markdown containers.
    static let containers: [(String, Int)] = [
        ("> ดู [x](@nope)", 6),
        ("- ดู [x](@nope)", 6),
        ("1. ดู [x](@nope)", 7),
        ("# ดู [x](@nope)", 6),
        ("*ดู [x](@nope)*", 5),
        ("&amp; ดู [x](@nope)", 10),
        ("\\* ดู [x](@nope)", 7),
        ("`ก` ดู [x](@nope)", 8),
        ("😀 [x](@nope)", 3),
        ("> - ดู [x](@nope)", 8),
    ]

    @Test(arguments: containers) func linkInsideAContainerPointsAtItsBracket(line: String, column: Int) throws {
        let report = try Self.tree(body: line + "\n").check()
        let d = try #require(report.only(.brokenLink), "\(line): \(report.summary)")
        #expect((d.line, d.column) == (4, column), "\(line)")
    }

    @Test func linkOnAnIndentedContinuationLineKeepsItsColumn() throws {
        // The paragraph's second line starts with three spaces: `   ดู [` puts `[` at column 7
        // (§8, §11: the link's `[`, in code points). cmark drops a continuation line's leading
        // spaces from its inline positions; the checker must not report column 6.
        let report = try Self.tree(body: "บรรทัดแรก\n   ดู [x](@nope)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (5, 7))
    }

    @Test func linkOnTheSecondLineOfAQuotedParagraphKeepsItsColumn() throws {
        let report = try Self.tree(body: "> บรรทัดแรก\n> ดู [x](@nope)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (5, 6))
    }

    @Test func linkOnTheSecondLineOfAListItemKeepsItsColumn() throws {
        let report = try Self.tree(body: "- บรรทัดแรก\n  ดู [x](@nope)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect((d.line, d.column) == (5, 6))
    }
    @Test func linkToACommunityWithABrokenCanvasStillResolves() throws {
        let report = try Self.tree(body: "ดู [x](@ban-a/canvas) [y](@ban-a)\n")
            .with("\(TestTree.community)/canvas.yaml", "value: [\n")
            .check()
        #expect(report.with(.brokenLink).isEmpty, "\(report.summary)")
    }
}
