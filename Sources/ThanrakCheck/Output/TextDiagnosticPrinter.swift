import ThanrakModel

/// The compiler-style text of §8: a header line, the source line, and a
/// caret under the offending span. Columns count code points; the caret is
/// placed by display width (Thai vowel and tone marks take no column on a
/// terminal, CJK takes two), so it stands under the right character.
struct TextDiagnosticPrinter {
    let color: Bool
    let sources: SourceCache

    func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics { out += render(d) }
        return out
    }

    func render(_ d: Diagnostic) -> String {
        let severityText = paint(d.severity.rawValue, d.severity == .error ? "1;31" : "1;33")
        var out = "\(paint("\(d.file):\(d.line):\(d.column):", "1")) \(severityText)\(paint("[\(d.code.rawValue)]", d.severity == .error ? "1;31" : "1;33")): \(paint(d.message, "1"))\n"
        guard let line = sources.line(d.line, of: d.file) else { return out }
        let number = String(d.line)
        let gutter = String(repeating: " ", count: max(5, number.count + 1))
        out += paint(number.leftPadded(to: gutter.count, with: " ") + " |", "1;34") + " " + line + "\n"
        out += paint(gutter + " |", "1;34") + " " + caretLine(line, column: d.column, length: d.span.length) + "\n"
        return out
    }

    func caretLine(_ line: Substring, column: Int, length: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        var pad = ""
        for s in scalars.prefix(max(0, column - 1)) {
            if s == "\t" { pad += "\t" } else { pad += String(repeating: " ", count: DisplayWidth.of(s)) }
        }
        let start = min(max(0, column - 1), scalars.count)
        let end = min(scalars.count, start + max(1, length))
        let width = max(1, scalars[start..<end].reduce(0) { $0 + DisplayWidth.of($1) })
        return pad + paint("^" + String(repeating: "~", count: width - 1), "1;32")
    }

    private func paint(_ s: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}

/// Terminal columns a code point takes.
enum DisplayWidth {
    static func of(_ s: Unicode.Scalar) -> Int {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
