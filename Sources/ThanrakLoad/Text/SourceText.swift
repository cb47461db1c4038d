import ThanrakModel

/// Checks raw file bytes before anything parses them: UTF-8 validity (with
/// the line, column and byte offset of the first bad byte) and the BOM.
public enum SourceText {
    public struct InvalidUTF8: Error {
        public var span: SourceSpan
        public var byteOffset: Int
    }

    /// The byte offset of the first byte that is not valid UTF-8, if any.
    public static func firstInvalidUTF8(in array: [UInt8]) -> Int? {
        array.withUnsafeBufferPointer { firstInvalidUTF8(buffer: $0) }
    }

    static func firstInvalidUTF8(buffer bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 { i += 1; continue }
            let width = sequenceWidth(bytes, at: i)
            if width == 0 { return i }
            i += width
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence that starts at `i`
    /// (1 to 4), or 0 when it is not one (Unicode's table 3-7: no overlong
    /// forms, no surrogates, nothing past U+10FFFF).
    @inline(__always)
    static func sequenceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        let n = bytes.count
        let width: Int
        let minSecond: UInt8, maxSecond: UInt8
        switch b {
        case 0xC2...0xDF: width = 2; minSecond = 0x80; maxSecond = 0xBF
        case 0xE0: width = 3; minSecond = 0xA0; maxSecond = 0xBF
        case 0xE1...0xEC, 0xEE...0xEF: width = 3; minSecond = 0x80; maxSecond = 0xBF
        case 0xED: width = 3; minSecond = 0x80; maxSecond = 0x9F
        case 0xF0: width = 4; minSecond = 0x90; maxSecond = 0xBF
        case 0xF1...0xF3: width = 4; minSecond = 0x80; maxSecond = 0xBF
        case 0xF4: width = 4; minSecond = 0x80; maxSecond = 0x8F
        default: return 0
        }
        guard i + 1 < n, bytes[i + 1] >= minSecond, bytes[i + 1] <= maxSecond else { return 0 }
        for k in 2..<width {
            guard i + k < n, bytes[i + k] & 0xC0 == 0x80 else { return 0 }
        }
        return width
    }

    /// Where a byte offset is, as line and code-point column.
    public static func span(ofByte offset: Int, in bytes: [UInt8]) -> SourceSpan {
        var line = 1, column = 1
        var i = 0
        while i < offset && i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return SourceSpan(line: line, column: column)
    }

    public static func validate(_ bytes: [UInt8]) -> InvalidUTF8? {
        guard let offset = firstInvalidUTF8(in: bytes) else { return nil }
        return InvalidUTF8(span: span(ofByte: offset, in: bytes), byteOffset: offset)
    }

    /// The bytes without a leading UTF-8 byte order mark.
    public static func droppingBOM(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return bytes[3...] }
        return bytes[...]
    }

    /// Code points in the first `byteCount` bytes of a line: converts
    /// cmark's byte columns into the code-point columns editors show.
    public static func codePoints(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
