import ArgumentParser
import Foundation
import ThanrakCheck
import ThanrakModel
import ThanrakSite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every plan in a content folder and report problems like a compiler.",
        discussion: "Exit status: 0 clean (warnings allowed unless --strict), 1 content errors, 2 usage or I/O errors.")

    @OptionGroup var options: CheckOptions

    func run() throws {
        // No fingerprints: they are the cache keys of a build only.
        var result = Checker(jobs: options.jobs, fingerprints: false).check(contentRoot: options.content)
        // The site's own templates too (§8 `template-error`), so a CI job
        // that only checks fails where the build would.
        let shells = ShellLibrary.load(siteTemplates: SiteBuild.templateFolder(content: options.content))
        if !shells.diagnostics.isEmpty {
            result.diagnostics += shells.diagnostics
            result.diagnostics.sort(by: Diagnostic.reportOrder)
        }
        result.content.ioErrors += shells.ioErrors
        let report = options.format.render(result.diagnostics, color: Terminal.wantsColor(fd: STDOUT_FILENO), sources: SourceCache())
        FileHandle.standardOutput.write(Data(report.utf8))
        Terminal.reportProblems(of: result, format: options.format)
        // Exits here, with the result still alive: tearing down the loaded
        // content (millions of objects) took 2% of a 10,000-community check,
        // and the process is about to give all its memory back anyway.
        // Output is written with FileHandle, unbuffered: nothing is lost.
        Foundation.exit(result.exitStatus(strict: options.strict))
    }
}

/// Options shared by `check` and `build`.
struct CheckOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "content"

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Option(help: "text, json or github.")
    var format: DiagnosticFormat = .text

    @Option(help: "Worker threads (default: every core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
