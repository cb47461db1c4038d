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

    /// A relative link from this page to `target`.
    public func link(to target: SitePath, fragment: String? = nil) -> String {
        let up = String(repeating: "../", count: depth)
        var url = up + target.segments.map(SitePath.percentEncode).joined(separator: "/")
        if !target.isFile { url += target.segments.isEmpty ? "index.html" : "/index.html" }
        if let fragment { url += "#" + SitePath.percentEncode(fragment) }
        return url
    }

    /// The pretty absolute URL for the sitemap (`https://…/communities/ban-a/`).
    public func absoluteURL(base: String) -> String {
        let path = segments.map(SitePath.percentEncode).joined(separator: "/")
        if isFile { return base + path }
        return base + (path.isEmpty ? "" : path + "/")
    }

    /// Percent-encodes everything but unreserved ASCII (Thai area names).
    public static func percentEncode(_ segment: String) -> String {
        // Ids are nearly all segments, and never need encoding.
        if segment.utf8.allSatisfy(isUnreserved) { return segment }
        var out = ""
        for b in segment.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0xF)])
            }
        }
        return out
    }

    @inline(__always)
    static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }

    public static func < (a: SitePath, b: SitePath) -> Bool { a.filePath.utf8.lexicographicallyPrecedes(b.filePath.utf8) }
}
