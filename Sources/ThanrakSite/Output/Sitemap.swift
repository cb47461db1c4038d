/// `/sitemap.xml`: pretty absolute URLs from `base_url`, with `hreflang`
/// alternates when the site has more than one language (§11).
///
/// Every page's URL is written once per language in its own `<url>` and
/// again as an alternate of each of its translations, so the sitemap works
/// on bytes: each page's path is percent-encoded once and each URL is
/// pieced together from the escaped base, the language folder and that
/// path. The pieces are what `SitePath.localized(_:)` and
/// `absoluteURL(base:)` make, escaped as `HTMLBuffer.text` escapes them.
struct Sitemap {
    let baseURL: String
    let languages: [PageLanguage]
    /// Pages in the default language (sorted by the caller).
    let pages: [SitePath]

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(pages.count * 256 * max(1, languages.count) * max(1, languages.count))
        out.append(literal: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n")
        let base = Array(HTMLBuffer.escape(baseURL).utf8)
        // A percent-encoded path has no character that needs escaping in XML.
        let folders = languages.map { $0.isDefault ? nil : Self.percentEncoded([$0.code]) }
        let alternates = languages.map { Array("<xhtml:link rel=\"alternate\" hreflang=\"\($0.code)\" href=\"".utf8) }
        var path: [UInt8] = []
        for page in pages {
            path.removeAll(keepingCapacity: true)
            Self.appendPercentEncoded(page.segments, to: &path)
            let url = URLPieces(base: base, path: path, pageHasSegments: !page.segments.isEmpty, isFile: page.isFile)
            for folder in folders {
                out.append(literal: "<url><loc>")
                url.append(in: folder, to: &out)
                out.append(literal: "</loc>")
                if languages.count > 1 {
                    for (alternate, alternateFolder) in zip(alternates, folders) {
                        out.append(contentsOf: alternate)
                        url.append(in: alternateFolder, to: &out)
                        out.append(literal: "\"/>")
                    }
                }
                out.append(literal: "</url>\n")
            }
        }
        out.append(literal: "</urlset>\n")
        return out
    }

    /// One page's URL, for any language folder (nil for the default language).
    private struct URLPieces {
        let base: [UInt8]
        let path: [UInt8]
        let pageHasSegments: Bool
        let isFile: Bool

        /// `page.localized(language).absoluteURL(base:)`: the language's
        /// folder is the path's first segment, and a folder page ends in `/`.
        func append(in folder: [UInt8]?, to out: inout [UInt8]) {
            out.append(contentsOf: base)
            var pathLength = path.count
            if let folder {
                out.append(contentsOf: folder)
                pathLength += folder.count
                if pageHasSegments { out.append(UInt8(ascii: "/")); pathLength += 1 }
            }
            out.append(contentsOf: path)
            if !isFile && pathLength > 0 { out.append(UInt8(ascii: "/")) }
        }
    }

    static func percentEncoded(_ segments: [String]) -> [UInt8] {
        var out: [UInt8] = []
        appendPercentEncoded(segments, to: &out)
        return out
    }

    /// `segments.map(SitePath.percentEncode).joined(separator: "/")` as bytes.
    static func appendPercentEncoded(_ segments: [String], to out: inout [UInt8]) {
        for (i, segment) in segments.enumerated() {
            if i > 0 { out.append(UInt8(ascii: "/")) }
            out.append(segment, escaping: Reserved.self, with: { b, out in
                let hex: StaticString = "0123456789ABCDEF"
                hex.withUTF8Buffer { out.append(contentsOf: [UInt8(ascii: "%"), $0[Int(b >> 4)], $0[Int(b & 0xF)]]) }
            })
        }
    }

    /// All but RFC 3986 unreserved ASCII: the bytes `SitePath.percentEncode`
    /// encodes. Ids are unreserved and short and area names are all
    /// encoded, so words are not worth ruling out here.
    private enum Reserved: ByteClass {
        static func contains(_ b: UInt8) -> Bool {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                false
            default:
                true
            }
        }

        static func mayContain(word _: UInt64) -> Bool { true }
    }
}
