import Foundation
import Testing
import ThanrakCheck
import ThanrakModel
@testable import ThanrakSite
import ThanrakTestSupport

/// The search word cache: a rebuild takes the words of unchanged texts from
/// the previous build instead of segmenting them again, and must build the
/// very same index as segmenting everything.
@Suite struct SearchWordCacheTests {
    static func model(_ tree: TestTree = SiteFixture.tree()) throws -> SiteModel {
        let root = try tree.write()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = Checker(jobs: 1).check(contentRoot: root)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        return SiteModel(content: result.content)
    }

    static func files(_ indices: [SearchIndex]) -> [[UInt8]] {
        indices.flatMap { index in
            index.shards.map(SearchFiles.words) + (0..<SearchFiles.blockCount(index)).map { SearchFiles.entries(index, block: $0) }
        }
    }

    static func build(_ model: SiteModel, cache: SearchWordCache, jobs: Int = 1) -> (indices: [SearchIndex], cache: [UInt8]) {
        SearchIndex.build(model: model, languages: PageLanguage.all(for: model.site), jobs: jobs, cache: cache)
    }

    @Test func anIndexBuiltFromTheCacheIsTheSameAsOneSegmentedAnew() throws {
        let model = try Self.model()
        let fresh = Self.build(model, cache: SearchWordCache(tag: "t"))
        let cache = SearchWordCache(bytes: fresh.cache, tag: "t")
        #expect(cache.count > 10)
        let again = Self.build(model, cache: cache, jobs: 3)
        let same = Self.files(again.indices) == Self.files(fresh.indices)
        #expect(same)
        // The cache it leaves is the same bytes (it is part of the output),
        // and a third build from it still finds the same words.
        let sameCache = again.cache == fresh.cache
        #expect(sameCache)
        let next = SearchWordCache(bytes: again.cache, tag: "t")
        #expect(next.count == cache.count)
        let third = Self.files(Self.build(model, cache: next, jobs: 2).indices) == Self.files(fresh.indices)
        #expect(third)
    }

    @Test func aChangedTextIsSegmentedAgain() throws {
        let before = try Self.model()
        let previous = SearchWordCache(bytes: Self.build(before, cache: SearchWordCache(tag: "t")).cache, tag: "t")
        let edited = SiteFixture.tree().with("\(TestTree.community)/index.md", "กลุ่มย้อมครามธรรมชาติ indigo\n")
        let after = try Self.model(edited)
        let cached = Self.build(after, cache: previous)
        let fresh = Self.build(after, cache: SearchWordCache(tag: "t"))
        let same = Self.files(cached.indices) == Self.files(fresh.indices) && cached.cache == fresh.cache
        #expect(same)
        let th = cached.indices[0]
        #expect(SearchIndexTests.pages("คราม", in: th)["../communities/ban-a/index.html"] == 1)
        #expect(SearchIndexTests.pages("indigo", in: th)["../communities/ban-a/index.html"] == 1)
    }

    @Test func aCacheOfAnotherSegmenterIsNotRead() throws {
        let model = try Self.model()
        let bytes = Self.build(model, cache: SearchWordCache(tag: "icu 72.1 binary a")).cache
        #expect(SearchWordCache(bytes: bytes, tag: "icu 72.1 binary a").count > 0)
        #expect(SearchWordCache(bytes: bytes, tag: "icu 74.2 binary a").count == 0)
        #expect(SearchWordCache(bytes: bytes, tag: "icu 72.1 binary b").count == 0)
    }

    @Test func aDamagedCacheIsReadAsEmpty() throws {
        let model = try Self.model()
        let bytes = Self.build(model, cache: SearchWordCache(tag: "t")).cache
        for damaged in [[], Array(bytes.prefix(3)), Array(bytes.dropLast()), bytes + [0], Array("THSW".utf8) + [9, 0, 0, 0]] {
            #expect(SearchWordCache(bytes: damaged, tag: "t").count == 0)
        }
        // A word number past the word list: the file is not trusted.
        var corrupt = bytes
        corrupt.withUnsafeMutableBytes { raw in raw.storeBytes(of: UInt32.max, toByteOffset: raw.count - 4, as: UInt32.self) }
        #expect(SearchWordCache(bytes: corrupt, tag: "t").count == 0)
        // And a build from an empty cache still finds every word.
        let rebuilt = Self.build(model, cache: SearchWordCache(bytes: corrupt, tag: "t"))
        let same = Self.files(rebuilt.indices) == Self.files(Self.build(model, cache: SearchWordCache(tag: "t")).indices)
        #expect(same)
    }
}

/// Where a build keeps the cache: in the output beside the `.thanrak`
/// marker (the spec lets `build` write nowhere else but its staging folder).
@Suite struct SearchWordCacheFileTests {
    @Test func aBuildLeavesTheCacheInTheOutputAndARebuildReadsIt() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        #expect(build.build().report != nil)
        let cacheFile = build.output + "/" + SearchWordCache.fileName
        let first = try #require(FileManager.default.contents(atPath: cacheFile))
        #expect(first.count > 100)
        // Nothing beside the output but the output.
        let beside = try FileManager.default.contentsOfDirectory(atPath: build.root).filter { $0.hasPrefix(".") }
        #expect(beside.isEmpty, "\(beside)")
        // An unchanged rebuild still finds nothing to do.
        #expect(try #require(build.build().report).untouched)
        // Edit the story, in place and by a full swap: each rebuild equals
        // a fresh build of the edited tree.
        for (n, share) in [(1, 0.0), (2, 1.0)] {
            try "กลุ่มย้อมครามธรรมชาติ indigo \(n)\n".write(toFile: build.content + "/communities/ban-a/index.md", atomically: true, encoding: .utf8)
            let report = try #require(build.build(inPlaceShare: share).report)
            #expect(report.inPlace == (share == 0.0))
            let fresh = build.root + "/fresh\(n)"
            #expect(build.build(output: fresh).report != nil)
            let same = try TestBuild.snapshot(build.output).filter { $0.key != ".thanrak" } == TestBuild.snapshot(fresh).filter { $0.key != ".thanrak" }
            #expect(same)
            #expect(try build.read("search/words/0e04.js").contains("\"คราม\""))
            let rewritten = try #require(FileManager.default.contents(atPath: cacheFile)) != first
            #expect(rewritten)
        }
    }

    @Test func aDamagedCacheInTheOutputIsIgnored() throws {
        let build = try TestBuild(SiteFixture.tree())
        defer { build.remove() }
        #expect(build.build().report != nil)
        try Data("THSW garbage".utf8).write(to: URL(fileURLWithPath: build.output + "/" + SearchWordCache.fileName))
        try "กลุ่มย้อมครามธรรมชาติ\n".write(toFile: build.content + "/communities/ban-a/index.md", atomically: true, encoding: .utf8)
        #expect(build.build().report != nil)
        #expect(build.build(output: build.root + "/fresh").report != nil)
        let same = try TestBuild.snapshot(build.output).filter { $0.key != ".thanrak" } == TestBuild.snapshot(build.root + "/fresh").filter { $0.key != ".thanrak" }
        #expect(same)
    }
}
