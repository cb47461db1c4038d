/// Where a page lives in the built site, as path segments below the site
/// root (`["communities", "ban-a"]` is `/communities/ban-a/index.html`).
/// Links between pages are relative and end in `index.html`, so the site
/// works on any host, under any sub-path, and opened from disk (§11).
public struct SitePath: Sendable, Hashable, Comparable {
    public var segments: [String]
    /// A file rather than a folder page (`sitemap.xml`, `data/communities.json`).
    public var isFile: Bool

    public init(_ segments: [String], isFile: Bool = false) {
        self.segments = segments
        self.isFile = isFile
    }

    public static let root = SitePath([])

    public static func file(_ segments: String...) -> SitePath { SitePath(segments, isFile: true) }

    public func appending(_ more: String...) -> SitePath { SitePath(segments + more) }

    /// The same page under `/<lang>/`, or unchanged for the default language.
    public func localized(_ language: PageLanguage) -> SitePath {
        language.isDefault ? self : SitePath([language.code] + segments, isFile: isFile)
    }

    /// The file written for this page, relative to the output folder.
    public var filePath: String {
        if isFile { return segments.joined(separator: "/") }
        return segments.isEmpty ? "index.html" : segments.joined(separator: "/") + "/index.html"
    }

    /// Folders between the page's file and the site root.
    var depth: Int { isFile ? segments.count - 1 : segments.count }

    /// A relative link from this page to `target`, as a String (see `appendLink`).
    public func link(to target: SitePath, fragment: String? = nil) -> String {
        // Into a ByteStore: an array took each "../" and segment byte by byte.
        var url = ByteStore(capacity: 3 * depth + target.segments.reduce(0) { $0 + $1.utf8.count + 1 } + 16 + (fragment?.utf8.count ?? 0))
        appendLink(to: target, fragment: fragment, into: &url)
        return url.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes the relative link from this page to `target` (or to `target`
    /// inside the language folder `folder`) into `out`. Pages make tens of
    /// links each, so the bytes go straight into the page: no String, and
    /// no localized copy of the target's segments. Every segment is
    /// percent-encoded, so a link holds none of HTML's special characters.
    func appendLink(to target: SitePath, under folder: String? = nil, fragment: String? = nil, into out: inout some ByteSink) {
        for _ in 0..<depth {
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "/"))
        }
        var empty = true
        if let folder {
            SitePath.appendEncoded(folder, to: &out)
            empty = false
        }
        for segment in target.segments {
            if !empty { out.append(UInt8(ascii: "/")) }
            SitePath.appendEncoded(segment, to: &out)
            empty = false
        }
        if !target.isFile {
            if !empty { out.append(UInt8(ascii: "/")) }
            SitePath.indexHTML.withUnsafeBufferPointer { out.append(contentsOf: $0) }
        }
        if let fragment {
            out.append(UInt8(ascii: "#"))
            SitePath.appendEncoded(fragment, to: &out)
        }
    }

    private static let indexHTML = Array("index.html".utf8)

    /// The pretty absolute URL for the sitemap (`https://…/communities/ban-a/`).
    public func absoluteURL(base: String) -> String {
        var url = base
        for (i, segment) in segments.enumerated() {
            if i > 0 { url += "/" }
            SitePath.appendEncoded(segment, to: &url)
        }
        if !isFile && !segments.isEmpty { url += "/" }
        return url
    }

    /// `%E0%B8%81` → the UTF-8 bytes, then text; nil for a malformed escape
    /// or bytes that are not UTF-8. The inverse of `percentEncode`, for
    /// request paths (`thanrak serve`) and links written in Markdown.
    public static func percentDecoded(_ text: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var utf8 = text.utf8.makeIterator()
        while let b = utf8.next() {
            guard b == UInt8(ascii: "%") else { bytes.append(b); continue }
            guard let h = utf8.next().flatMap(hexValue), let l = utf8.next().flatMap(hexValue) else { return nil }
            bytes.append(h << 4 | l)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Percent-encodes everything but unreserved ASCII (Thai area names).
    public static func percentEncode(_ segment: String) -> String {
        // Ids are nearly all segments, and never need encoding.
        if segment.utf8.allSatisfy(isUnreserved) { return segment }
        var out = ""
        appendEncoded(segment, to: &out)
        return out
    }

    /// Appends `segment` percent-encoded.
    static func appendEncoded(_ segment: String, to out: inout String) {
        if segment.utf8.allSatisfy(isUnreserved) {
            out += segment
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(segment.utf8.count * 3)
        appendEncoded(segment, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `segment` percent-encoded, as bytes. Ids (nearly every
    /// segment) need no encoding and are copied whole: byte by byte, each
    /// `append` checked the array's uniqueness and room, and links were 2 %
    /// of a build's instructions.
    static func appendEncoded(_ segment: String, to out: inout some ByteSink) {
        let copied: Bool? = segment.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy(isUnreserved) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true { return }
        // Thai names (area paths, fragments): encoded into a scratch buffer
        // and appended once, not three checked appends a byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * segment.utf8.count) { buffer in
            var k = 0
            for b in segment.utf8 {
                if isUnreserved(b) {
                    buffer[k] = b
                    k &+= 1
                } else {
                    buffer[k] = UInt8(ascii: "%")
                    buffer[k &+ 1] = hexDigit(b >> 4)
                    buffer[k &+ 2] = hexDigit(b & 0xF)
                    k &+= 3
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<k]))
        }
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "A") + v - 10 }

    @inline(__always)
    static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }

    public static func < (a: SitePath, b: SitePath) -> Bool { a.filePath.utf8.lexicographicallyPrecedes(b.filePath.utf8) }
}
