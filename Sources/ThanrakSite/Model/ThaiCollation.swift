/// Sorting Thai names as a Thai dictionary does: a leading vowel
/// (เ แ โ ใ ไ) is written before its consonant but sorts after it, and
/// tone marks only break ties. Good enough for place and group names.
public enum ThaiCollation {
    public static func key(_ s: String) -> [UInt32] {
        var primary: [UInt32] = []
        var tones: [UInt32] = []
        var pendingVowel: UInt32?
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0E40...0x0E44:  // leading vowels: sort after the next consonant
                if let p = pendingVowel { primary.append(p) }
                pendingVowel = v
            case 0x0E48...0x0E4C:  // tone marks and thanthakhat: secondary
                tones.append(v)
            default:
                primary.append(v)
                if let p = pendingVowel, (0x0E01...0x0E2E).contains(v) {
                    primary.append(p)
                    pendingVowel = nil
                }
            }
        }
        if let p = pendingVowel { primary.append(p) }
        return primary + [0] + tones
    }

    public static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        return ka.lexicographicallyPrecedes(kb)
    }

    /// `names` in collation order. Each key is worked out once: sorting
    /// with `less` works out two per comparison, and the SDG pages sorted
    /// 77 changwats that way 50 times a build (1 % of it). Names whose keys
    /// tie ("เก" and "กเ") go by their bytes, so the order never depends on
    /// the order they came in (a dictionary's keys differ run to run).
    public static func sorted(_ names: some Sequence<String>) -> [String] {
        names.map { (key: key($0), name: $0) }
            .sorted { a, b in
                a.key == b.key ? a.name.utf8.lexicographicallyPrecedes(b.name.utf8) : a.key.lexicographicallyPrecedes(b.key)
            }
            .map(\.name)
    }

    /// As `sorted`, with nil ("not given") last.
    public static func sorted(_ names: some Sequence<String?>) -> [String?] {
        var given: [String] = []
        var missing = 0
        for name in names {
            if let name { given.append(name) } else { missing += 1 }
        }
        let ordered: [String] = sorted(given)
        return ordered + Array(repeating: nil, count: missing)
    }
}
