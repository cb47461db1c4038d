import Foundation
import Testing
@testable import ThanrakSite
import ThanrakTestSupport

/// How `serve` maps request paths onto the built site.
@Suite struct PreviewFilesTests {
    static func site(_ files: [String: String]) throws -> String {
        let root = try TestTree(files: files).write()
        return root
    }

    @Test func pathsResolveAsOnAStaticHost() throws {
        let root = try Self.site([
            "index.html": "home", "404.html": "missing", "areas/อุดรธานี/index.html": "area",
            "assets/site.css": "css", ".thanrak": "marker", "data/indicators.csv": "csv",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = PreviewFiles(root: root)
        #expect(files.answer("/") == .file(path: root + "/index.html", contentType: "text/html; charset=utf-8"))
        #expect(files.answer("/assets/site.css") == .file(path: root + "/assets/site.css", contentType: "text/css; charset=utf-8"))
        #expect(files.answer("/data/indicators.csv") == .file(path: root + "/data/indicators.csv", contentType: "text/csv; charset=utf-8"))
        // Thai segments arrive percent-encoded.
        let area = "/areas/%E0%B8%AD%E0%B8%B8%E0%B8%94%E0%B8%A3%E0%B8%98%E0%B8%B2%E0%B8%99%E0%B8%B5"
        #expect(files.answer(area + "/") == .file(path: root + "/areas/อุดรธานี/index.html", contentType: "text/html; charset=utf-8"))
        // A folder without its slash: redirected, so relative links resolve.
        #expect(files.answer(area) == .redirect(location: area + "/"))
        let missing = PreviewFiles.Answer.notFound(page: root + "/404.html")
        #expect(files.answer("/nothing/") == missing)
        #expect(files.answer("/nothing") == missing)
        // The build's own files and anything outside the site are not served.
        #expect(files.answer("/.thanrak") == missing)
        #expect(files.answer("/../etc/passwd") == missing)
        #expect(files.answer("/%2e%2e/etc/passwd") == missing)
        #expect(files.answer("/a%2") == missing)
        #expect(files.answer("/%FF/") == missing)
    }

    @Test func withoutA404PageNothingIsNamed() throws {
        let root = try Self.site(["index.html": "home"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(PreviewFiles(root: root).answer("/x") == .notFound(page: nil))
    }

    @Test func theReloadScriptGoesBeforeTheLastBodyEnd() {
        let page = Array("<html><body><p>ก</p></body></html>".utf8)
        #expect(String(decoding: PreviewFiles.withScript(page, "<script>x</script>"), as: UTF8.self) == "<html><body><p>ก</p><script>x</script></body></html>")
        #expect(String(decoding: PreviewFiles.withScript(Array("plain".utf8), "<s>"), as: UTF8.self) == "plain<s>")
    }

    @Test func aSnapshotChangesWithAnyFileOfTheWatchedFolders() throws {
        let root = try Self.site(["content/site.yaml": "a", "content/communities/ban-a/community.yaml": "b", "Templates/page.mustache": "t"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folders = [root + "/content", root + "/Templates"]
        let first = ContentSnapshot(folders: folders)
        #expect(first.files == 3)
        #expect(ContentSnapshot(folders: folders) == first)
        try "bb".write(toFile: root + "/content/communities/ban-a/community.yaml", atomically: false, encoding: .utf8)
        let edited = ContentSnapshot(folders: folders)
        #expect(edited != first)
        try "x".write(toFile: root + "/Templates/base.mustache", atomically: false, encoding: .utf8)
        #expect(ContentSnapshot(folders: folders) != edited)
        try FileManager.default.removeItem(atPath: root + "/Templates/base.mustache")
        try FileManager.default.moveItem(atPath: root + "/content/site.yaml", toPath: root + "/content/site2.yaml")
        #expect(ContentSnapshot(folders: folders) != edited)
    }
}
