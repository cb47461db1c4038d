/// The files the search page loads, as small scripts (not JSON fetched by
/// `fetch`, which browsers refuse for pages opened from disk): one per
/// shard of words, and the result entries in blocks, so a query loads only
/// the words it needs and the entries it shows.
///
///     search/words/0e1c.js   thanrakSearch.words("0e1c",{"ผ้า":[…],…});
///     search/entries/3.js    thanrakSearch.entries(3,[["href","title","context"],…]);
///
/// Postings are delta-coded: (entry − previous entry) × 4 + weight.
enum SearchFiles {
    /// Entries per block file.
    static let block = 64

    static func wordsPath(_ key: String, language: PageLanguage) -> SitePath {
        SitePath(Routes.search.localized(language).segments + ["words", key + ".js"], isFile: true)
    }

    static func entriesPath(_ block: Int, language: PageLanguage) -> SitePath {
        SitePath(Routes.search.localized(language).segments + ["entries", "\(block).js"], isFile: true)
    }

    static func blockCount(_ index: SearchIndex) -> Int { (index.entries.count + block - 1) / block }

    static func words(_ shard: SearchIndex.Shard) -> [UInt8] {
        var json = JSONWriter(capacity: 64 + shard.words.count * 48)
        json.end("thanrakSearch.words(")
        json.string(shard.key)
        json.object { o in
            for word in shard.words {
                o.key(String(decoding: word.bytes, as: UTF8.self))
                var previous: UInt32 = 0
                o.array(word.postings) { a, posting in
                    let entry = posting >> 2
                    a.int(Int((entry - previous) << 2 | (posting & 3)))
                    previous = entry
                }
            }
        }
        json.end(");\n")
        return json.bytes
    }

    static func entries(_ index: SearchIndex, block n: Int) -> [UInt8] {
        let slice = index.entries[min(index.entries.count, n * block)..<min(index.entries.count, (n + 1) * block)]
        var json = JSONWriter(capacity: 64 + slice.count * 160)
        json.end("thanrakSearch.entries(")
        json.int(n)
        json.array(slice) { a, entry in
            a.array([entry.href, entry.title, entry.context]) { $0.string($1) }
        }
        json.end(");\n")
        return json.bytes
    }
}
