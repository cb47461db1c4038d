import Testing
import ThanrakModel
import ThanrakTestSupport

@Suite struct MinimalTreeTests {
    @Test func minimalTreeIsClean() throws {
        let report = try TestTree.minimal().check()
        #expect(report.diagnostics.isEmpty, "\(report.summary)")
        #expect(report.exitStatus == 0)
    }

    @Test func parallelAndSerialChecksAgree() throws {
        var tree = TestTree.minimal()
        for i in 0..<12 {
            tree = tree.with("communities/c\(i)/community.yaml", "name: กลุ่ม \(i)\nlocation: {changwat: ขอนแก่น, amphoe: เมือง\(i % 3)}\nstage: \(i % 4 + 1)\ncycle: [produce]\nnetworks: [nope\(i)]\n")
                .with("communities/c\(i)/canvas.yaml", "value:\n  - id: v\(i)\n    text: x\ncustomers:\n  - id: c\n    text: y\n    refs: [v\(i + 1)]\n")
        }
        let serial = try tree.check(jobs: 1).diagnostics
        let parallel = try tree.check(jobs: 4).diagnostics
        #expect(serial == parallel)
        #expect(!serial.isEmpty)
    }
}
