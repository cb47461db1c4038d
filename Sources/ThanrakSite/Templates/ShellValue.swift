/// A value handed to a page shell. Text and HTML are already escaped (or
/// are markup Thanrak wrote), so shells use triple mustaches.
public enum ShellValue: Sendable {
    /// Escaped text or small markup, as a String.
    case text(String)
    /// A section's pre-rendered HTML bytes (no String round trip).
    case html([UInt8])
    case flag(Bool)
    case list([ShellValues])

    var isEmpty: Bool {
        switch self {
        case .text(let s): s.isEmpty
        case .html(let b): b.isEmpty
        case .flag(let f): !f
        case .list(let l): l.isEmpty
        }
    }
}
