import ThanrakModel

/// The start of a node as the decoder sees it. For a mapping or sequence the
/// children are still in the stream: the decoder must read or skip them.
enum YAMLNode {
    case scalar(YAMLScalar)
    case mapping(SourceSpan)
    case sequence(SourceSpan)
    /// An alias: refused (and reported) where it was read; means null.
    case alias(SourceSpan)

    var span: SourceSpan {
        switch self {
        case .scalar(let s): s.span
        case .mapping(let s), .sequence(let s), .alias(let s): s
        }
    }

    var isSequence: Bool {
        if case .sequence = self { true } else { false }
    }

    var isNull: Bool {
        switch self {
        case .scalar(let s): s.isNull
        case .alias: true
        default: false
        }
    }

    /// How a message names what was found, for `wrong-type`.
    var kindDescription: String {
        switch self {
        case .scalar(let s): s.isNull ? "nothing" : "the value '\(s.text)'"
        case .mapping: "a mapping (key: value pairs)"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
