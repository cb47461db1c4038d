import ThanrakModel

/// Reads one YAML file's events straight into typed values, by the schema:
/// every value keeps its position, and every schema problem (unknown or
/// duplicate keys, wrong types, missing fields, values outside a fixed list
/// or a range, bad ids) becomes a diagnostic instead of a dropped value.
final class YAMLDecoder {
    var sink: DiagnosticSink
    /// The site's languages, default first: the keys a Text map may use.
    /// Empty when site.yaml could not be read: then any well-formed
    /// language code is accepted, so one broken file gives its own errors only.
    let languages: [String]
    private let events: YAMLEventStream
    private var reportedUnsupported = Set<String>()
    private var seenKeys = SeenKeys()
    /// The file's bytes, for mapping Markdown inside block scalars to lines.
    /// Valid only while the decoder is: see `read`, the one place that makes one.
    let source: UnsafeBufferPointer<UInt8>
    let lineOffset: Int
    /// What SourceScan learnt of the file `source` is part of: at least as
    /// many `[` and `{` (so NestingGuard need not count), and whether it is NFC.
    private let scanned: SourceScan.Result

    private init(source: UnsafeBufferPointer<UInt8>, file: String, languages: [String], lineOffset: Int, scanned: SourceScan.Result) {
        self.source = source
        self.lineOffset = lineOffset
        self.scanned = scanned
        self.sink = DiagnosticSink(file: file)
        self.languages = languages
        self.events = YAMLEventStream(bytes: source, lineOffset: lineOffset, isKnownNFC: scanned.isKnownNFC)
        events.onUnsupported = { [unowned self] span, message in self.unsupported(span, message) }
    }

    /// What reading one document gave.
    struct Reading<Model> {
        /// What `body` returned; nil when it did not finish.
        var model: Model?
        /// False when the file could not be read to its end.
        var complete: Bool
        var diagnostics: [Diagnostic]
    }

    /// Reads the single YAML document of `bytes` with `body` (see
    /// `decodeDocument`). libyaml reads the bytes in place, without a copy;
    /// that is sound because the decoder, its event stream and the pointer
    /// live only inside this call (`body` must not keep the decoder).
    static func read<Model>(
        _ bytes: ArraySlice<UInt8>, file: String, languages: [String], lineOffset: Int = 0, scanned: SourceScan.Result = .unknown,
        _ body: (YAMLNode, YAMLDecoder) throws(YAMLSyntaxError) -> Model
    ) -> Reading<Model> {
        bytes.withUnsafeBufferPointer { buffer in
            let d = YAMLDecoder(source: buffer, file: file, languages: languages, lineOffset: lineOffset, scanned: scanned)
            var model: Model?
            let complete = d.decodeDocument { root throws(YAMLSyntaxError) in model = try body(root, d) }
            return Reading(model: model, complete: complete, diagnostics: d.sink.diagnostics)
        }
    }

    var defaultLanguage: String { languages.first ?? "th" }

    func isLanguage(_ code: String) -> Bool {
        languages.isEmpty ? SiteSchema.isLanguageCode(code) : languages.contains(code)
    }

    // MARK: Documents

    /// Decodes the file's single document with `body`; an empty file is a
    /// null root. Syntax errors are reported and end the reading.
    /// Returns false when the file could not be read to its end.
    private func decodeDocument(_ body: (YAMLNode) throws(YAMLSyntaxError) -> Void) -> Bool {
        if scanned.flowOpeners > NestingGuard.maximumDepth, let excess = NestingGuard.firstExcess(in: source, lineOffset: lineOffset) {
            sink.error(.yamlSyntax, at: excess, "lists or mappings nested more than \(NestingGuard.maximumDepth) levels deep; the format never needs that")
            return false
        }
        do throws(YAMLSyntaxError) {
            guard case .streamStart = try events.next() else { return true }
            switch try events.next() {
            case .streamEnd:
                try body(.scalar(YAMLScalar(text: "", span: .fileStart, isPlain: true, isBlock: false, isKnownNFC: true)))
                return true
            case .documentStart:
                break
            default:
                return true
            }
            try body(try node())
            guard case .documentEnd = try events.next() else { return true }
            if case .documentStart(let span, _) = try events.next() {
                sink.error(.unsupportedYAML, at: span, "a second YAML document ('---') in one file; one file holds one document")
                return false
            }
            return true
        } catch {
            sink.error(.yamlSyntax, at: error.span, error.message)
            return false
        }
    }

    /// Reads the next node's start.
    func node() throws(YAMLSyntaxError) -> YAMLNode {
        switch try events.next() {
        case .scalar(let s): return .scalar(s)
        case .mappingStart(let span): return .mapping(span)
        case .sequenceStart(let span): return .sequence(span)
        case .alias(let span):
            unsupported(span, "aliases ('*name') are not part of the format; write the value out")
            return .alias(span)
        case .documentStart(let span, _):
            throw YAMLSyntaxError(span: span, message: "unexpected document start")
        default:
            throw YAMLSyntaxError(span: .fileStart, message: "unexpected end of a YAML node")
        }
    }

