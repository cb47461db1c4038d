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
        changwats = ThaiCollation.sorted(nested.keys).map { c in
            let amphoes = nested[c, default: [:]]
            return Changwat(name: c, amphoes: ThaiCollation.sorted(amphoes.keys).map { a in
                let tambons = amphoes[a, default: [:]]
                return Amphoe(name: a, tambons: ThaiCollation.sorted(tambons.keys).map { t in
                    Tambon(name: t, communities: tambons[t, default: []])
                })
            })
        }
    }
}
