import ThanrakModel

/// libyaml 0.2.5 re-examines every open flow level (`[`, `{`) on each token,
/// so deeply nested input costs quadratic time (200,000 levels measured at
/// 98 s). The format never nests deeper than a few levels; this linear scan
/// refuses absurd nesting before libyaml sees it.
enum NestingGuard {
    static let maximumDepth = 256

    /// Where the flow nesting first exceeds the limit, if it does. Quoted
    /// strings and comments are skipped; a bracket inside a plain scalar
    /// counts, which only matters for text with hundreds of brackets.
    static func firstExcess(in bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) -> SourceSpan? {
        guard flowOpeners(in: bytes) > maximumDepth else { return nil }
        var depth = 0
        var line = 1 + lineOffset, column = 0
        var quote: UInt8 = 0
        var inComment = false
        var previous: UInt8 = 0x0A
        for b in bytes {
            if b == 0x0A {
                line += 1
                column = 0
                inComment = false
                previous = b
                continue
            }
            if b & 0xC0 != 0x80 { column += 1 }
            defer { previous = b }
            if inComment { continue }
            if quote != 0 {
                if b == quote { quote = 0 }
                continue
            }
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
            case UInt8(ascii: "#") where previous == 0x20 || previous == 0x0A || previous == 0x09: inComment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumDepth { return SourceSpan(line: line, column: column) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    /// `[` and `{` in the bytes: fewer than the limit cannot nest past it.
    static func flowOpeners(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for b in bytes where b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { n += 1 }
        return n
    }
}
