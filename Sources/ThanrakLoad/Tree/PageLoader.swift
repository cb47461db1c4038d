import ThanrakModel

/// Loads one `.md` page: front matter, then the body scanned for `@` links
/// and raw HTML, all positions in file lines and code-point columns.
struct PageLoader {
    let languages: [String]
    /// See ContentLoader.fingerprints; without, `sourceHash` stays 0.
    let fingerprints: Bool

    func load(_ file: SourceFile.Origin, display: String, id: String, language: String?, kind: PageSchema.Kind) throws(FileSystem.IOError) -> (page: Page?, diagnostics: [Diagnostic]) {
        let bytes: ArraySlice<UInt8>
        let scanned: SourceScan.Result
        var fingerprint: Fingerprint? = fingerprints ? Fingerprint() : nil
        switch try SourceFile.read(file, display: display, fingerprint: &fingerprint) {
        case .invalid(let d): return (nil, [d])
        case .text(let b, let scan): (bytes, scanned) = (b, scan)
        }
        let split = FrontMatterSplit(bytes)
        var sink = DiagnosticSink(file: display)
        if split.unterminated {
            sink.error(.yamlSyntax, at: .fileStart, "front matter starts with '---' on line 1 but has no closing '---' line")
            return (nil, sink.diagnostics)
        }
        var front = PageSchema.FrontMatter()
        if let yaml = split.yaml {
            // A translation's plain strings are in its own language.
            let order = language.map { lang in [lang] + languages.filter { $0 != lang } } ?? languages
            // What holds for the whole file holds for its front matter: its
            // count of `[` and `{` is a bound, and NFC is NFC.
            let reading = YAMLDecoder.read(yaml, file: display, languages: order, lineOffset: 1, scanned: scanned) { root, d throws(YAMLSyntaxError) in
                try PageSchema.decode(root, kind: kind, with: d)
            }
            if let decoded = reading.model { front = decoded }
            sink.append(contentsOf: reading.diagnostics)
            if !reading.complete { return (nil, sink.diagnostics) }
        }
        if kind.titleRequired && front.title == nil && !sink.diagnostics.contains(where: { $0.code == .missingField }) {
            sink.error(.missingField, at: front.span ?? .fileStart, "the page has no 'title' in its front matter (between '---' lines at the top)")
        }
        let body = String(decoding: split.body, as: UTF8.self)
        let firstLine = split.bodyFirstLine
        let found = MarkdownScanner.scan(body) { line, column in SourceSpan(line: firstLine + line - 1, column: column) }
        let bodyLanguage = language ?? languages.first ?? "th"
        let markdown = MarkdownText(
            source: LocalizedText(scanned.isKnownNFC ? body : NFC.normalize(body), language: bodyLanguage),
            links: found.links, omittedHTML: found.omittedHTML)
        // `language` comes from the file name: nil for `<id>.md`, the code for `<id>.<lang>.md`.
        var page = Page(
            id: id, language: language, path: display, title: front.title,
            summary: front.summary, order: front.order, body: markdown, bodyFirstLine: firstLine)
        page.sourceHash = fingerprint?.value ?? 0
        return (page, sink.diagnostics)
    }
}
