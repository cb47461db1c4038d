/// `community.yaml`: who the group is, where, and how far its plan has come.
public struct Community: Sendable {
    public var name: LocalizedText
    public var kind: Located<String>?
    public var location: Location
    public var founded: Located<Year>?
    public var members: Located<Int>?
    /// As written; the checker reports values outside 1…4.
    public var stage: Located<Int>?
    public var networks: [Located<String>]
    public var cycle: [Located<CycleRole>]
    /// The `cycle` key, where a `cycle-gap` warning points.
    public var cycleKey: SourceSpan?
    public var ksnb: [KSNBKey: Located<Int>]
    public var foundations: [FoundationKey: Located<Int>]
    public var trades: [Trade]

    public init(
        name: LocalizedText, kind: Located<String>? = nil, location: Location,
        founded: Located<Year>? = nil, members: Located<Int>? = nil, stage: Located<Int>? = nil,
        networks: [Located<String>] = [], cycle: [Located<CycleRole>] = [], cycleKey: SourceSpan? = nil,
        ksnb: [KSNBKey: Located<Int>] = [:], foundations: [FoundationKey: Located<Int>] = [:],
        trades: [Trade] = []
    ) {
        self.name = name
        self.kind = kind
        self.location = location
        self.founded = founded
        self.members = members
        self.stage = stage
        self.networks = networks
        self.cycle = cycle
        self.cycleKey = cycleKey
        self.ksnb = ksnb
        self.foundations = foundations
        self.trades = trades
    }

    /// The stage when it is a valid one.
    public var planStage: PlanStage? { stage.flatMap { PlanStage(rawValue: $0.value) } }
}

public struct Location: Sendable {
    public var village: Located<String>?
    public var moo: Located<Int>?
    public var tambon: Located<String>?
    public var amphoe: Located<String>?
    public var changwat: Located<String>
    public var ecoregion: Located<String>?
    public var coordinates: Located<Coordinates>?

    public init(
        village: Located<String>? = nil, moo: Located<Int>? = nil, tambon: Located<String>? = nil,
        amphoe: Located<String>? = nil, changwat: Located<String>, ecoregion: Located<String>? = nil,
        coordinates: Located<Coordinates>? = nil
    ) {
        self.village = village
        self.moo = moo
        self.tambon = tambon
        self.amphoe = amphoe
        self.changwat = changwat
        self.ecoregion = ecoregion
        self.coordinates = coordinates
    }
}

public struct Coordinates: Sendable, Hashable {
    public var latitude: Number
    public var longitude: Number

    public init(latitude: Number, longitude: Number) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// A supply link: this community sells to or buys from another one.
public struct Trade: Sendable {
    public enum Direction: String, Sendable { case sells, buys }

    public var partner: Located<String>
    public var direction: Direction
    public var goods: LocalizedText
    public var span: SourceSpan

    public init(partner: Located<String>, direction: Direction, goods: LocalizedText, span: SourceSpan) {
        self.partner = partner
        self.direction = direction
        self.goods = goods
        self.span = span
    }
}
