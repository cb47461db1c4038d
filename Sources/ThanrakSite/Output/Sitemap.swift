/// `/sitemap.xml`: pretty absolute URLs from `base_url`, with `hreflang`
/// alternates when the site has more than one language (§11).
///
/// Every page's URL is written once per language in its own `<url>` and
/// again as an alternate of each of its translations, so the sitemap works
/// on bytes: each page's path is percent-encoded once and each URL is
/// pieced together from the escaped base, the language folder and that
/// path. The pieces are what `SitePath.localized(_:)` and
/// `absoluteURL(base:)` make, escaped as `HTMLBuffer.text` escapes them.
///
/// One sitemap file may hold at most 50,000 URLs and 50 MiB (sitemaps.org);
/// a national site passes both (10,000 communities in two languages make
/// 72,000 URLs). Then, as Zola does, `/sitemap.xml` becomes a sitemap index
/// of `/sitemap-1.xml`, `/sitemap-2.xml`, …, each within the limits and
/// holding whole pages (every language of a page in the same file). The
/// split depends only on the pages, so it is the same on every build.
struct Sitemap {
    let baseURL: String
    let languages: [PageLanguage]
    /// Pages in the default language, in the site's fixed order.
    let pages: [SitePath]

    static let header: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    static let footer: StaticString = "</urlset>\n"

    /// The sitemap file of one part: the pages in `range`.
    func bytes(pages range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count * 256 * max(1, languages.count) * max(1, languages.count))
        out.append(literal: Self.header)
        let writer = EntryWriter(baseURL: baseURL, languages: languages)
        var path: [UInt8] = []
        for page in pages[range] { writer.append(page, path: &path, to: &out) }
        out.append(literal: Self.footer)
        return out
    }

    /// The pages of each sitemap file, in order: one part when the whole
    /// site fits in `limits`. Sizes are counted exactly, without writing.
    func parts(limits: SitemapLimits) -> [Range<Int>] {
        let writer = EntryWriter(baseURL: baseURL, languages: languages)
        let fixed = Self.header.utf8CodeUnitCount + Self.footer.utf8CodeUnitCount
        let urlsPerPage = max(1, languages.count)
        var parts: [Range<Int>] = []
        var start = 0, urls = 0, bytes = fixed
        var path: [UInt8] = []
        for (i, page) in pages.enumerated() {
            let size = writer.length(of: page, path: &path)
            // A part holds at least one page, even one alone over the limits.
            if i > start && (urls + urlsPerPage > limits.urls || bytes + size > limits.bytes) {
                parts.append(start..<i)
                start = i
                urls = 0
                bytes = fixed
            }
            urls += urlsPerPage
            bytes += size
        }
        parts.append(start..<pages.count)
        return parts
    }

    /// `/sitemap.xml` over the part files `/sitemap-1.xml` … `/sitemap-<count>.xml`.
    func index(parts count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.append(literal: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        let base = Array(HTMLBuffer.escape(baseURL).utf8)
        for n in 1...max(1, count) {
            out.append(literal: "<sitemap><loc>")
            out.append(contentsOf: base)
            out.append(contentsOf: Sitemap.partPath(n).filePath.utf8)
            out.append(literal: "</loc></sitemap>\n")
        }
        out.append(literal: "</sitemapindex>\n")
        return out
    }

    /// Where part `n` (from 1) lives when the sitemap is split.
    static func partPath(_ n: Int) -> SitePath { SitePath.file("sitemap-\(n).xml") }

    /// Writes, or measures, the `<url>` entries of one page: one per
    /// language, each with every language's URL as an alternate.
    private struct EntryWriter {
        let base: [UInt8]
        /// Each language's folder (nil for the default language).
        let folders: [[UInt8]?]
        let alternates: [[UInt8]]
        let hasAlternates: Bool

        init(baseURL: String, languages: [PageLanguage]) {
            base = Array(HTMLBuffer.escape(baseURL).utf8)
            // A percent-encoded path has no character that needs escaping in XML.
            folders = languages.map { $0.isDefault ? nil : Sitemap.percentEncoded([$0.code]) }
            alternates = languages.map { Array("<xhtml:link rel=\"alternate\" hreflang=\"\($0.code)\" href=\"".utf8) }
            hasAlternates = languages.count > 1
        }

        static let open: StaticString = "<url><loc>", close: StaticString = "</loc>"
        static let alternateEnd: StaticString = "\"/>", end: StaticString = "</url>\n"

        func append(_ page: SitePath, path: inout [UInt8], to out: inout [UInt8]) {
            let url = pieces(page, path: &path)
            for folder in folders {
                out.append(literal: Self.open)
                url.append(in: folder, to: &out)
                out.append(literal: Self.close)
                if hasAlternates {
                    for (alternate, alternateFolder) in zip(alternates, folders) {
                        out.append(contentsOf: alternate)
                        url.append(in: alternateFolder, to: &out)
                        out.append(literal: Self.alternateEnd)
                    }
                }
                out.append(literal: Self.end)
            }
        }

        /// The bytes `append` writes for `page`, counted.
        func length(of page: SitePath, path: inout [UInt8]) -> Int {
            let url = pieces(page, path: &path)
            var alternatesLength = 0
            if hasAlternates {
                for (alternate, alternateFolder) in zip(alternates, folders) {
                    alternatesLength += alternate.count + url.length(in: alternateFolder) + Self.alternateEnd.utf8CodeUnitCount
                }
            }
            var total = 0
            for folder in folders {
                total += Self.open.utf8CodeUnitCount + url.length(in: folder) + Self.close.utf8CodeUnitCount
                total += alternatesLength + Self.end.utf8CodeUnitCount
            }
            return total
        }

        private func pieces(_ page: SitePath, path: inout [UInt8]) -> URLPieces {
            path.removeAll(keepingCapacity: true)
            Sitemap.appendPercentEncoded(page.segments, to: &path)
            return URLPieces(base: base, path: path, pageHasSegments: !page.segments.isEmpty, isFile: page.isFile)
        }
    }

    /// One page's URL, for any language folder (nil for the default language).
    private struct URLPieces {
        let base: [UInt8]
        let path: [UInt8]
        let pageHasSegments: Bool
        let isFile: Bool

        /// `page.localized(language).absoluteURL(base:)`: the language's
        /// folder is the path's first segment, and a folder page ends in `/`.
        /// The length of what `append(in:to:)` writes.
        func length(in folder: [UInt8]?) -> Int {
            var pathLength = path.count
            if let folder { pathLength += folder.count + (pageHasSegments ? 1 : 0) }
            return base.count + pathLength + (!isFile && pathLength > 0 ? 1 : 0)
        }

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

/// How much one sitemap file may hold (sitemaps.org: 50,000 URLs and
/// 50 MiB uncompressed). Tests set small limits to see a split.
public struct SitemapLimits: Sendable {
    public var urls: Int
    public var bytes: Int

    public init(urls: Int, bytes: Int) {
        self.urls = urls
        self.bytes = bytes
    }

    public static let standard = SitemapLimits(urls: 50_000, bytes: 50 * 1024 * 1024)
}
