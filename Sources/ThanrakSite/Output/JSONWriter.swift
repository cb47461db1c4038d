import ThanrakModel

/// A small streaming JSON writer: UTF-8 unescaped, fixed key order, no
/// whitespace. It remembers only whether a value was just finished (so the
/// next one needs a comma), which is all nesting needs: opening an object or
/// array starts without one, closing it finishes a value.
struct JSONWriter {
    private(set) var bytes: [UInt8]
    private var afterValue = false

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Thanrak's own key, which never needs escaping.
    mutating func key(_ k: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(literal: k)
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        afterValue = false
    }

    /// A key taken from content or a code list.
    mutating func key(_ k: String) {
        string(k)
        bytes.append(UInt8(ascii: ":"))
        afterValue = false
    }

    mutating func field(_ k: StaticString, _ value: String) { key(k); string(value) }
    mutating func field(_ k: StaticString, _ value: Int) { key(k); int(value) }
    mutating func field(_ k: StaticString, _ value: LocalizedText) { key(k); text(value) }

    mutating func string(_ s: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(s, escaping: Escaped.self, with: Self.escape)
        bytes.append(UInt8(ascii: "\""))
        afterValue = true
    }

    mutating func int(_ v: Int) {
        separate()
        bytes.append(decimal: v)
        afterValue = true
    }

    /// Whole numbers without a decimal point; others as Swift prints them (shortest round-trip).
    mutating func number(_ v: Double) {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 { int(Int(Int64(v))) } else if v.isFinite { value(String(v)) } else { null() }
    }

    /// A number kept as written in the content.
    mutating func value(_ text: String) {
        separate()
        bytes.append(utf8: text)
        afterValue = true
    }

    mutating func null() {
        separate()
        bytes.append(literal: "null")
        afterValue = true
    }

    mutating func text(_ t: LocalizedText) {
        object { o in for (language, text) in t.translations { o.key(language); o.string(text) } }
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        afterValue = false
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        afterValue = true
    }

    mutating func array<S: Sequence>(_ items: S, _ each: (inout JSONWriter, S.Element) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        afterValue = false
        for item in items { each(&self, item) }
        bytes.append(UInt8(ascii: "]"))
        afterValue = true
    }

    /// Bytes after the document (its final newline).
    mutating func end(_ s: StaticString) { bytes.append(literal: s) }

    private mutating func separate() {
        if afterValue { bytes.append(UInt8(ascii: ",")) }
    }

    /// Bytes a JSON string cannot hold as they are.
    private enum Escaped: ByteClass {
        static func contains(_ b: UInt8) -> Bool { b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") }
        static func mayContain(word w: UInt64) -> Bool {
            WordBytes.any(w, below: 0x20) || WordBytes.any(w, equalTo: UInt8(ascii: "\"")) || WordBytes.any(w, equalTo: UInt8(ascii: "\\"))
        }
    }

    private static func escape(_ b: UInt8, into out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "\""): out.append(literal: "\\\"")
        case UInt8(ascii: "\\"): out.append(literal: "\\\\")
        case 0x0A: out.append(literal: "\\n")
        case 0x0D: out.append(literal: "\\r")
        case 0x09: out.append(literal: "\\t")
        default:
            let hex: StaticString = "0123456789abcdef"
            out.append(literal: "\\u00")
            hex.withUTF8Buffer { out.append(contentsOf: [$0[Int(b >> 4)], $0[Int(b & 0xF)]]) }
        }
    }
}
