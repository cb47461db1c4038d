import CYAML
import ThanrakModel

/// A scalar as libyaml read it: the text exactly as written (never typed by
/// YAML 1.1 rules: the schema decides what it means) and where it stands.
struct YAMLScalar {
    var text: String
    var span: SourceSpan
    /// Plain (unquoted, not a block scalar): only these can mean null.
    var isPlain: Bool
    /// A `|` or `>` block scalar: its content starts on the next line.
    var isBlock: Bool
    /// The text is certainly NFC already (see `YAMLEventStream.sourceIsKnownNFC`).
    var isKnownNFC = false

    /// The text in NFC.
    var normalizedText: String { isKnownNFC ? text : NFC.normalize(text) }

    /// `~`, `null`, `Null`, `NULL` or nothing at all, unquoted. Compared as
    /// bytes: `==` on a Thai value would take String's canonical-equivalence
    /// path (normalising both sides) for every value read.
    var isNull: Bool {
        guard isPlain else { return false }
        let utf8 = text.utf8
        switch utf8.count {
        case 0: return true
        case 1: return utf8.first == UInt8(ascii: "~")
        case 4: return utf8.elementsEqual("null".utf8) || utf8.elementsEqual("Null".utf8) || utf8.elementsEqual("NULL".utf8)
        default: return false
        }
    }
}

/// One libyaml event, reduced to what the decoder needs.
enum YAMLEvent {
    case streamStart, streamEnd
    case documentStart(SourceSpan, implicit: Bool)
    case documentEnd
    case scalar(YAMLScalar)
    case mappingStart(SourceSpan)
    case sequenceStart(SourceSpan)
    case mappingEnd, sequenceEnd
    case alias(SourceSpan)
}

/// A syntax error libyaml reported; the rest of the file cannot be read.
struct YAMLSyntaxError: Error {
    var span: SourceSpan
    var message: String
}

/// Pulls events one at a time from libyaml's parser: no node tree is built
/// (a tree costs 5× the time, ../shared/design/performance.md). Anchors and
/// tags on nodes are reported through `onUnsupported` and otherwise ignored.
final class YAMLEventStream {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// libyaml wants a non-null input even when it is empty: one byte of
    /// our own then (it is never read).
    private let emptyInput: UnsafeMutablePointer<UInt8>?
    /// Added to libyaml's line numbers (front matter starts on line 2).
    private let lineOffset: Int
    /// The whole input passed NFC.isKnownNFC. Then so does every scalar that
    /// is not double-quoted: libyaml builds those only from runs of the
    /// input, joined by line breaks or spaces (class 0), so no run of Thai
    /// marks is put together that the input did not have. Escapes in double
    /// quotes (`\u0E48`, `\` at a line end) can, so those are tested alone.
    private let sourceIsKnownNFC: Bool
    private var finished = false
    var onUnsupported: (SourceSpan, String) -> Void = { _, _ in }

    /// The parser reads `bytes` in place: the caller keeps them alive and
    /// unchanged for the stream's whole life (YAMLDecoder.read does).
    init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int = 0, isKnownNFC: Bool = false) {
        self.lineOffset = lineOffset
        self.sourceIsKnownNFC = isKnownNFC
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        if let base = bytes.baseAddress, bytes.count > 0 {
            emptyInput = nil
            yaml_parser_set_input_string(parser, base, bytes.count)
        } else {
            let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
            byte.initialize(to: 0)
            emptyInput = byte
            yaml_parser_set_input_string(parser, byte, 0)
        }
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        emptyInput?.deallocate()
    }

    func span(_ start: yaml_mark_t, _ end: yaml_mark_t) -> SourceSpan {
        let length = end.line == start.line ? Int(end.column) - Int(start.column) : 1
        return SourceSpan(line: Int(start.line) + 1 + lineOffset, column: Int(start.column) + 1, length: length)
    }

    func next() throws(YAMLSyntaxError) -> YAMLEvent {
        if finished { return .streamEnd }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&event) }
        let here = span(event.start_mark, event.end_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT:
            finished = true
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(here, implicit: event.data.document_start.implicit != 0)
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias(here)
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            noteProperties(anchor: s.anchor, tag: s.tag, at: here)
            let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            let style = s.style
            return .scalar(YAMLScalar(
                text: text, span: here, isPlain: style == YAML_PLAIN_SCALAR_STYLE,
                isBlock: style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE,
                isKnownNFC: sourceIsKnownNFC && style != YAML_DOUBLE_QUOTED_SCALAR_STYLE))
        case YAML_SEQUENCE_START_EVENT:
            let s = event.data.sequence_start
            noteProperties(anchor: s.anchor, tag: s.tag, at: here)
            return .sequenceStart(here)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let m = event.data.mapping_start
            noteProperties(anchor: m.anchor, tag: m.tag, at: here)
            return .mappingStart(here)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default:
            throw YAMLSyntaxError(span: here, message: "unexpected YAML event")
        }
    }

    /// Inlined: almost no node has an anchor or a tag, and the call itself
    /// cost more than the test.
    @inline(__always)
    private func noteProperties(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?, at span: SourceSpan) {
        if anchor != nil || tag != nil { reportProperties(anchor: anchor, tag: tag, at: span) }
    }

    private func reportProperties(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?, at span: SourceSpan) {
        if let anchor {
            onUnsupported(span, "anchors ('&\(String(cString: anchor))') are not part of the format; write the value out")
        }
        if let tag {
            onUnsupported(span, "tags ('\(String(cString: tag))') are not part of the format; the schema gives every value its type")
        }
    }

    private func syntaxError() -> YAMLSyntaxError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "malformed YAML"
        let context = p.context.map { String(cString: $0) }
        var mark = p.problem_mark
        var message = context.map { "\(problem) \($0)" } ?? problem
        // "end of stream while scanning a quoted scalar": the useful place is
        // where the unfinished construct starts, as a compiler would show.
        if problem.contains("end of stream"), context != nil {
            mark = p.context_mark
            message += " that starts here and is never closed"
        }
        if problem.contains("cannot start any token") || problem.contains("tab") {
            message += " (a tab? YAML indents with spaces only)"
        }
        return YAMLSyntaxError(
            span: SourceSpan(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1),
            message: message)
    }
}
