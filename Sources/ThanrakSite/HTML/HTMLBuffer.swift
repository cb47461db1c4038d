/// Page bytes under construction. Components append raw markup and escaped
/// text; escaping works on UTF-8 bytes, so Thai text is copied as is (the
/// five special characters are all ASCII).
public struct HTMLBuffer: Sendable {
    public private(set) var bytes: [UInt8]

    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Markup written by Thanrak itself; never content.
    public mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }
    public mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    /// Content as text: `& < > " '` escaped, valid in elements and attributes.
    public mutating func text(_ s: String) {
        var utf8 = s.utf8
        if utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = s
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
            _ = utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        }
    }

    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for i in 0..<source.count {
            let b = source[i]
            if !HTMLBuffer.mayNeedEscape(b) { continue }
            let replacement: StaticString
            switch b {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: continue
            }
            if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<i])) }
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            start = i + 1
        }
        if start < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...])) }
    }

    /// `<tag class="…">` opening with escaped attribute values.
    public mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        bytes.append(UInt8(ascii: "<"))
        raw(tag)
        for (name, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            raw(name)
            bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
            text(value)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
    }

    public mutating func close(_ tag: String) {
        bytes.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
        raw(tag)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<tag …>text</tag>`
    public mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String) {
        open(tag, attributes)
        text(content)
        close(tag)
    }

    /// The five specials lie in 0x22...0x3E: Thai bytes (≥ 0x80) and most
    /// ASCII are ruled out by this one comparison.
    @inline(__always)
    static func mayNeedEscape(_ b: UInt8) -> Bool { b &- 0x22 <= 0x3E - 0x22 }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Escapes one string (for values handed to the Mustache shells).
    public static func escape(_ s: String) -> String {
        // Labels and titles rarely hold a special character: no copy then.
        if !s.utf8.contains(where: { mayNeedEscape($0) && ($0 == 0x22 || $0 == 0x26 || $0 == 0x27 || $0 == 0x3C || $0 == 0x3E) }) { return s }
        var b = HTMLBuffer(capacity: s.utf8.count + 16)
        b.text(s)
        return b.string
    }
}
