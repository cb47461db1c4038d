import ThanrakModel

/// The keys read so far in every mapping that is open, innermost last, for
/// `duplicate-key`. One buffer serves the whole file: a mapping's keys are
/// pushed while it is read and dropped when it closes, so reading a mapping
/// allocates nothing once the buffer has grown (a fresh array per mapping
/// was a third of the decoder's allocations). Mappings in the format hold a
/// handful of keys, where a linear scan costs less than hashing every key;
/// a large mapping (a hostile file) switches to a dictionary so it stays linear.
struct SeenKeys {
    private var keys: [(key: String, span: SourceSpan)] = []
    /// Open mappings that grew large, by where their keys start in `keys`.
    private var large: [Int: [String: SourceSpan]] = [:]
    private static let largeCount = 32

    /// Starts a mapping; returns where its keys start (pass it to the others).
    func open() -> Int { keys.count }

    /// Ends the mapping that started at `start`, and any left open inside it.
    mutating func close(_ start: Int) {
        keys.removeSubrange(start...)
        if !large.isEmpty { large = large.filter { $0.key < start } }
    }

    /// Records a key of the mapping that starts at `start`; returns where it
    /// was first seen if it is a repeat.
    mutating func insert(_ key: String, at span: SourceSpan, mappingFrom start: Int) -> SourceSpan? {
        if !large.isEmpty, large[start] != nil {
            if let first = large[start]?[key] { return first }
            large[start]?[key] = span
        } else {
            for i in start..<keys.count where keys[i].key == key { return keys[i].span }
            if keys.count - start >= SeenKeys.largeCount {
                large[start] = Dictionary(keys[start...].map { ($0.key, $0.span) }, uniquingKeysWith: { a, _ in a })
                large[start]?[key] = span
            }
        }
        // Pushed even when the mapping is large: a mapping nested in it then
        // starts further on, so the two never share a start.
        keys.append((key, span))
        return nil
    }
}
