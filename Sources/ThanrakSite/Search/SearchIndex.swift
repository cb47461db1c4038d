import ThanrakLoad

/// The search index of one language: an entry per searched page (what a
/// result shows) and, for each word, the pages it is on. Words are grouped
/// into shards by their first character, so the search page loads only the
/// shards a query's words start with (prefix search included).
struct SearchIndex: Sendable {
    struct Entry: Sendable {
        /// Relative link from the search page.
        var href: String
        var title: String
        var context: String
    }

    /// A word and its postings: entry number × 4 + weight (1–3, its best
    /// field on that page), entry numbers ascending.
    struct Word: Sendable {
        var bytes: [UInt8]
        var postings: [UInt32]
    }

    struct Shard: Sendable {
        /// The first character's code point in hex (`0e1c` for ผ).
        var key: String
        /// Sorted by their UTF-8 bytes.
        var words: [Word]
    }

    var entries: [Entry]
    var shards: [Shard]

    static let empty = SearchIndex(entries: [], shards: [])

    init(entries: [Entry], shards: [Shard]) {
        self.entries = entries
        self.shards = shards
    }

    /// Pages are gathered and segmented in chunks on every core; chunks are
    /// merged in page order, so the index is the same on any core count.
    init(model: SiteModel, language: PageLanguage, jobs: Int) {
        let sources = SearchSource.all(in: model)
        let documents = SearchDocuments(model: model, language: language)
        let searchPage = Routes.search.localized(language)
        let chunk = 64
        let starts = Array(stride(from: 0, to: sources.count, by: chunk))
        let parts = Parallel.map(starts, jobs: jobs) { start -> (entries: [Entry], words: [WordKey: [UInt32]]) in
            let breaker = WordBreaker()
            var entries: [Entry] = []
            var words: [WordKey: [UInt32]] = [:]
            var best: [WordKey: UInt8] = [:]
            for n in start..<min(start + chunk, sources.count) {
                let d = documents.document(sources[n])
                entries.append(Entry(href: searchPage.link(to: d.path.localized(language)), title: d.title, context: d.context))
                best.removeAll(keepingCapacity: true)
                for field in d.fields {
                    breaker.forEachWord(in: field.text) { word, isNumber in
                        guard let normal = SearchWords.normalize(word, isNumber: isNumber) else { return }
                        let key = WordKey(bytes: normal)
                        if let w = best[key], w >= field.weight { return }
                        best[key] = field.weight
                    }
                }
                for (key, weight) in best { words[key, default: []].append(UInt32(n) << 2 | UInt32(weight)) }
            }
            return (entries, words)
        }
        var entries: [Entry] = []
        entries.reserveCapacity(sources.count)
        var all: [WordKey: [UInt32]] = [:]
        for part in parts {
            entries += part.entries
            for (key, postings) in part.words { all[key, default: []] += postings }
        }
        var grouped: [String: [Word]] = [:]
        for (key, postings) in all { grouped[Self.shardKey(key.bytes), default: []].append(Word(bytes: key.bytes, postings: postings)) }
        let byShard = grouped
        let keys = byShard.keys.sorted()
        self.entries = entries
        self.shards = Parallel.map(keys, jobs: jobs) { key in
            Shard(key: key, words: (byShard[key] ?? []).sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) })
        }
    }

    /// The hex code point of the word's first character (`search.js` does the same).
    static func shardKey(_ bytes: [UInt8]) -> String {
        guard let first = String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first else { return "0" }
        let hex = String(first.value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// A word's bytes as a dictionary key, hashed in one call rather than one
/// `combine` per byte as `[UInt8]` is.
struct WordKey: Hashable, Sendable {
    var bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
