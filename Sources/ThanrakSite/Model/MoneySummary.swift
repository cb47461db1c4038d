import ThanrakModel

/// A community's revenue and costs per year, with `per` normalised
/// (month × 12, year × 1) and one-off sums kept apart (§11).
public struct MoneySummary: Sendable {
    public var revenuePerYear: Double = 0
    public var costsPerYear: Double = 0
    public var revenueOnce: Double = 0
    public var costsOnce: Double = 0

    public init(canvas: Canvas?) {
        for item in canvas?[.revenue] ?? [] {
            guard let money = item.money?.value else { continue }
            if let annual = money.annual { revenuePerYear += annual } else { revenueOnce += money.amount.value }
        }
        for item in canvas?[.costs] ?? [] {
            guard let money = item.money?.value else { continue }
            if let annual = money.annual { costsPerYear += annual } else { costsOnce += money.amount.value }
        }
    }

    public var balancePerYear: Double { revenuePerYear - costsPerYear }
    public var isEmpty: Bool { revenuePerYear == 0 && costsPerYear == 0 && revenueOnce == 0 && costsOnce == 0 }
}
