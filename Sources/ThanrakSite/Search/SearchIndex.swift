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
        var bytes: ArraySlice<UInt8>
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

    init(entries: [Entry], shards: [Shard]) {
        self.entries = entries
        self.shards = shards
    }

    /// The index of every language, built together: a text a language
    /// takes from its fallback (most canvas items, on English pages) is
    /// segmented once. Pages are segmented in chunks on every core and the
    /// chunks merged in page order, so the index is the same on any core count.
    static func build(model: SiteModel, languages: [PageLanguage], jobs: Int) -> [SearchIndex] {
        build(model: model, languages: languages, jobs: jobs, cache: SearchWordCache(tag: "")).indices
    }

    /// As above, taking the words of texts `cache` knows from it instead of
    /// segmenting them; also returns the cache file for the next build
    /// (every text of this site, whether segmented or taken).
    static func build(model: SiteModel, languages: [PageLanguage], jobs: Int, cache: SearchWordCache) -> (indices: [SearchIndex], cache: [UInt8]) {
        var clock = PhaseClock()
        let sources = SearchSource.all(in: model)
        let chunk = 64
        let starts = Array(stride(from: 0, to: sources.count, by: chunk))
        let parts = Parallel.map(starts, jobs: jobs) { start in
            let breaker = WordBreaker()
            var part = SearchChunk(model: model, languages: languages, cache: cache)
            for n in start..<min(start + chunk, sources.count) { part.add(sources[n], number: n, breaker: breaker) }
            return part
        }
        clock.lap("search chunks segmented")
        // Chunk word numbers → one table for the site. Serial, in chunk
        // order, so a word's number never depends on the core count.
        var table = WordTable(capacity: 1 << 16)
        let numbering: [[Int]] = parts.map { part in
            var global: [Int] = []
            global.reserveCapacity(part.words.count)
            for n in 0..<part.words.count {
                global.append(part.words.word(n).withUnsafeBufferPointer { table.intern($0, hash: part.words.hash(n)).number })
            }
            return global
        }
        clock.lap("search words numbered")
        let words = table
        // The next build's cache and each language's index read the chunks
        // and the numbering only, so they are made at once: the cache on
        // another thread, the languages on every core.
        let nextCache = Background(jobs: jobs) {
            var next = SearchWordCache.Writer()
            for (p, part) in parts.enumerated() {
                for text in part.texts { next.add(text.key, words: text.words, numbering: numbering[p]) }
            }
            return next.bytes(tag: cache.tag, words: words)
        }
        let indices = Parallel.map(Array(languages.indices), jobs: jobs) { l in
            merged(language: l, parts: parts, numbering: numbering, words: words)
        }
        clock.lap("search languages merged")
        let cacheBytes = nextCache.value
        clock.lap("search word cache made")
        return (indices, cacheBytes)
    }

    /// One language's index from the chunks: entries in page order, each
    /// word's postings in chunk order (so entry numbers ascend), the words
    /// grouped into shards and sorted.
    private static func merged(language l: Int, parts: [SearchChunk], numbering: [[Int]], words: WordTable) -> SearchIndex {
        var entries: [Entry] = []
        var postings: [[UInt32]] = Array(repeating: [], count: words.count)
        for (p, part) in parts.enumerated() {
            entries += part.entries[l]
            for (n, list) in part.postings[l].enumerated() where !list.isEmpty { postings[numbering[p][n]] += list }
        }
        var grouped: [String: [Word]] = [:]
        for (n, list) in postings.enumerated() where !list.isEmpty {
            let bytes = words.word(n)
            grouped[shardKey(bytes), default: []].append(Word(bytes: bytes, postings: list))
        }
        let shards = grouped.keys.sorted().map { key in
            Shard(key: key, words: (grouped[key] ?? []).sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) })
        }
        return SearchIndex(entries: entries, shards: shards)
    }

    /// The hex code point of the word's first character (`search.js` does the same).
    static func shardKey(_ bytes: ArraySlice<UInt8>) -> String {
        guard let first = String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first else { return "0000" }
        let hex = String(first.value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// One chunk of pages, segmented on one thread: its words (numbered in
/// this chunk), and per language the entries and each word's postings.
struct SearchChunk: Sendable {
    private(set) var words = WordTable(capacity: 4096)
    private(set) var entries: [[SearchIndex.Entry]]
    /// Language → word number → postings.
    private(set) var postings: [[[UInt32]]]
    private var isStop: [Bool] = []
    private let documents: [SearchDocuments]
    private let searchPages: [SitePath]
    private var scratch: [UInt8] = []
    /// Best weight of each word on the page being added (0: not on it).
    private var best: [UInt8] = []
    private var touched: [Int32] = []
    /// The last text each word was found in (so a text lists it once).
    private var lastText: [Int32] = []
    private var textNumber: Int32 = 0
    private let cache: SearchWordCache
    /// Each text this chunk segmented or took from the cache, with its
    /// distinct words (this chunk's numbers), for the next build's cache.
    private(set) var texts: [(key: SearchWordCache.Key, words: [Int32])] = []

    init(model: SiteModel, languages: [PageLanguage], cache: SearchWordCache) {
        self.cache = cache
        documents = languages.map { SearchDocuments(model: model, language: $0) }
        searchPages = languages.map { Routes.search.localized($0) }
        entries = Array(repeating: [], count: languages.count)
        postings = Array(repeating: [], count: languages.count)
    }

    /// `breaker` is the calling thread's own (an ICU iterator is not shared).
    mutating func add(_ source: SearchSource, number: Int, breaker: WordBreaker) {
        var first: [(field: SearchField, words: [Int32])] = []
        for l in documents.indices {
            let d = documents[l].document(source)
            entries[l].append(SearchIndex.Entry(href: searchPages[l].link(to: d.path.localized(documents[l].language)), title: d.title, context: d.context))
            let sameShape = l > 0 && d.fields.count == first.count
            for (i, field) in d.fields.enumerated() {
                let numbers = sameShape && field.sameText(as: first[i].field) ? first[i].words : words(of: field, breaker)
                if l == 0 { first.append((field, numbers)) }
                for w in numbers where best[Int(w)] < field.weight {
                    if best[Int(w)] == 0 { touched.append(w) }
                    best[Int(w)] = field.weight
                }
            }
            if postings[l].count < words.count { postings[l] += Array(repeating: [], count: words.count - postings[l].count) }
            for w in touched {
                postings[l][Int(w)].append(UInt32(number) << 2 | UInt32(best[Int(w)]))
                best[Int(w)] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
    }

    /// The distinct words of a field's text, stop words left out: from the
    /// cache when it has the text, else segmented.
    private mutating func words(of field: SearchField, _ breaker: WordBreaker) -> [Int32] {
        let key = SearchWordCache.Key(field)
        var numbers: [Int32] = []
        textNumber += 1
        if let cached = cache.words(key) {
            numbers.reserveCapacity(cached.count)
            for n in cached {
                let w = cache.word(n).withUnsafeBufferPointer { intern($0) }
                if !isStop[w] && lastText[w] != textNumber {
                    lastText[w] = textNumber
                    numbers.append(Int32(w))
                }
            }
        } else {
            let text = field.isMarkdown ? MarkdownPlainText.text(field.text) : field.text
            breaker.forEachWord(in: text) { word, isNumber in
                let length = SearchWords.normalize(word, isNumber: isNumber, into: &scratch)
                guard length > 0 else { return }
                let w = scratch.withUnsafeBufferPointer { intern(UnsafeBufferPointer(rebasing: $0[0..<length])) }
                if !isStop[w] && lastText[w] != textNumber {
                    lastText[w] = textNumber
                    numbers.append(Int32(w))
                }
            }
        }
        texts.append((key, numbers))
        return numbers
    }

    /// The chunk's number for a word, added (with its per-word state) if new.
    private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let (n, isNew) = words.intern(bytes)
        if isNew {
            isStop.append(SearchWords.isStop(words.word(n)))
            best.append(0)
            lastText.append(0)
        }
        return n
    }
}
