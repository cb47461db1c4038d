/// A year as written in content. Years ≥ 2400 are Buddhist Era (พ.ศ.),
/// smaller ones Common Era; everything internal uses CE = BE − 543.
public struct Year: Sendable, Hashable, Comparable {
    public static let buddhistEraOffset = 543
    /// The smallest number read as a Buddhist Era year.
    public static let firstBuddhistEraNumber = 2400
    public static let validCE: ClosedRange<Int> = 1800...2200

    public let written: Int

    public init(written: Int) { self.written = written }
    public init(ce: Int) { self.written = ce }

    public var isBuddhistEra: Bool { written >= Year.firstBuddhistEraNumber }
    public var ce: Int { isBuddhistEra ? written - Year.buddhistEraOffset : written }
    public var be: Int { ce + Year.buddhistEraOffset }
    public var isInValidRange: Bool { Year.validCE.contains(ce) }

    public static func < (a: Year, b: Year) -> Bool { a.ce < b.ce }
    public static func == (a: Year, b: Year) -> Bool { a.ce == b.ce }
    public func hash(into hasher: inout Hasher) { hasher.combine(ce) }
}
