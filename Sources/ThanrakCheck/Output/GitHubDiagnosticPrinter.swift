import ThanrakModel

/// GitHub Actions workflow commands: an annotation on the file and line.
enum GitHubDiagnosticPrinter {
    static func line(_ d: Diagnostic) -> String {
        "::\(d.severity.rawValue) file=\(property(d.file)),line=\(d.line),col=\(d.column),title=\(property(d.code.rawValue))::\(data(d.message))\n"
    }

    /// `%`, CR and LF are escaped in the message.
    static func data(_ s: String) -> String {
        s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// Properties escape `:` and `,` too.
    static func property(_ s: String) -> String {
        data(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Every `target` character replaced (escaping for annotations and CSV).
    public func replacingAll(_ target: Character, _ replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
