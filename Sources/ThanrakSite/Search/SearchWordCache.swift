/// The words the previous build found in each searched text, keyed by the
/// text itself, so a rebuild segments only the texts that changed. ICU's
/// segmenting is most of the search index's cost (1.8 s of a 10,000-plan
/// build, rebuilt whole when any plan changes), and one plan's edit changes
/// a handful of texts.
///
/// Keyed by content, not by page: a text's words depend on nothing else
/// but the segmenter, so a stale or foreign cache can only miss, never
/// give wrong words. The tag names the segmenter (ICU's version and the
/// `thanrak` binary, which holds the normalising rules and stop words); a
/// cache with another tag, or damaged, is read as empty.
///
/// File: "THSW", a format number, the tag; the words (count, each one's
/// byte length, their bytes); the texts (count, then each one's key and
/// its distinct words as numbers into that list). Little-endian.
struct SearchWordCache: Sendable {
    /// A text as the cache knows it: its FNV-1a hash, its length in bytes
    /// and whether it is Markdown (whose plain text is what was segmented).
    struct Key: Hashable, Sendable {
        var hash: UInt64
        var size: UInt64

        init(_ field: SearchField) {
            var text = field.text
            hash = text.withUTF8 { WordTable.hash($0) }
            size = UInt64(text.utf8.count) << 1 | (field.isMarkdown ? 1 : 0)
        }

        init(hash: UInt64, size: UInt64) {
            self.hash = hash
            self.size = size
        }
    }

    /// In the output, beside the `.thanrak` marker: the spec lets a build
    /// write only there (and into its staging folder).
    static let fileName = ".thanrak-search-words"
    private static let magic: [UInt8] = Array("THSW".utf8)
    private static let format: UInt32 = 1

    let tag: String
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var texts: [Key: Range<Int>] = [:]
    private var numbers: [UInt32] = []

    /// An empty cache: every text is segmented.
    init(tag: String) { self.tag = tag }

    /// The cache in `bytes`; empty when they were written under another
    /// tag or are not a whole cache file.
    init(bytes: [UInt8], tag: String) {
        self.tag = tag
        var r = ByteReader(bytes)
        guard r.bytes(4).map(Array.init) == Self.magic, r.u32() == Self.format,
              let tagLength = r.u32(), let written = r.bytes(Int(tagLength)),
              written.elementsEqual(tag.utf8),
              let wordCount = r.u32().map(Int.init) else { return }
        var starts = [0]
        starts.reserveCapacity(wordCount + 1)
        for _ in 0..<wordCount {
            guard let length = r.u32(), let last = starts.last else { return }
            starts.append(last + Int(length))
        }
        guard let last = starts.last, let arena = r.bytes(last), let textCount = r.u32() else { return }
        var texts: [Key: Range<Int>] = [:]
        texts.reserveCapacity(Int(textCount))
        var numbers: [UInt32] = []
        for _ in 0..<textCount {
            guard let hash = r.u64(), let size = r.u64(), let count = r.u32() else { return }
            let start = numbers.count
            for _ in 0..<count {
                guard let n = r.u32(), Int(n) < wordCount else { return }
                numbers.append(n)
            }
            texts[Key(hash: hash, size: size)] = start..<numbers.count
        }
        guard r.isAtEnd else { return }
        self.arena = Array(arena)
        self.starts = starts
        self.texts = texts
        self.numbers = numbers
    }

    var count: Int { texts.count }

    /// The distinct words of the text, as numbers for `word(_:)`; nil when
    /// the text is not in the cache.
    func words(_ key: Key) -> ArraySlice<UInt32>? { texts[key].map { numbers[$0] } }

    func word(_ n: UInt32) -> ArraySlice<UInt8> { arena[starts[Int(n)]..<starts[Int(n) + 1]] }

    /// Writes a cache file. Its bytes depend on the site alone, not on
    /// what the previous cache held: texts in page order, each once, and
    /// words numbered as the texts first name them (a word's place in the
    /// index's own table depends on which texts were segmented and which
    /// taken from the cache). The file is part of the output, which must be
    /// the same bytes for the same content.
    struct Writer {
        private var body: [UInt8] = []
        private var textCount: UInt32 = 0
        private var seen: Set<Key> = []
        /// Table number → number in this file (−1: not named yet).
        private var renumber: [Int32] = []
        /// Table numbers of the file's words, in file order.
        private var order: [Int] = []

        /// Each text once (the same text on several pages is one entry);
        /// `numbering` maps the text's word numbers to the site's table.
        mutating func add(_ key: Key, words: [Int32], numbering: [Int]) {
            guard seen.insert(key).inserted else { return }
            textCount += 1
            body.appendLittleEndian(key.hash)
            body.appendLittleEndian(key.size)
            body.appendLittleEndian(UInt32(words.count))
            for w in words {
                let n = numbering[Int(w)]
                if n >= renumber.count { renumber += Array(repeating: -1, count: n + 1 - renumber.count) }
                if renumber[n] < 0 {
                    renumber[n] = Int32(order.count)
                    order.append(n)
                }
                body.appendLittleEndian(UInt32(renumber[n]))
            }
        }

        func bytes(tag: String, words table: WordTable) -> [UInt8] {
            var out = SearchWordCache.magic
            out.reserveCapacity(table.arena.count + order.count * 4 + body.count + 64)
            out.appendLittleEndian(SearchWordCache.format)
            out.appendLittleEndian(UInt32(tag.utf8.count))
            out += tag.utf8
            out.appendLittleEndian(UInt32(order.count))
            for n in order { out.appendLittleEndian(UInt32(table.word(n).count)) }
            for n in order { out += table.word(n) }
            out.appendLittleEndian(textCount)
            out += body
            return out
        }
    }
}

/// Reads little-endian numbers and byte runs; nil past the end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func bytes(_ n: Int) -> ArraySlice<UInt8>? {
        guard n >= 0, bytes.count - offset >= n else { return nil }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }

    mutating func u32() -> UInt32? { number(UInt32.self) }

    mutating func u64() -> UInt64? { number(UInt64.self) }

    private mutating func number<T: FixedWidthInteger>(_: T.Type) -> T? {
        let size = MemoryLayout<T>.size
        guard bytes.count - offset >= size else { return nil }
        defer { offset += size }
        return T(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) })
    }
}

private extension Array where Element == UInt8 {
    /// Byte by byte, lowest first: appending the value's raw bytes took
    /// the generic sequence path, and the cache writes a number per word
    /// of every text (on one core, between segmenting and rendering).
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        for shift in stride(from: 0, to: T.bitWidth, by: 8) { append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
}
