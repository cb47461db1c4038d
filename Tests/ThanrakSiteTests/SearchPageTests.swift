import Foundation
import Testing
import ThanrakTestSupport

/// The built search page and its files, as a reader's browser gets them.
@Suite struct SearchPageTests {
    @Test func eachLanguageHasAPageAndTheFilesItNames() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        #expect(build.build().report != nil)
        for folder in ["", "en/"] {
            let html = try build.read(folder + "search/index.html")
            let shards = try #require(html.firstMatch(of: /data-shards="([^"]*)"/)).1.split(separator: " ").map(String.init)
            let files = try FileManager.default.contentsOfDirectory(atPath: build.output + "/" + folder + "search/words")
            #expect(Set(files) == Set(shards.map { $0 + ".js" }), "\(folder)")
            #expect(FileManager.default.fileExists(atPath: build.output + "/" + folder + "search/entries/0.js"))
            // One search box: the page's own, not the header's too.
            #expect(html.components(separatedBy: "name=\"q\"").count == 2)
            #expect(html.contains("<script src=\"" + (folder.isEmpty ? "../" : "../../") + "assets/search.js\" defer></script>"))
        }
        #expect(FileManager.default.fileExists(atPath: build.output + "/assets/search.js"))
        #expect(try build.read("sitemap.xml").contains("https://example.org/test/search/"))
    }

    @Test func everyPageHeaderSearchesItsOwnLanguage() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        #expect(build.build().report != nil)
        #expect(try build.read("communities/ban-a/index.html").contains("<form class=\"site-search\" role=\"search\" action=\"../../search/index.html\" method=\"get\">"))
        #expect(try build.read("en/index.html").contains("action=\"../en/search/index.html\""))
        // The 404 page is served at any depth: its form goes to the absolute address.
        #expect(try build.read("404.html").contains("action=\"https://example.org/test/search/index.html\""))
    }
}
