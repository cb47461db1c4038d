import ThanrakModel

extension YAMLDecoder {
    /// Markdown written inside YAML (`about:`): Text, scanned for `@` links
    /// and raw HTML, with positions mapped back into this YAML file.
    func markdown(_ node: YAMLNode, _ what: @autoclosure () -> String) throws(YAMLSyntaxError) -> MarkdownText? {
        var sources: [(language: String, text: String)] = []
        var findings = MarkdownScanner.Findings()
        func take(_ s: YAMLScalar, language: String) {
            guard !s.isNull, !s.text.isEmpty else { return }
            sources.append((language, s.normalizedText))
            let found = MarkdownScanner.scan(s.text, map: positionMap(for: s))
            findings.links += found.links
            findings.omittedHTML += found.omittedHTML
        }
        switch node {
        case .scalar(let s):
            take(s, language: defaultLanguage)
        case .mapping:
            try mapping(node, what()) { key, value throws(YAMLSyntaxError) in
                guard isLanguage(key.text) else {
                    return try unknownKey(key, value, in: what(), known: languages, note: "'\(key.text)' is not a language of site.yaml")
                }
                guard case .scalar(let s) = value else {
                    return try wrongType(value, expected: "Markdown text for \(what()).\(key.text)")
                }
                take(s, language: key.text)
            }
        case .alias:
            break
        default:
            try wrongType(node, expected: "Markdown text for \(what())")
        }
        guard !sources.isEmpty else { return nil }
        return MarkdownText(source: LocalizedText(sources), links: findings.links, omittedHTML: findings.omittedHTML)
    }

    /// Maps a line and column inside a scalar's text to the YAML file. A
    /// block scalar (`|`) starts on the next line at its indentation; a
    /// quoted or plain scalar starts where it stands (folded lines are
    /// approximate, as the scalar no longer shows them).
    private func positionMap(for s: YAMLScalar) -> MarkdownScanner.PositionMap {
        if s.isBlock {
            let firstContentLine = s.span.line + 1
            let indent = indentation(ofFileLine: firstContentLine)
            return { line, column in SourceSpan(line: firstContentLine + line - 1, column: indent + column) }
        }
        let quoteWidth = s.isPlain ? 0 : 1
        return { line, column in
            line == 1
                ? SourceSpan(line: s.span.line, column: s.span.column + quoteWidth + column - 1)
                : SourceSpan(line: s.span.line + line - 1, column: column)
        }
    }

    /// Leading spaces of a line of this file (the first non-blank line at or after it).
    private func indentation(ofFileLine target: Int) -> Int {
        var line = 1 + lineOffset
        var i = source.startIndex
        while i < source.endIndex {
            if line >= target {
                var spaces = 0
                var j = i
                while j < source.endIndex && source[j] == UInt8(ascii: " ") { spaces += 1; j += 1 }
                if j < source.endIndex && source[j] != 0x0A && source[j] != 0x0D { return spaces }
            }
            while i < source.endIndex && source[i] != 0x0A { i += 1 }
            i += 1
            line += 1
        }
        return 0
    }
}
