import Foundation
import Testing

@Suite struct CheckCommandTests {
    let severalErrors = ThanrakBinary.fixtures.appendingPathComponent("several-errors")

    @Test(arguments: ["text", "json", "github"])
    func severalErrorsInSeveralFilesMatchTheGoldenReport(format: String) throws {
        let run = try ThanrakBinary.run(["check", "--format", format], in: severalErrors)
        let golden = try String(contentsOf: severalErrors.appendingPathComponent("expected.\(format)"), encoding: .utf8)
        #expect(run.status == 1)
        #expect(run.stdout == golden)
    }

    @Test func jsonHasExactlyTheSixFieldsOnEveryLine() throws {
        let run = try ThanrakBinary.run(["check", "--format", "json"], in: severalErrors)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 8)
        var files = Set<String>()
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["file", "line", "column", "severity", "code", "message"])
            #expect(object["line"] is Int && object["column"] is Int)
            files.insert(try #require(object["file"] as? String))
        }
        #expect(files.count == 6, "errors from several files are all listed: \(files)")
        #expect(run.stdout.contains("กุมภวาปี"), "Thai is written as UTF-8, not escaped")
    }

    @Test func exampleSiteGivesOnlyItsTwoIntendedWarnings() throws {
        let run = try ThanrakBinary.run(["check", "--format", "json"], in: ThanrakBinary.packageRoot)
        #expect(run.status == 0, "\(run.stdout)")
        let codes = run.stdout.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["code"] as? String
        }
        #expect(codes == ["cycle-gap", "empty-step"])
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let run = try ThanrakBinary.run(["check", "--strict"], in: ThanrakBinary.packageRoot)
        #expect(run.status == 1)
    }

    /// Run inside the content folder, as a user checking one edit does.
    /// (Foundation's path arithmetic trapped on ".": a crash, exit 132.)
    @Test(arguments: [(".", "content"), ("./", "content"), ("..", "content/communities")])
    func contentGivenAsDotOrDotDotIsChecked(content: String, directory: String) throws {
        let run = try ThanrakBinary.run(["check", "--content", content, "--format", "json"], in: severalErrors.appendingPathComponent(directory))
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 8)
        #expect(run.stdout.contains("communities/ban-a/canvas.yaml"))
    }

    @Test func missingContentFolderIsAnIOError() throws {
        let run = try ThanrakBinary.run(["check", "--content", "no-such-folder"], in: severalErrors)
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-folder"))
    }

    @Test(arguments: [["check", "--format", "xml"], ["check", "--jobs", "0"], ["chekc"], ["check", "--no-such-flag"]])
    func badArgumentsExitWithTwo(arguments: [String]) throws {
        let run = try ThanrakBinary.run(arguments, in: severalErrors)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(!run.stderr.isEmpty)
    }

    @Test func versionAndHelpSucceed() throws {
        let version = try ThanrakBinary.run(["--version"], in: severalErrors)
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0."))
        let help = try ThanrakBinary.run(["check", "--help"], in: severalErrors)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--strict"))
    }

    @Test func noColourWhenNotATerminal() throws {
        let run = try ThanrakBinary.run(["check"], in: severalErrors)
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stderr.contains("7 errors, 1 warning"))
    }

    @Test func cleanTreePrintsNothingInJSON() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thanrak-clean-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "title: ทดสอบ\nbase_url: https://example.org/\n".write(to: root.appendingPathComponent("content/site.yaml"), atomically: false, encoding: .utf8)
        let run = try ThanrakBinary.run(["check", "--format", "json"], in: root)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
    }
}
