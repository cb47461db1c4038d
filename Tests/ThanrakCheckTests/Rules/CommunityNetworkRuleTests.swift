import Testing
import ThanrakModel
import ThanrakTestSupport

/// §3: a community's `networks` name files in `networks/`; an unknown one
/// is `unknown-network` at the value (§11), with "did you mean".
@Suite struct CommunityNetworkRuleTests {
    let communityFile = "\(TestTree.community)/community.yaml"

    func tree(networks: String) -> TestTree {
        let tree = TestTree.minimal()
        return tree.with(communityFile, tree.files[communityFile]!.replacingOccurrences(of: "networks: [udon-silk]", with: "networks: \(networks)"))
    }

    @Test func unknownNetworkIsReportedAtTheValueWithAHint() throws {
        let report = try tree(networks: "[udon-silk, udon-silx]").check()
        let d = try #require(report.only(.unknownNetwork), "\(report.summary)")
        #expect(d.file == communityFile)
        #expect((d.line, d.column) == (8, 23))
        #expect(d.severity == .error)
        #expect(d.message.contains("'udon-silx'") && d.message.contains("did you mean 'udon-silk'?"), "\(d.message)")
    }

    @Test func eachUnknownNetworkIsReported() throws {
        let report = try tree(networks: "[rice, fish]").check()
        let found = report.with(.unknownNetwork)
        #expect(found.map { [$0.line, $0.column] } == [[8, 12], [8, 18]], "\(report.summary)")
    }

    @Test func networkWithoutAFileIsUnknownEvenWithoutNetworksFolder() throws {
        let report = try TestTree.minimal().without("networks/udon-silk.yaml").check()
        let d = try #require(report.only(.unknownNetwork), "\(report.summary)")
        #expect((d.line, d.column) == (8, 12))
    }

    @Test func knownNetworkIsClean() throws {
        let report = try tree(networks: "[udon-silk]").check()
        #expect(report.with(.unknownNetwork).isEmpty, "\(report.summary)")
    }

    @Test func brokenNetworkFileStillExists() throws {
        // §11: a network exists if its file exists; its own errors say what is wrong.
        let report = try TestTree.minimal().with("networks/udon-silk.yaml", "name: [unclosed\n").check()
        #expect(report.with(.unknownNetwork).isEmpty, "\(report.summary)")
        #expect(report.only(.yamlSyntax)?.file == "networks/udon-silk.yaml", "\(report.summary)")
    }
}
