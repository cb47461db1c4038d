/// A decimal number as written (`240000`, `12.5`), kept as text too so
/// exports and messages show exactly what the author wrote.
public struct Number: Sendable, Hashable {
    public let value: Double
    public let text: String

    public init(value: Double, text: String) {
        self.value = value
        self.text = text
    }

    /// Parses the format's number grammar `-?[0-9]+(\.[0-9]+)?`; nothing else
    /// (no `1_000`, `0x10`, `1e3`, `.inf`).
    public init?(parsing text: String, wholeOnly: Bool = false) {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let intPart = bytes.prefix { $0 >= 48 && $0 <= 57 }
        guard !intPart.isEmpty else { return nil }
        var rest = bytes.dropFirst(intPart.count)
        if !rest.isEmpty {
            guard !wholeOnly, rest.first == UInt8(ascii: ".") else { return nil }
            rest = rest.dropFirst()
            guard !rest.isEmpty, rest.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        }
        guard let v = Double(text) else { return nil }
        self.value = v
        self.text = text
    }
}
