/// Page bytes under construction. Components append raw markup and escaped
/// text; escaping works on UTF-8 bytes, so Thai text is copied as is (the
/// five special characters are all ASCII).
public struct HTMLBuffer: Sendable, ByteSink {
    private var store: ByteStore

    public init(capacity: Int = 4096) {
        store = ByteStore(capacity: capacity)
    }

    /// What has been written (a copy: read it once, when the part is done).
    public var bytes: [UInt8] { store.array }
    public var isEmpty: Bool { store.count == 0 }
    /// Bytes written so far.
    public var count: Int { store.count }

    mutating func append(_ byte: UInt8) { store.append(byte) }
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) { store.append(contentsOf: bytes) }

    /// Markup written by Thanrak itself, as a literal: its bytes are where
    /// the compiler put them, copied as one block. A String literal cost
    /// 45 instructions more a call (its storage asked for contiguous bytes),
    /// and literal markup is millions of calls a build.
    @inline(__always)
    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { store.append(contentsOf: $0) }
    }

    /// Markup Thanrak made at run time (a class name, an id, a link); never content.
    /// Copied as one block: `append(contentsOf: s.utf8)` went through the
    /// generic sequence path.
    public mutating func raw(markup s: String) {
        HTMLBuffer.withUTF8(s) { store.append(contentsOf: $0) }
    }
    public mutating func raw(_ b: [UInt8]) { b.withUnsafeBufferPointer { store.append(contentsOf: $0) } }
    /// A number in markup (coordinates, sizes, counts), without a String.
    public mutating func int(_ value: Int) { DecimalBytes.append(value, to: &store) }

    /// Content as text: `& < > " '` escaped, valid in elements and attributes.
    public mutating func text(_ s: String) {
        HTMLBuffer.withUTF8(s) { appendEscaped($0) }
    }

    /// Calls `body` with `s`'s UTF-8 bytes where they lie (a native String
    /// always has them contiguous; a bridged one is copied first).
    @inline(__always)
    static func withUTF8<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = s.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = s
        return copy.withUTF8(body)
    }

    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let n = source.count
        var start = 0
        var i = 0
        // Eight bytes at a time, with an exact test for the five specials,
        // so words of Thai, digits or URLs are copied without a byte loop.
        while n &- i >= 8 {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            guard HTMLBuffer.mayHaveSpecial(word) else {
                i &+= 8
                continue
            }
            var specials = HTMLBuffer.specials(inWord: word)
            while specials != 0 {
                let at = i &+ specials.trailingZeroBitCount >> 3  // little-endian: lowest byte first
                appendReplacing(at: at, from: &start, base)
                specials &= specials &- 1
            }
            i &+= 8
        }
        while i < n {
            if HTMLBuffer.replacement(for: base[i]) != nil { appendReplacing(at: i, from: &start, base) }
            i &+= 1
        }
        if start < n { store.append(contentsOf: UnsafeBufferPointer(start: base + start, count: n &- start)) }
    }

    /// Copies the run before `at`, then the entity for the special at `at`.
    @inline(__always)
    private mutating func appendReplacing(at: Int, from start: inout Int, _ base: UnsafePointer<UInt8>) {
        guard let entity = HTMLBuffer.replacement(for: base[at]) else { return }
        if start < at { store.append(contentsOf: UnsafeBufferPointer(start: base + start, count: at &- start)) }
        entity.withUTF8Buffer { store.append(contentsOf: $0) }
        start = at &+ 1
    }

    @inline(__always)
    static func replacement(for b: UInt8) -> StaticString? {
        switch b {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// Whether a byte of `word` is in 20–3F, where all five specials are.
    /// Most words of Thai text (bytes 80–BF and E0) have none and skip the
    /// exact test, which costs three times as much.
    @inline(__always)
    static func mayHaveSpecial(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let y = (x ^ (ones &* 0x20)) & (ones &* 0xE0)  // zero where the byte is 001x_xxxx
        let low = ones &* 0x7F
        return ~(((y & low) &+ low) | y | low) != 0
    }

    /// The high bit of each byte of `word` that is one of `" & ' < >`, and
    /// no other bit. `&` 26 and `'` 27 differ only in bit 0, `<` 3C and `>`
    /// 3E only in bit 1: setting that bit first makes three exact zero-byte
    /// tests (the carry-free form, so a match never marks its neighbour).
    @inline(__always)
    static func specials(inWord x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func zeroBytes(_ y: UInt64) -> UInt64 {
            let low = ones &* 0x7F
            return ~(((y & low) &+ low) | y | low)
        }
        return zeroBytes(x ^ (ones &* 0x22)) | zeroBytes((x | ones) ^ (ones &* 0x27)) | zeroBytes((x | (ones &* 2)) ^ (ones &* 0x3E))
    }

    /// `<tag class="…">` opening with escaped attribute values.
    public mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        store.append(UInt8(ascii: "<"))
        raw(markup: tag)
        for (name, value) in attributes {
            store.append(UInt8(ascii: " "))
            raw(markup: name)
            store.append(UInt8(ascii: "="))
            store.append(UInt8(ascii: "\""))
            text(value)
            store.append(UInt8(ascii: "\""))
        }
        store.append(UInt8(ascii: ">"))
    }

    /// `<a href="…">` to `target` from `page` (inside the language folder
    /// `folder`, if any): the link is written straight into the bytes, and
    /// needs no escaping (`SitePath.appendLink`).
    mutating func openLink(from page: SitePath, to target: SitePath, under folder: String? = nil, fragment: String? = nil) {
        raw("<a href=\"")
        link(from: page, to: target, under: folder, fragment: fragment)
        store.append(UInt8(ascii: "\""))
        store.append(UInt8(ascii: ">"))
    }

    /// The link alone, for an `href` among other attributes.
    mutating func link(from page: SitePath, to target: SitePath, under folder: String? = nil, fragment: String? = nil) {
        page.appendLink(to: target, under: folder, fragment: fragment, into: &self)
    }


    public mutating func close(_ tag: String) {
        store.append(UInt8(ascii: "<"))
        store.append(UInt8(ascii: "/"))
        raw(markup: tag)
        store.append(UInt8(ascii: ">"))
    }

    /// `<tag …>text</tag>`
    public mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String) {
        open(tag, attributes)
        text(content)
        close(tag)
    }

    /// Whether `s` holds one of the five specials, tested eight bytes at a
    /// time (byte by byte through `utf8` it cost a thousand instructions
    /// for a Thai title, and every page escapes a dozen labels).
    static func needsEscape(_ s: String) -> Bool {
        withUTF8(s) { bytes in
            guard let base = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while bytes.count &- i >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if mayHaveSpecial(word) && specials(inWord: word) != 0 { return true }
                i &+= 8
            }
            while i < bytes.count {
                if replacement(for: bytes[i]) != nil { return true }
                i &+= 1
            }
            return false
        }
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Escapes one string (for values handed to the Mustache shells).
    public static func escape(_ s: String) -> String {
        // Labels and titles rarely hold a special character: no copy then.
        if !needsEscape(s) { return s }
        var b = HTMLBuffer(capacity: s.utf8.count + 16)
        b.text(s)
        return b.string
    }
}
