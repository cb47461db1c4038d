import Foundation
import Testing
import ThanrakTestSupport

/// Exit statuses that depend on more than the content's own files.
@Suite struct BuildStatusTests {
    static func site(templates: [String: String] = [:]) throws -> TestBuild {
        try TestBuild(TestTree.minimal(), templates: templates)
    }

    /// §11: "`--strict` changes only the exit status": warnings fail the
    /// run, and the site is built all the same.
    @Test func strictBuildWithWarningsBuildsAndExitsOne() throws {
        // A customer with no channel: a warning, not an error.
        let site = try Self.site()
        defer { site.remove() }
        let root = site.root
        let canvas = root + "/content/communities/ban-a/canvas.yaml"
        let text = try String(contentsOfFile: canvas, encoding: .utf8)
        try text.replacingOccurrences(of: "customers:\n", with: "customers:\n  - id: walk-ins\n    text: ลูกค้าเดินเข้าร้าน\n    refs: [silk]\n")
            .write(toFile: canvas, atomically: true, encoding: .utf8)
        let check = try ThanrakBinary.run(["check"], in: URL(fileURLWithPath: root))
        #expect(check.status == 0 && check.stdout.contains("warning["), "\(check.stdout)")
        let strict = try ThanrakBinary.run(["build", "--strict"], in: URL(fileURLWithPath: root))
        #expect(strict.status == 1, "\(strict.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/public/index.html"))
        let plain = try ThanrakBinary.run(["build"], in: URL(fileURLWithPath: root))
        #expect(plain.status == 0)
    }

    /// §8 lists `template-error` with the errors: `check` reports it too,
    /// so CI that only checks fails where the build would.
    @Test func checkReportsASiteTemplateThatDoesNotWork() throws {
        let site = try Self.site(templates: ["footer.mustache": "{{> nonexistent}}"])
        defer { site.remove() }
        let root = site.root
        let check = try ThanrakBinary.run(["check"], in: URL(fileURLWithPath: root))
        #expect(check.status == 1)
        #expect(check.stdout.contains("template-error"), "\(check.stdout)")
        let build = try ThanrakBinary.run(["build"], in: URL(fileURLWithPath: root))
        #expect(build.status == 1)
    }
}
