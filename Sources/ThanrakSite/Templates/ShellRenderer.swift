import Foundation
import Mustache

/// Renders page shells fast without reimplementing Mustache: swift-mustache
/// renders each distinct page *shape* once (same shell, same sections and
/// flags, same list lengths; text replaced by numbered sentinels), and every
/// page of that shape splices its own text into the recorded output. The
/// result is byte-identical to rendering the page with swift-mustache (a
/// test proves it), at the cost of one render per shape instead of one per
/// page: measured on the 10,000-community corpus, the shells went from 22 %
/// of the build's CPU to a small fraction (docs/performance.md).
final class ShellRenderer: @unchecked Sendable {
    private let library: MustacheLibrary
    private let lock = NSLock()
    /// Shape key → the shell's output cut at its text slots.
    private var compiled: [Shape: [Segment]] = [:]

    /// A page shape as a dictionary key, hashed as one block of bytes:
    /// `[UInt8]`'s own hashing feeds the hasher byte by byte (a kilobyte a
    /// page, 1 % of a build).
    struct Shape: Hashable {
        var bytes: [UInt8]
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    enum Segment {
        case literal([UInt8])
        /// Leaf number `index`; `escaped` when the shell used `{{ }}`.
        case slot(Int, escaped: Bool)
    }

    init(library: MustacheLibrary) { self.library = library }

    func render(_ shell: String, _ values: ShellValues, into out: inout [UInt8]) {
        var leaves: [ShellValue] = []
        leaves.reserveCapacity(64)
        var shape: [UInt8] = []
        shape.reserveCapacity(1024)
        shape.append(contentsOf: shell.utf8)
        Self.walk(values, leaves: &leaves, shape: &shape)
        let segments = segments(for: Shape(bytes: shape), shell: shell, values: values)
        out.reserveCapacity(out.count + Self.size(of: segments, leaves))
        for segment in segments {
            switch segment {
            case .literal(let bytes):
                out.append(contentsOf: bytes)
            case .slot(let i, let escaped):
                switch leaves[i] {
                case .text(let s):
                    if escaped { Self.appendEscaped(s, to: &out) } else { out.append(contentsOf: s.utf8) }
                case .html(let b):
                    if escaped { Self.appendEscaped(String(decoding: b, as: UTF8.self), to: &out) } else { out.append(contentsOf: b) }
                default:
                    break
                }
            }
        }
    }

    /// The bytes a page of these segments takes (escaping aside): reserved
    /// up front, as a page outgrew a guessed capacity and was copied again.
    private static func size(of segments: [Segment], _ leaves: [ShellValue]) -> Int {
        var total = 0
        for segment in segments {
            switch segment {
            case .literal(let bytes): total += bytes.count
            case .slot(let i, _):
                switch leaves[i] {
                case .text(let s): total += s.utf8.count
                case .html(let b): total += b.count
                default: break
                }
            }
        }
        return total
    }

    /// Visits the values in their fixed order (`ShellValues`' order of
    /// keys, list order): collects text leaves and writes the shape (what
    /// a Mustache section can see). `sentinelValues` numbers the leaves in
    /// the same order.
    static func walk(_ values: ShellValues, leaves: inout [ShellValue], shape: inout [UInt8]) {
        shape.append(UInt8(ascii: "{"))
        for entry in values.entries {
            shape.append(contentsOf: entry.key.utf8)
            switch entry.value {
            case .text, .html:
                shape.append(contentsOf: entry.value.isEmpty ? Self.emptyMark : Self.textMark)
                leaves.append(entry.value)
            case .flag(let f):
                shape.append(contentsOf: f ? Self.trueMark : Self.falseMark)
            case .list(let items):
                shape.append(contentsOf: Self.listOpen)
                for item in items { walk(item, leaves: &leaves, shape: &shape) }
                shape.append(contentsOf: Self.listClose)
            }
        }
        shape.append(UInt8(ascii: "}"))
    }

    private static let emptyMark = Array("=e;".utf8), textMark = Array("=s;".utf8)
    private static let trueMark = Array("=1;".utf8), falseMark = Array("=0;".utf8)
    private static let listOpen = Array("=[".utf8), listClose = Array("];".utf8)

    private func segments(for shape: Shape, shell: String, values: ShellValues) -> [Segment] {
        lock.lock()
        if let found = compiled[shape] {
            lock.unlock()
            return found
        }
        lock.unlock()
        var counter = 0
        let sentinels = Self.sentinelValues(values, counter: &counter)
        let output = library.render(sentinels, withTemplate: shell) ?? ""
        let segments = Self.cut(Array(output.utf8))
        lock.lock()
        compiled[shape] = segments
        lock.unlock()
        return segments
    }

    /// The same structure with each text leaf replaced by `U+E000 n & U+E001`:
    /// the `&` comes out as `&amp;` where the shell escapes the value.
    static func sentinelValues(_ values: ShellValues, counter: inout Int) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in values.entries {  // walk's order: leaf numbers must agree
            switch value {
            case .text, .html:
                // An empty leaf stays empty: a section on it must stay false.
                result[key] = value.isEmpty ? "" : "\u{E000}\(counter)&\u{E001}"
                counter += 1
            case .flag(let f):
                result[key] = f
            case .list(let items):
                result[key] = items.map { sentinelValues($0, counter: &counter) }
            }
        }
        return result
    }

    /// Splits rendered output at the sentinels.
    static func cut(_ bytes: [UInt8]) -> [Segment] {
        var segments: [Segment] = []
        var literalStart = 0
        var i = 0
        let open: [UInt8] = [0xEE, 0x80, 0x80], close: [UInt8] = [0xEE, 0x80, 0x81]
        while i + 2 < bytes.count {
            guard bytes[i] == open[0], bytes[i + 1] == open[1], bytes[i + 2] == open[2] else {
                i += 1
                continue
            }
            var j = i + 3
            var number = 0
            while j < bytes.count, bytes[j] >= 48, bytes[j] <= 57 {
                number = number * 10 + Int(bytes[j] - 48)
                j += 1
            }
            let escapedMark: [UInt8] = Array("&amp;".utf8), rawMark: [UInt8] = [UInt8(ascii: "&")]
            var escaped = false
            if bytes[j...].starts(with: escapedMark) {
                escaped = true
                j += escapedMark.count
            } else if bytes[j...].starts(with: rawMark) {
                j += 1
            }
            guard bytes[j...].starts(with: close) else {
                i += 1
                continue
            }
            if literalStart < i { segments.append(.literal(Array(bytes[literalStart..<i]))) }
            segments.append(.slot(number, escaped: escaped))
            i = j + 3
            literalStart = i
        }
        if literalStart < bytes.count { segments.append(.literal(Array(bytes[literalStart...]))) }
        return segments
    }

    /// swift-mustache's HTML escaping, on bytes.
    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(b)
            }
        }
    }
}
