import Testing
import ThanrakModel
import ThanrakTestSupport

/// §1 and §11: raw HTML is not rendered; one `raw-html-omitted` warning per
/// dropped HTML block or inline node, at its `<`; a `javascript:` (or other
/// non-http(s), non-mailto, non-relative) link target is reported the same way.
@Suite struct MarkdownCheckTests {
    static let page = "\(TestTree.community)/notes.md"

    /// The minimal tree plus `notes.md`, whose body starts on line 4.
    static func check(body: String) throws -> CheckReport {
        try TestTree.minimal().with(page, "---\ntitle: บันทึก\n---\n" + body).check()
    }

    @Test func htmlBlockIsReportedOnceAtItsOpeningBracket() throws {
        let report = try Self.check(body: "ย่อหน้า\n\n<div class=\"box\">\nข้อความ\n</div>\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (6, 1))
        #expect(d.severity == .warning)
        #expect(d.message.contains("<div"), "\(d.message)")
        #expect(report.exitStatus == 0)
    }

    @Test func indentedHTMLBlockPointsAtItsBracket() throws {
        let report = try Self.check(body: "  <table><tr><td>x</td></tr></table>\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect((d.line, d.column) == (4, 3))
    }

    @Test func htmlCommentBlockIsReported() throws {
        let report = try Self.check(body: "<!-- หมายเหตุ -->\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect((d.line, d.column) == (4, 1))
    }

    @Test func inlineHTMLAfterThaiTextIsReportedAtItsBracketInCodePoints() throws {
        // `ข้อความ ` is eight code points (22 bytes): the `<` is column 9.
        let report = try Self.check(body: "ข้อความ <br> ต่อ\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (4, 9))
        #expect(d.message.contains("<br>"), "\(d.message)")
    }

    @Test func javascriptLinkIsReportedAsRawHTMLOmitted() throws {
        let report = try Self.check(body: "ดู [คลิก](javascript:alert(1))\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect(d.file == Self.page)
        #expect((d.line, d.column) == (4, 4))
        #expect(d.severity == .warning)
        #expect(d.message.contains("javascript:alert(1)"), "\(d.message)")
        #expect(report.with(.brokenLink).isEmpty)
    }

    @Test func upperCaseJavascriptSchemeIsReportedToo() throws {
        let report = try Self.check(body: "[x](JavaScript:void(0))\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect((d.line, d.column) == (4, 1))
    }

    @Test func dataImageIsReported() throws {
        let report = try Self.check(body: "รูป ![](data:image/png;base64,AAAA)\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect((d.line, d.column) == (4, 5))
    }

    @Test func httpMailtoAndRelativeTargetsAreKept() throws {
        let report = try Self.check(body: "[a](http://example.org) [b](https://example.org) [c](mailto:a@example.org) [d](../x/) [e](#y)\n")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func htmlInCodeIsNotRaw() throws {
        let report = try Self.check(body: "`<br>`\n\n```\n<div>x</div>\n```\n")
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func eachHTMLPieceIsReportedInOrder() throws {
        let report = try Self.check(body: "<div>ก</div>\n\nข้อ <br> และ <img src=\"x.png\">\n")
        let found = report.with(.rawHTMLOmitted)
        // One block on line 4; two inline nodes on line 6 (`ข้อ ` is four code points).
        #expect(found.map { [$0.line, $0.column] } == [[4, 1], [6, 5], [6, 14]], "\(report.summary)")
    }
    @Test func javascriptAutolinkIsReportedAtItsBracket() throws {
        let report = try Self.check(body: "ดู <javascript:alert(1)>\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect((d.line, d.column) == (4, 4))
    }

    @Test func javascriptReferenceDefinitionIsReportedAtTheLink() throws {
        let report = try Self.check(body: "ดู [คลิก][r]\n\n[r]: javascript:alert(1)\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect((d.line, d.column) == (4, 4))
    }

    @Test func inlineHTMLInAQuotedListItemCountsCodePoints() throws {
        // `> - ข้อ ` is eight code points: the `<` is column 9.
        let report = try Self.check(body: "> - ข้อ <br>\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect((d.line, d.column) == (4, 9))
    }

    @Test func inlineHTMLOnAContinuationLineKeepsItsLine() throws {
        let report = try Self.check(body: "บรรทัดแรก\nข้อ <br>\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect((d.line, d.column) == (5, 5))
    }

    @Test func htmlBlockInsideAListItemPointsAtItsBracket() throws {
        let report = try Self.check(body: "- ข้อแรก\n\n  <div>\n  x\n  </div>\n")
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect((d.line, d.column) == (6, 3))
    }
}
