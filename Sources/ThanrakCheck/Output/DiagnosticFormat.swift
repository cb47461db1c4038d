import ThanrakModel

/// How diagnostics are printed: for people, for programs, for GitHub.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, github

    public func render(_ diagnostics: [Diagnostic], color: Bool, sources: SourceCache) -> String {
        switch self {
        case .text: TextDiagnosticPrinter(color: color, sources: sources).render(diagnostics)
        case .json: diagnostics.map(JSONDiagnosticPrinter.line).joined()
        case .github: diagnostics.map(GitHubDiagnosticPrinter.line).joined()
        }
    }
}
