import ThanrakModel

/// One JSON object a line, exactly `file`, `line`, `column`, `severity`,
/// `code`, `message`; UTF-8 left unescaped so Thai stays readable.
enum JSONDiagnosticPrinter {
    static func line(_ d: Diagnostic) -> String {
        "{\"file\":\(quote(d.file)),\"line\":\(d.line),\"column\":\(d.column),\"severity\":\"\(d.severity.rawValue)\",\"code\":\"\(d.code.rawValue)\",\"message\":\(quote(d.message))}\n"
    }

    static func quote(_ s: String) -> String { JSONQuote.quoted(s) }
}
