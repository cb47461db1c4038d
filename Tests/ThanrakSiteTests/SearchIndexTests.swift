import Foundation
import Testing
import ThanrakCheck
import ThanrakModel
@testable import ThanrakSite
import ThanrakTestSupport

/// The search index (spec §10, `/search/`): which pages it holds, which
/// words point where and with what weight, and the files the page loads.
@Suite struct SearchIndexTests {
    static func indexes(_ tree: TestTree = SiteFixture.tree(), jobs: Int = 1) throws -> (th: SearchIndex, en: SearchIndex) {
        let root = try tree.write()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = Checker(jobs: 1).check(contentRoot: root)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let model = SiteModel(content: result.content)
        let built = SearchIndex.build(model: model, languages: PageLanguage.all(for: model.site), jobs: jobs)
        return (built[0], built[1])
    }

    /// entry href → weight, for one word.
    static func pages(_ word: String, in index: SearchIndex) -> [String: Int] {
        let bytes = Array(word.utf8)
        guard let shard = index.shards.first(where: { $0.key == SearchIndex.shardKey(bytes[...]) }),
              let found = shard.words.first(where: { Array($0.bytes) == bytes })
        else { return [:] }
        var out: [String: Int] = [:]
        for p in found.postings { out[index.entries[Int(p >> 2)].href] = Int(p & 3) }
        return out
    }

    @Test func everySearchedPageIsOneEntry() throws {
        let (th, en) = try Self.indexes()
        let hrefs = th.entries.map(\.href)
        #expect(Set(hrefs).count == hrefs.count)
        for page in [
            "../communities/ban-a/index.html", "../communities/ban-a/market-day/index.html", "../networks/udon-silk/index.html",
            "../partners/cdd-udon/index.html", "../handouts/canvas-worksheet/index.html", "../sdg/8/index.html",
            "../areas/%E0%B8%AD%E0%B8%B8%E0%B8%94%E0%B8%A3%E0%B8%98%E0%B8%B2%E0%B8%99%E0%B8%B5/index.html",
        ] {
            #expect(hrefs.contains(page), "\(page)")
        }
        // The canvas and handout repeat the community page; lists repeat titles.
        #expect(!hrefs.contains { $0.contains("/canvas/") || $0.contains("/handout/") })
        #expect(!hrefs.contains("../communities/index.html"))
        #expect(hrefs.filter { $0.hasPrefix("../sdg/") }.count == 17)
        // The English index has the same pages, linked in /en/.
        #expect(en.entries.count == th.entries.count)
        #expect(en.entries.map(\.href).contains("../../en/communities/ban-a/index.html"))
        let community = try #require(th.entries.first { $0.href == "../communities/ban-a/index.html" })
        #expect(community.title == "กลุ่มทอผ้าบ้านเอ")
        #expect(community.context == "วิสาหกิจชุมชน · ตำบล หนองบัว อำเภอ กุมภวาปี จังหวัด อุดรธานี")
    }

    @Test func wordsPointAtTheirPagesWithTheWeightOfTheirBestPlace() throws {
        let (th, _) = try Self.indexes()
        let community = "../communities/ban-a/index.html"
        // In the name (title): 3; in a canvas item only: 1; in the village name: 2.
        #expect(Self.pages("ทอ", in: th)[community] == 3)
        #expect(Self.pages("มัด", in: th)[community] == 1)
        #expect(Self.pages("หมี่", in: th)[community] == 1)
        #expect(Self.pages("หนองบัว", in: th)[community] == 2)
        // The story's Markdown is text without its markup or link targets.
        #expect(Self.pages("ประวัติ", in: th)[community] == 1)
        #expect(Self.pages("market", in: th).isEmpty)
        // A page's own words only: the community's page does not hold its other page's.
        #expect(Self.pages("เสาร์", in: th)["../communities/ban-a/market-day/index.html"] == 1)
        #expect(Self.pages("เสาร์", in: th)[community] == nil)
        // Title 3, summary 2.
        #expect(Self.pages("ตลาด", in: th)["../communities/ban-a/market-day/index.html"] == 3)
        #expect(Self.pages("นัด", in: th)["../communities/ban-a/market-day/index.html"] == 2)
    }

    @Test func stopWordsAreLeftOut() throws {
        let (th, en) = try Self.indexes()
        for word in ["ที่", "และ", "the", "of"] {
            #expect(Self.pages(word, in: th).isEmpty, "\(word)")
            #expect(Self.pages(word, in: en).isEmpty, "\(word)")
        }
        // Words around them are in.
        #expect(!Self.pages("เสาร์", in: th).isEmpty)
    }

