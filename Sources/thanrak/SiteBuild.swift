import Foundation
import ThanrakCheck
import ThanrakLoad
import ThanrakModel
import ThanrakSite

/// What `build` does and `serve` repeats on every change: check the
/// content and the site's templates, print the report, and when nothing
/// stands in the way build into the output (staged, then swapped in).
struct SiteBuild {
    var content: String
    var output: String
    var jobs: Int
    var format: DiagnosticFormat = .text
    var strict = false
    var baseURL: String?

    enum Outcome {
        /// Built (or found unchanged); the output holds the new site.
        /// `status` is 1 when `strict` and there were warnings (§11:
        /// `--strict` changes only the exit status), else 0.
        case built(SiteBuilder.Report, seconds: Double, status: Int32)
        /// Content errors (1) or I/O and usage errors (2); the output is
        /// as it was. `diagnostics` is the report as printed.
        case failed(status: Int32, diagnostics: String)
    }

    /// The folder whose `Templates/` overrides the built-in shells: the
    /// one holding the content folder.
    var templateFolder: String { Self.templateFolder(content: content) }

    static func templateFolder(content: String) -> String {
        FolderPath.join(FolderPath.parent(of: content), "Templates")
    }

    /// `built` is called before the loaded content is released, so `build`
    /// can exit without tearing down millions of objects (0.28 s of one
    /// core at 10,000 communities, after every file was written).
    func run(built: (SiteBuilder.Report, _ seconds: Double, _ status: Int32) -> Void = { _, _, _ in }) -> Outcome {
        let started = DispatchTime.now()
        var result = Checker(jobs: jobs).check(contentRoot: content)
        let shells = ShellLibrary.load(siteTemplates: templateFolder)
        result.diagnostics += shells.diagnostics
        result.diagnostics.sort(by: Diagnostic.reportOrder)
        result.content.ioErrors += shells.ioErrors
        let color = Terminal.wantsColor(fd: STDERR_FILENO)
        let report = format.render(result.diagnostics, color: color, sources: SourceCache())
        FileHandle.standardError.write(Data(report.utf8))
        Terminal.reportProblems(of: result, format: format)
        // Warnings never stop a build, `--strict` or not: they only set the status.
        let status = result.exitStatus(strict: false)
        let finalStatus = result.exitStatus(strict: strict)
        guard status == 0, let library = shells.library else {
            Terminal.printError("nothing was built")
            // `serve` shows the report in the browser: plain text, without colour.
            let plain = format == .text && !color ? report : DiagnosticFormat.text.render(result.diagnostics, color: false, sources: SourceCache())
            return .failed(status: status == 0 ? 1 : status, diagnostics: plain + result.content.ioErrors.map(\.description).joined(separator: "\n"))
        }
        var content = result.content
        if let baseURL { content.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let tree: OutputTree
        do { tree = try OutputTree(output: output, content: self.content, jobs: jobs) } catch {
            Terminal.printError(error.description)
            return .failed(status: 2, diagnostics: error.description)
        }
        do {
            let report = try SiteBuilder.build(content, shells: library, jobs: jobs, into: tree)
            var clock = PhaseClock()
            try tree.finish(report)
            clock.lap("swap")
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            built(report, seconds, finalStatus)
            return .built(report, seconds: seconds, status: finalStatus)
        } catch {
            tree.abandon()
            Terminal.printError(error.description)
            return .failed(status: 2, diagnostics: error.description)
        }
    }

    /// The line `build` ends with.
    static func summary(_ built: SiteBuilder.Report, seconds: Double, output: String) -> String {
        built.untouched
            ? "thanrak: nothing changed since the last build; \(output)/ left as it was (\(built.pages) pages, \(built.files) files) in \(String(format: "%.2f", seconds)) s\n"
            : "thanrak: built \(built.pages) pages, \(built.files) files (\(built.written) written, \(built.linked + built.reused) unchanged) into \(output)/ in \(String(format: "%.2f", seconds)) s\n"
    }
}
