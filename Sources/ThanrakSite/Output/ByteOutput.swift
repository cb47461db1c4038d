/// Appending to the byte buffers the data exports are written into. The
/// exports are large single files, each made by one job, so they append
/// UTF-8 bytes directly rather than building Strings and converting them.
extension Array where Element == UInt8 {
    /// Thanrak's own fixed text (keys, punctuation, markup).
    mutating func append(literal s: StaticString) {
        s.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// A string's UTF-8 bytes, copied in one piece.
    mutating func append(utf8 s: String) {
        s.withUTF8Bytes { append(contentsOf: $0) }
    }

    /// `v` in decimal, as `String(v)` writes it, without making the String.
    mutating func append(decimal v: Int) {
        if v < 0 { append(UInt8(ascii: "-")) }
        var rest = v.magnitude
        var digits = 1
        var scale: UInt = 1
        while rest / scale >= 10 { scale *= 10; digits += 1 }
        reserveCapacity(count + digits)
        repeat {
            append(UInt8(ascii: "0") + UInt8(rest / scale))
            rest %= scale
            scale /= 10
        } while scale > 0
    }
}

extension String {
    /// Runs `body` on the UTF-8 bytes in place; native Swift strings are
    /// always contiguous, so the copy is only a fallback.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
