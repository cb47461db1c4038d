import Testing
@testable import ThanrakSite

/// The `.thanrak` marker: what one build writes, the next reads back the same.
@Suite struct BuildManifestTests {
    static func sample() -> BuildManifest {
        var manifest = BuildManifest(
            keys: ["ban-a": "0011aabb", "ban-b": "ffee0099"],
            pageKeys: ["areas/อุดรธานี/index.html": "77aa", "areas/ชัยภูมิ/บ้าน เขว้า/index.html": "0b0b", "sdg/8/index.html": "c3"],
            siteKey: "5a5a5a5a")
        manifest.pages = 2
        manifest.files = [
            ("index.html", 2_048),
            ("areas/%E0%B8%AD%E0%B8%B8%E0%B8%94%E0%B8%A3/index.html", 12),
            ("knowledge/ชุดความรู้/a page with spaces.html", 0),
            ("data/communities.json", 1_234_567),
        ]
        return manifest
    }

    static func read(_ text: String) -> BuildManifest { BuildManifest(marker: Array(text.utf8)) }

    @Test func aMarkerReadsBackAsWritten() {
        let written = Self.sample()
        let read = BuildManifest(marker: written.marker)
        #expect(read.keys == written.keys)
        #expect(read.pageKeys == written.pageKeys)
        #expect(read.siteKey == written.siteKey)
        #expect(read.pages == 2)
        #expect(read.files.map(\.path) == written.files.map(\.path))
        #expect(read.files.map(\.size) == written.files.map(\.size))
        #expect(read.marker == written.marker)
    }

    @Test func anEmptyOrForeignMarkerIsEmpty() {
        for text in ["", "\n\n", "something else entirely\n", "communityban-a 00\nsite\nfile\n"] {
            let read = Self.read(text)
            #expect(read.keys.isEmpty && read.pageKeys.isEmpty && read.siteKey.isEmpty && read.files.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func malformedLinesAreSkippedAndTheRestKept() {
        let read = Self.read("""
            community ban-a 00aa
            community ban-b
            community ban-c 11 extra
            site 42
            file 12 a/index.html
            file x12 b/index.html
            file 12
            file  12 c/index.html
            file 7 d/with space.html
            page 9f areas/a b/index.html
            page 9f
            page  areas/x/index.html
            """)
        #expect(read.pageKeys == ["areas/a b/index.html": "9f"])
        #expect(read.keys == ["ban-a": "00aa"])
        #expect(read.siteKey == "42")
        #expect(read.files.map(\.path) == ["a/index.html", "d/with space.html"])
        #expect(read.files.map(\.size) == [12, 7])
    }

    @Test func aPagePathWithALineBreakIsLeftOut() {
        let manifest = BuildManifest(keys: [:], pageKeys: ["a\nb/index.html": "1", "c/index.html": "2"], siteKey: "s")
        #expect(BuildManifest(marker: manifest.marker).pageKeys == ["c/index.html": "2"])
    }

    @Test func aLastLineWithoutLineBreakCounts() {
        #expect(Self.read("site abc").siteKey == "abc")
        #expect(Self.read("file 3 x.html").files.map(\.path) == ["x.html"])
    }
}
