import Foundation
import ThanrakCheck

enum Terminal {
    /// Colour only on a terminal, and never with NO_COLOR set.
    static func wantsColor(fd: Int32) -> Bool {
        let env = ProcessInfo.processInfo.environment
        return isatty(fd) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("thanrak: error: \(message)\n".utf8))
    }

    /// I/O errors (exit 2) and, for people, a one-line count on stderr.
    static func reportProblems(of result: CheckResult, format: DiagnosticFormat) {
        for e in result.content.ioErrors { printError(e.description) }
        guard format == .text, !result.diagnostics.isEmpty else { return }
        let e = result.errorCount, w = result.warningCount
        let line = "thanrak: \(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
