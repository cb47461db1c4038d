import Testing
import ThanrakModel
import ThanrakTestSupport

/// §3: a trade's `with` names another community of the site; an unknown one
/// (or the community itself) is `unknown-community` at the value.
@Suite struct TradeRuleTests {
    let communityFile = "\(TestTree.community)/community.yaml"

    /// ban-a trades with `with` (on line 11: `  - with: <id>`); ban-b exists.
    func tree(with other: String) -> TestTree {
        let tree = TestTree.minimal()
        let community = tree.files[communityFile]!
        return tree
            .with(communityFile, community + "\ntrades:\n  - with: \(other)\n    sells: {th: เส้นไหม, en: silk yarn}\n")
            .with("communities/ban-b/community.yaml", community)
            .with("communities/ban-b/canvas.yaml", TestTree.canvas)
    }

    @Test func unknownCommunityIsReportedAtTheValueWithAHint() throws {
        let report = try tree(with: "ban-bb").check()
        let d = try #require(report.only(.unknownCommunity), "\(report.summary)")
        #expect(d.file == communityFile)
        #expect((d.line, d.column) == (11, 11))
        #expect(d.severity == .error)
        #expect(d.message.contains("'ban-bb'") && d.message.contains("did you mean 'ban-b'?"), "\(d.message)")
    }

    @Test func tradingWithItselfIsReported() throws {
        let report = try tree(with: "ban-a").check()
        let d = try #require(report.only(.unknownCommunity), "\(report.summary)")
        #expect(d.file == communityFile)
        #expect((d.line, d.column) == (11, 11))
        #expect(d.message.contains("itself"), "\(d.message)")
    }

    @Test func tradeWithAnotherCommunityIsClean() throws {
        let report = try tree(with: "ban-b").check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func buysWorksLikeSells() throws {
        let tree = TestTree.minimal()
        let community = tree.files[communityFile]! + "\ntrades:\n  - with: ban-z\n    buys: ข้าว\n"
        let report = try tree.with(communityFile, community).check()
        let d = try #require(report.only(.unknownCommunity), "\(report.summary)")
        #expect((d.line, d.column) == (11, 11))
    }
    @Test func communityWithABrokenProfileStillExists() throws {
        // §11: a community exists if its file exists.
        let report = try tree(with: "ban-b").with("communities/ban-b/community.yaml", "name: [\n").check()
        #expect(report.with(.unknownCommunity).isEmpty, "\(report.summary)")
        let d = try #require(report.only(.yamlSyntax), "\(report.summary)")
        #expect(d.file == "communities/ban-b/community.yaml")
    }
}
