import Testing
import ThanrakModel
import ThanrakTestSupport

/// §1, §11: `@` links and raw HTML in knowledge pages are checked like
/// community pages, reported in the knowledge page's file.
@Suite struct KnowledgeLinkRuleTests {
    static let index = "knowledge/basics/index.md"
    static let step = "knowledge/basics/step-1.md"

    /// A knowledge set `basics`; `step-1.md`'s body starts on line 5.
    static func tree(step body: String) -> TestTree {
        TestTree.minimal()
            .with(index, "---\ntitle: พื้นฐาน\n---\nเริ่มที่ [ขั้นแรก](@knowledge/basics/step-1)\n")
            .with(step, "---\ntitle: ขั้นที่ 1\norder: 1\n---\n" + body)
    }

    @Test func brokenLinkInAKnowledgePageIsReportedInItsFile() throws {
        let report = try Self.tree(step: "ชุดความรู้ [ต่อ](@knowledge/basics/step-2)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect(d.file == Self.step)
        // `ชุดความรู้ ` is ten code points.
        #expect((d.line, d.column) == (5, 12))
        #expect(d.message.contains("did you mean 'step-1'?"), "\(d.message)")
    }

    @Test func brokenLinkInTheSetIndexIsReported() throws {
        let report = try Self.tree(step: "x\n").with(Self.index, "---\ntitle: พื้นฐาน\n---\n[ดู](@knowledge/basic)\n").check()
        let d = try #require(report.only(.brokenLink), "\(report.summary)")
        #expect(d.file == Self.index)
        #expect((d.line, d.column) == (4, 1))
        #expect(d.message.contains("did you mean 'basics'?"), "\(d.message)")
    }

    @Test func printPageAndCommunityLinksResolveFromKnowledge() throws {
        let body = "[พิมพ์](@knowledge/basics/print) [ผ้า](@ban-a#silk) [แคนวาส](@ban-a/canvas) [เป้าหมาย](@sdg/8.3.1)\n"
        let report = try Self.tree(step: body).check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func knowledgeAssetResolves() throws {
        let report = try Self.tree(step: "![](@knowledge/basics/diagram.png)\n")
            .with("knowledge/basics/diagram.png", "png")
            .check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func rawHTMLInAKnowledgePageIsWarned() throws {
        let report = try Self.tree(step: "\n<details>\nซ่อน\n</details>\n").check()
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect(d.file == Self.step)
        #expect((d.line, d.column) == (6, 1))
        #expect(d.severity == .warning)
    }

    @Test func javascriptLinkInAKnowledgePageIsWarned() throws {
        let report = try Self.tree(step: "ชุดความรู้ [x](javascript:alert(1))\n").check()
        let d = try #require(report.only(.rawHTMLOmitted), "\(report.summary)")
        #expect(d.file == Self.step)
        #expect((d.line, d.column) == (5, 12))
    }
}
