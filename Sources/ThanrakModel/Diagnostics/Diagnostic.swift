/// One problem in the content: where, how bad, which rule, and what to do.
/// Printing is a separate concern (text, JSON, GitHub annotations).
public struct Diagnostic: Sendable, Hashable {
    /// The path as the user gave it through `--content`, joined with `/`.
    public var file: String
    public var span: SourceSpan
    public var severity: Severity
    public var code: DiagnosticCode
    /// The message, with any "did you mean" hint inside it.
    public var message: String

    public init(file: String, span: SourceSpan, severity: Severity = .error, code: DiagnosticCode, message: String) {
        self.file = file
        self.span = span
        self.severity = severity
        self.code = code
        self.message = message
    }

    public var line: Int { span.line }
    public var column: Int { span.column }

    /// The order of §11: file (byte order), line, column, errors first, code, message.
    public static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
        if a.span.line != b.span.line { return a.span.line < b.span.line }
        if a.span.column != b.span.column { return a.span.column < b.span.column }
        if a.severity != b.severity { return a.severity < b.severity }
        if a.code != b.code { return a.code < b.code }
        return a.message.utf8.lexicographicallyPrecedes(b.message.utf8)
    }
}

/// Collects the diagnostics of one file or one rule.
public struct DiagnosticSink: Sendable {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) { self.file = file }

    public mutating func error(_ code: DiagnosticCode, at span: SourceSpan, _ message: String) {
        diagnostics.append(Diagnostic(file: file, span: span, severity: .error, code: code, message: message))
    }

    public mutating func warning(_ code: DiagnosticCode, at span: SourceSpan, _ message: String) {
        diagnostics.append(Diagnostic(file: file, span: span, severity: .warning, code: code, message: message))
    }

    public mutating func append(_ d: Diagnostic) { diagnostics.append(d) }
    public mutating func append(contentsOf ds: [Diagnostic]) { diagnostics.append(contentsOf: ds) }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
