import Foundation
import Testing
import ThanrakModel
import ThanrakTestSupport
@testable import ThanrakSite

/// A sitemap file holds at most 50,000 URLs and 50 MiB; a larger site gets
/// `/sitemap.xml` as an index of parts (docs/format.md, "Sitemap").
@Suite struct SitemapTests {
    static let pages: [SitePath] = [
        Routes.home, Routes.communities, Routes.community("ban-a"), Routes.canvas("ban-a"),
        AreaPaths.tambon("อุดรธานี", "กุมภวาปี", "หนองบัว"), Routes.communitiesJSON, Routes.community("ban-b"),
        AreaPaths.changwat("ขอนแก่น"), Routes.sdgGoal(5),
    ]

    static func sitemap(languages codes: [String]) -> Sitemap {
        let site = Site(title: LocalizedText("t", language: "th"), baseURL: "https://example.org/a&b/", languages: codes, calendar: .buddhist)
        return Sitemap(baseURL: site.baseURL, languages: PageLanguage.all(for: site), pages: pages)
    }

    /// Sizes are counted without writing; a limit of exactly the first k
    /// pages' file size must end the first part after page k, which holds
    /// only if every count equals what is written.
    @Test(arguments: [["th"], ["th", "en"], ["th", "en", "lo"]])
    func sizesAreCountedExactly(languages: [String]) {
        let sitemap = Self.sitemap(languages: languages)
        for k in 1..<Self.pages.count {
            let size = sitemap.bytes(pages: 0..<k).count
            let parts = sitemap.parts(limits: SitemapLimits(urls: .max, bytes: size))
            #expect(parts.first == 0..<k, "first \(k) pages, \(size) bytes")
            let oneLess = sitemap.parts(limits: SitemapLimits(urls: .max, bytes: size - 1))
            #expect(oneLess.first == 0..<(k - 1) || (k == 1 && oneLess.first == 0..<1))
        }
    }

    @Test func partsHoldWholePagesWithinTheURLLimit() {
        let sitemap = Self.sitemap(languages: ["th", "en"])
        let parts = sitemap.parts(limits: SitemapLimits(urls: 5, bytes: .max))
        #expect(parts == [0..<2, 2..<4, 4..<6, 6..<8, 8..<9], "two URLs a page, at most five a file")
        #expect(sitemap.parts(limits: .standard) == [0..<Self.pages.count])
        // A page over the limits alone still gets a part of its own.
        #expect(sitemap.parts(limits: SitemapLimits(urls: 1, bytes: 10)).count == Self.pages.count)
    }

    @Test func indexListsEveryPartByAbsoluteURL() {
        let index = String(decoding: Self.sitemap(languages: ["th"]).index(parts: 3), as: UTF8.self)
        #expect(index.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"))
        for n in 1...3 { #expect(index.contains("<sitemap><loc>https://example.org/a&amp;b/sitemap-\(n).xml</loc></sitemap>")) }
        #expect(!index.contains("sitemap-4.xml"))
    }

    /// A split build lists the same URLs, in the same order, as one file would.
    @Test func splitBuildHasTheSameURLsAsOneFile() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        _ = try #require(build.build().report)
        let whole = try build.read("sitemap.xml")
        #expect(whole.contains("<urlset"))
        #expect(!FileManager.default.fileExists(atPath: build.output + "/sitemap-1.xml"))
        let entries = Self.entries(whole)

        _ = try #require(build.build(sitemapLimits: SitemapLimits(urls: 6, bytes: .max)).report)
        let index = try build.read("sitemap.xml")
        #expect(index.contains("<sitemapindex"))
        let count = index.components(separatedBy: "<sitemap>").count - 1
        #expect(count == (entries.count + 5) / 6, "\(entries.count) URLs, six a file")
        var parts: [String] = []
        for n in 1...count {
            let part = try build.read("sitemap-\(n).xml")
            #expect(part.hasPrefix("<?xml") && part.hasSuffix("</urlset>\n"))
            #expect(Self.entries(part).count <= 6)
            parts += Self.entries(part)
        }
        #expect(parts == entries)
        #expect(!FileManager.default.fileExists(atPath: build.output + "/sitemap-\(count + 1).xml"))
    }

    static func entries(_ xml: String) -> [String] {
        xml.components(separatedBy: "\n").filter { $0.hasPrefix("<url>") }
    }
}