    @Test func englishPagesFallBackToThaiTextAndNamesWorkAcrossLanguages() throws {
        let (th, en) = try Self.indexes()
        let thPage = "../communities/ban-a/index.html", enPage = "../../en/communities/ban-a/index.html"
        // The canvas is only in Thai: the English page shows it, and finds it.
        #expect(Self.pages("มัด", in: en)[enPage] == 1)
        // The English story replaces the Thai one on the English page.
        #expect(Self.pages("began", in: en)[enPage] == 1)
        #expect(Self.pages("ประวัติ", in: en)[enPage] == nil)
        // The other language's name is findable, one weight below the title.
        #expect(Self.pages("weavers", in: en)[enPage] == 3)
        #expect(Self.pages("weavers", in: th)[thPage] == 2)
        #expect(Self.pages("ทอ", in: en)[enPage] == 2)
    }

    @Test func shardsHoldWordsByTheirFirstCharacterInByteOrder() throws {
        let (th, _) = try Self.indexes()
        #expect(th.shards.map(\.key) == th.shards.map(\.key).sorted())
        for shard in th.shards {
            #expect(!shard.words.isEmpty)
            for word in shard.words {
                #expect(SearchIndex.shardKey(word.bytes) == shard.key)
                #expect(word.postings == word.postings.sorted(), "entries ascending")
                #expect(Set(word.postings.map { $0 >> 2 }).count == word.postings.count, "one posting per page")
            }
            #expect(zip(shard.words, shard.words.dropFirst()).allSatisfy { $0.bytes.lexicographicallyPrecedes($1.bytes) })
        }
        #expect(SearchIndex.shardKey(ArraySlice("ผ้า".utf8)) == "0e1c")
        #expect(SearchIndex.shardKey(ArraySlice("a".utf8)) == "0061")
    }

    @Test func serialAndParallelIndexesWriteTheSameFiles() throws {
        // Enough communities for several chunks of 64 pages.
        var tree = SiteFixture.tree()
        for i in 0..<150 {
            tree = tree.with("communities/ban-\(i)/community.yaml", """
                name: {th: กลุ่มที่ \(i) ผ้าไหม, en: Group \(i)}
                location: {tambon: ตำบล\(i % 7), amphoe: อำเภอ\(i % 3), changwat: อุดรธานี}
                stage: 1
                """).with("communities/ban-\(i)/canvas.yaml", TestTree.canvas)
        }
        let serial = try Self.indexes(tree, jobs: 1), parallel = try Self.indexes(tree, jobs: 4)
        for (a, b) in [(serial.th, parallel.th), (serial.en, parallel.en)] {
            #expect(a.shards.map(SearchFiles.words) == b.shards.map(SearchFiles.words))
            #expect((0..<SearchFiles.blockCount(a)).map { SearchFiles.entries(a, block: $0) } == (0..<SearchFiles.blockCount(b)).map { SearchFiles.entries(b, block: $0) })
            #expect(SearchFiles.blockCount(a) > 2)
        }
    }

    @Test func filesDecodeToTheIndex() throws {
        let (th, _) = try Self.indexes()
        let shard = try #require(th.shards.first { $0.key == "0e1c" })
        let text = String(decoding: SearchFiles.words(shard), as: UTF8.self)
        let prefix = "thanrakSearch.words(\"0e1c\","
        #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.dropFirst(prefix.count).dropLast(3).utf8)) as? [String: [Int]])
        #expect(json.count == shard.words.count)
        for word in shard.words {
            let coded = try #require(json[String(decoding: word.bytes, as: UTF8.self)])
            var entry = 0
            let decoded = coded.map { v -> UInt32 in entry += v >> 2; return UInt32(entry << 2 | (v & 3)) }
            #expect(decoded == word.postings)
        }
        let entries = String(decoding: SearchFiles.entries(th, block: 0), as: UTF8.self)
        #expect(entries.hasPrefix("thanrakSearch.entries(0,[[\""))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(entries.dropFirst("thanrakSearch.entries(0,".count).dropLast(3).utf8)) as? [[String]])
        #expect(rows.count == min(SearchFiles.block, th.entries.count))
        #expect(rows[0] == [th.entries[0].href, th.entries[0].title, th.entries[0].context])
    }
}
