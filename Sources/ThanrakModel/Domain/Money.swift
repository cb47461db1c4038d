/// A sum of baht and how often it recurs.
public struct Money: Sendable, Hashable {
    public var amount: Number
    public var period: Period

    public init(amount: Number, period: Period) {
        self.amount = amount
        self.period = period
    }

    /// The yearly figure; `nil` for a one-off sum, which is shown apart.
    public var annual: Double? {
        switch period {
        case .month: return amount.value * 12
        case .year: return amount.value
        case .once: return nil
        }
    }
}
