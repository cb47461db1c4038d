/// The values handed to one shell (or to one item of a list in it), kept
/// as pairs in one fixed order of keys: shorter first, then by UTF-8
/// bytes. The shape walk (`ShellRenderer`) needs the values in an order
/// that depends on the keys alone; a dictionary had to be copied out and
/// sorted for every page, and each of its ~30 inserts hashed a key
/// (together 4 % of a build). Here a value is set by binary search.
public struct ShellValues: Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var entries: [(key: String, value: ShellValue)] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, ShellValue)...) {
        entries.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    mutating func reserveCapacity(_ n: Int) { entries.reserveCapacity(n) }

    /// The value of `key`; setting nil removes it (a shell then sees no value).
    public subscript(key: String) -> ShellValue? {
        get {
            let (at, found) = place(of: key)
            return found ? entries[at].value : nil
        }
        set {
            let (at, found) = place(of: key)
            switch (found, newValue) {
            case (true, .some(let value)): entries[at].value = value
            case (true, .none): entries.remove(at: at)
            case (false, .some(let value)): entries.insert((key, value), at: at)
            case (false, .none): break
            }
        }
    }

    /// Where `key` is, or where it would go.
    private func place(of key: String) -> (Int, found: Bool) {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            let other = entries[mid].key
            if Self.precedes(other, key) {
                low = mid + 1
            } else if Self.precedes(key, other) {
                high = mid
            } else {
                return (mid, true)
            }
        }
        return (low, false)
    }

    /// The order of keys: lengths are stored, so most pairs are decided
    /// without reading a byte. Any total order would do; no output depends
    /// on it, only the pairing of a page's values with its shape's slots.
    static func precedes(_ a: String, _ b: String) -> Bool {
        let m = a.utf8.count, n = b.utf8.count
        return m != n ? m < n : a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
