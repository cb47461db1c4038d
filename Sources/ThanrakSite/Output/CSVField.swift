import ThanrakCheck

/// RFC 4180 CSV: a field with a comma, quote, CR or LF (or space at either
/// end) is quoted, and quotes inside it are doubled.
public enum CSVField {
    public static func quote(_ s: String) -> String {
        let needsQuotes = s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        return "\"" + s.replacingAll("\"", "\"\"") + "\""
    }

    /// `quote(s)` appended as UTF-8. Nearly every field needs no quotes,
    /// which a scan of its bytes shows without making a new String; only
    /// a field that may need them goes through `quote`, whose rule is by
    /// Character (a quote followed by a combining mark is not a quote).
    static func append(_ s: String, to out: inout [UInt8]) {
        let plain = s.withUTF8Bytes { bytes in
            MayNeedQuotes.firstIndex(in: bytes, from: 0) == bytes.count && bytes.first != UInt8(ascii: " ") && bytes.last != UInt8(ascii: " ")
        }
        out.append(utf8: plain ? s : quote(s))
    }

    static func appendRow(_ fields: [String], to out: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            append(field, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// Leading fields of a row, each quoted and followed by its comma,
    /// written once and copied into every row that shares them.
    struct Run {
        private(set) var bytes: [UInt8] = []

        /// Empties the run, keeping its memory for the next.
        mutating func start() { bytes.removeAll(keepingCapacity: true) }

        mutating func field(_ s: String) {
            CSVField.append(s, to: &bytes)
            bytes.append(UInt8(ascii: ","))
        }
    }

    /// Bytes of the Characters that make a field need quotes.
    private enum MayNeedQuotes: ByteClass {
        static func contains(_ b: UInt8) -> Bool { b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D }
        static func mayContain(word w: UInt64) -> Bool {
            WordBytes.any(w, equalTo: UInt8(ascii: ",")) || WordBytes.any(w, equalTo: UInt8(ascii: "\"")) || WordBytes.any(w, below: 0x0E)
        }
    }
}
