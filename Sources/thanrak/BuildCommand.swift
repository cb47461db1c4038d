import ArgumentParser
import Foundation
import ThanrakCheck
import ThanrakLoad
import ThanrakModel
import ThanrakSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, then build the static site into the output folder.",
        discussion: """
            Runs every check first and writes nothing when there is an error. Builds into \
            .<output>.staging beside the output and swaps it in, so the previous site stays \
            whole until the new one is complete. Pages whose bytes did not change are linked \
            from the previous build, keeping their modification time.
            """)

    @OptionGroup var options: CheckOptions

    @Option(help: "The folder to build into.")
    var output = "public"

    @Option(help: "Absolute URL the site is published at (overrides site.yaml's base_url).")
    var baseURL: String?

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(" ") {
            throw ValidationError("--base-url must be an absolute http(s) URL")
        }
    }

    func run() throws {
        let build = SiteBuild(
            content: options.content, output: output, jobs: options.jobs, format: options.format,
            strict: options.strict, baseURL: baseURL)
        let outcome = build.run { report, seconds, status in
            FileHandle.standardError.write(Data(SiteBuild.summary(report, seconds: seconds, output: output).utf8))
            if status != 0 { Terminal.printError("warnings fail the build with --strict (the site was built)") }
            // Exit with the site still loaded (see SiteBuild.run), as `check` does.
            Foundation.exit(status)
        }
        if case .failed(let status, _) = outcome { throw ExitCode(status) }
    }
}
