import ThanrakModel

/// Communities grouped changwat → amphoe → tambon, names in Thai collation
/// order; a missing level is grouped under nil ("not given").
public struct AreaTree: Sendable {
    public struct Tambon: Sendable {
        public var name: String?
        public var communities: [Int]
    }
    public struct Amphoe: Sendable {
        public var name: String?
        public var tambons: [Tambon]
        public var communities: [Int] { tambons.flatMap(\.communities) }
    }
    public struct Changwat: Sendable {
        public var name: String
        public var amphoes: [Amphoe]
        public var communities: [Int] { amphoes.flatMap(\.communities) }
    }

    public var changwats: [Changwat]

    /// `communities` are indexes into the site's community list.
    public init(communities: [(index: Int, location: Location)]) {
        var nested: [String: [String?: [String?: [Int]]]] = [:]
        for (i, l) in communities {
            nested[l.changwat.value, default: [:]][l.amphoe?.value, default: [:]][l.tambon?.value, default: []].append(i)
        }
        func order(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case let (x?, y?): return ThaiCollation.less(x, y)
            case (nil, _?): return false
            case (_?, nil): return true
            case (nil, nil): return false
            }
        }
        changwats = nested.keys.sorted(by: ThaiCollation.less).map { c in
            let amphoes = nested[c, default: [:]]
            return Changwat(name: c, amphoes: amphoes.keys.sorted(by: order).map { a in
                let tambons = amphoes[a, default: [:]]
                return Amphoe(name: a, tambons: tambons.keys.sorted(by: order).map { t in
                    Tambon(name: t, communities: tambons[t, default: []])
                })
            })
        }
    }
}
