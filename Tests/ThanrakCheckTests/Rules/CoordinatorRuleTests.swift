import Testing
import ThanrakModel
import ThanrakTestSupport

/// §11: a network's `coordinator` names a partner or a community; neither is
/// `unknown-partner` with hints from both, both is `id-collision`.
@Suite struct CoordinatorRuleTests {
    static let network = "networks/udon-silk.yaml"

    /// The minimal network with `coordinator: <id>` on line 5 (value at column 14).
    static func tree(coordinator: String) -> TestTree {
        let tree = TestTree.minimal()
        return tree.with(network, tree.files[network]!.replacingOccurrences(of: "coordinator: cdd-udon", with: "coordinator: \(coordinator)"))
    }

    @Test func unknownCoordinatorIsUnknownPartnerWithAPartnerHint() throws {
        let report = try Self.tree(coordinator: "cdd-udn").check()
        let d = try #require(report.only(.unknownPartner), "\(report.summary)")
        #expect(d.file == Self.network)
        #expect((d.line, d.column) == (5, 14))
        #expect(d.severity == .error)
        #expect(d.message.contains("did you mean 'cdd-udon'?"), "\(d.message)")
    }

    @Test func unknownCoordinatorHintsFromCommunitiesToo() throws {
        let report = try Self.tree(coordinator: "ban-aa").check()
        let d = try #require(report.only(.unknownPartner), "\(report.summary)")
        #expect((d.line, d.column) == (5, 14))
        #expect(d.message.contains("did you mean 'ban-a'?"), "\(d.message)")
    }

    @Test func unknownCoordinatorNearBothKindsNamesOneOfEach() throws {
        let report = try Self.tree(coordinator: "ban-b")
            .with("partners/ban-c.yaml", "name: บ้านซี\nsector: community\nlevel: tambon\n")
            .check()
        let d = try #require(report.only(.unknownPartner), "\(report.summary)")
        #expect(d.message.hasSuffix("did you mean the partner 'ban-c' or the community 'ban-a'?"), "\(d.message)")
    }

    @Test func communityCoordinatorIsAccepted() throws {
        let report = try Self.tree(coordinator: "ban-a").check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }

    @Test func coordinatorNamingBothAPartnerAndACommunityIsIDCollision() throws {
        let report = try Self.tree(coordinator: "ban-a")
            .with("partners/ban-a.yaml", "name: บ้านเอ\nsector: community\nlevel: tambon\n")
            .check()
        let d = try #require(report.only(.idCollision), "\(report.summary)")
        #expect(d.file == Self.network)
        #expect((d.line, d.column) == (5, 14))
        #expect(d.message.contains("'ban-a'"), "\(d.message)")
        #expect(report.with(.unknownPartner).isEmpty)
    }

    @Test func networkWithoutCoordinatorIsClean() throws {
        let tree = TestTree.minimal()
        let report = try tree.with(Self.network, tree.files[Self.network]!.replacingOccurrences(of: "\ncoordinator: cdd-udon", with: "")).check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
    }
}
