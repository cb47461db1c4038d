import Foundation
import Testing
import ThanrakModel
import ThanrakTestSupport

/// Content never injects markup (issue: Safety).
@Suite struct SafetyTests {
    let community = TestTree.community

    @Test func valuesAreEscapedEverywhere() throws {
        let tree = SiteFixture.tree()
            .with("\(community)/canvas.yaml", TestTree.canvas.replacingOccurrences(of: "text: ผ้าไหมมัดหมี่", with: "text: \"<script>alert(1)</script> & 'q'\""))
        let build = try TestBuild(tree)
        defer { build.remove() }
        #expect(build.build().report != nil)
        for page in ["communities/ban-a/index.html", "communities/ban-a/canvas/index.html", "communities/ban-a/handout/index.html", "en/communities/ban-a/index.html"] {
            let html = try build.read(page)
            #expect(!html.contains("<script>"), "\(page)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;q&#39;"), "\(page)")
        }
    }

    @Test func rawHTMLAndScriptLinksInMarkdownAreDropped() throws {
        let tree = SiteFixture.tree()
            .with("\(community)/index.md", "<script>alert(1)</script>\n\n[x](javascript:alert(1)) [y](data:text/html,hi) <img src=x onerror=alert(1)>\n")
        let build = try TestBuild(tree)
        defer { build.remove() }
        let outcome = build.build()
        #expect(outcome.report != nil)
        #expect(outcome.diagnostics.filter { $0.code == .rawHTMLOmitted }.count == 4)
        let html = try build.read("communities/ban-a/index.html")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:text"))
        #expect(!html.contains("onerror"))
    }

    @Test func idsThatCouldLeaveTheOutputAreRefusedBeforeWriting() throws {
        let tree = TestTree.minimal()
            .with("communities/../../evil/community.yaml", "name: x\n")
        let build = try TestBuild(tree.with("communities/x..y/community.yaml", "name: x\nstage: 1\nlocation: {changwat: x}\n").with("communities/x..y/canvas.yaml", ""))
        defer { build.remove() }
        let outcome = build.build()
        #expect(outcome.diagnostics.contains { $0.code == .badID })
        #expect(outcome.report == nil)
    }
}
