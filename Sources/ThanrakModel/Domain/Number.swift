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
        var utf8 = text
        guard let v = utf8.withUTF8({ Number.value(of: $0, text: text, wholeOnly: wholeOnly) }) else { return nil }
        self.value = v
        self.text = text
    }

    /// Checks the grammar over the bytes. A whole number of up to 15 digits
    /// is below 2^53, so its Double is exact and the same as strtod's
    /// (sign included, -0 too); anything else goes through `Double(text)`.
    private static func value(of bytes: UnsafeBufferPointer<UInt8>, text: String, wholeOnly: Bool) -> Double? {
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        var i = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { i = 1 }
        let intStart = i
        var magnitude = 0
        while i < bytes.count && isDigit(bytes[i]) {
            if i - intStart < 15 { magnitude = magnitude * 10 + Int(bytes[i] - 48) }
            i += 1
        }
        guard i > intStart else { return nil }
        if i == bytes.count {
            if i - intStart <= 15 { return negative ? -Double(magnitude) : Double(magnitude) }
            return Double(text)
        }
        guard !wholeOnly, bytes[i] == UInt8(ascii: ".") else { return nil }
        i += 1
        guard i < bytes.count, bytes[i...].allSatisfy(isDigit) else { return nil }
        return Double(text)
    }
}