    /// Consumes the rest of a node (its children), without recursion, so
    /// deeply nested input cannot exhaust the stack.
    func skip(_ node: YAMLNode) throws(YAMLSyntaxError) {
        guard case .mapping = node else {
            guard case .sequence = node else { return }
            return try skipChildren()
        }
        try skipChildren()
    }

    private func skipChildren() throws(YAMLSyntaxError) {
        var depth = 1
        while depth > 0 {
            switch try events.next() {
            case .mappingStart, .sequenceStart: depth += 1
            case .mappingEnd, .sequenceEnd: depth -= 1
            case .alias(let span):
                unsupported(span, "aliases ('*name') are not part of the format; write the value out")
            case .streamEnd, .documentEnd: return
            default: break
            }
        }
    }

    private func unsupported(_ span: SourceSpan, _ message: String) {
        // One report per kind and file: an alias bomb must not become a
        // diagnostic flood either.
        let kind = String(message.prefix(while: { $0 != " " }))
        guard reportedUnsupported.insert(kind).inserted else { return }
        sink.error(.unsupportedYAML, at: span, message)
    }

    // MARK: Collections

    /// Reads a mapping key by key. `body` must consume each value (decode it
    /// or call `unknownKey`). A key given twice is reported and its second
    /// value skipped. Returns the mapping's span, or nil when the node was
    /// null (absent) or not a mapping (reported as `wrong-type`).
    @discardableResult
    func mapping(_ node: YAMLNode, _ what: @autoclosure () -> String, _ body: (YAMLScalar, YAMLNode) throws(YAMLSyntaxError) -> Void) throws(YAMLSyntaxError) -> SourceSpan? {
        guard case .mapping(let span) = node else {
            if !node.isNull { try wrongType(node, expected: "a mapping of keys to values for \(what())") }
            return nil
        }
        let keysFrom = seenKeys.open()
        defer { seenKeys.close(keysFrom) }
        while true {
            let keyEvent = try events.next()
            let key: YAMLScalar
            switch keyEvent {
            case .mappingEnd: return span
            case .scalar(let s): key = s
            case .mappingStart(let s), .sequenceStart(let s):
                sink.error(.wrongType, at: s, "a key of \(what()) must be a plain word")
                try skipChildren()
                try skip(try self.node())
                continue
            case .alias(let s):
                unsupported(s, "aliases ('*name') are not part of the format; write the value out")
                try skip(try self.node())
                continue
            default:
                throw YAMLSyntaxError(span: span, message: "unexpected end of a mapping")
            }
            let value = try self.node()
            if let first = seenKeys.insert(key.text, at: key.span, mappingFrom: keysFrom) {
                sink.error(.duplicateKey, at: key.span, "'\(key.text)' is given twice in \(what()) (first on line \(first.line)); the second would silently replace the first")
                try skip(value)
                continue
            }
            try body(key, value)
        }
    }

    /// Reads a list item by item; null means an empty list. Returns the
    /// list's span, or nil when absent or of the wrong type (reported).
    @discardableResult
    func sequence(_ node: YAMLNode, _ what: @autoclosure () -> String, _ body: (YAMLNode) throws(YAMLSyntaxError) -> Void) throws(YAMLSyntaxError) -> SourceSpan? {
        guard case .sequence(let span) = node else {
            if !node.isNull { try wrongType(node, expected: "a list for \(what())") }
            return nil
        }
        while true {
            let event = try events.next()
            let item: YAMLNode
            switch event {
            case .sequenceEnd: return span
            case .scalar(let s): item = .scalar(s)
            case .mappingStart(let s): item = .mapping(s)
            case .sequenceStart(let s): item = .sequence(s)
            case .alias(let s):
                unsupported(s, "aliases ('*name') are not part of the format; write the value out")
                item = .alias(s)
            default:
                throw YAMLSyntaxError(span: span, message: "unexpected end of a list")
            }
            try body(item)
        }
    }

    /// Reports a key the schema does not know (with a "did you mean") and
    /// skips its value.
    func unknownKey(_ key: YAMLScalar, _ value: YAMLNode, in what: String, known: [String], note: String? = nil) throws(YAMLSyntaxError) {
        var message = "unknown key '\(key.text)' in \(what)"
        if let note { message += "; \(note)" }
        message += Suggestion.hint(for: key.text, in: known)
        sink.error(.unknownKey, at: key.span, message)
        try skip(value)
    }

    func wrongType(_ node: YAMLNode, expected: String) throws(YAMLSyntaxError) {
        sink.error(.wrongType, at: node.span, "expected \(expected), found \(node.kindDescription)")
        try skip(node)
    }

    func missingField(_ path: String, in what: String, at span: SourceSpan, note: String = "") {
        sink.error(.missingField, at: span, "\(what) has no '\(path)'\(note)")
    }
}
