/// The roles a district's self-managing network covers as a full cycle.
/// Declaration order is the order of the spec, used in messages.
public enum CycleRole: String, Vocabulary {
    case produce, consume, process, trade, capital, profit

    public var thaiLabel: String {
        switch self {
        case .produce: "ผลิต"
        case .consume: "บริโภค"
        case .process: "แปรรูป"
        case .trade: "ซื้อขาย"
        case .capital: "ทุน"
        case .profit: "กำไร"
        }
    }

    public var englishLabel: String {
        switch self {
        case .produce: "Produce"
        case .consume: "Consume"
        case .process: "Process"
        case .trade: "Trade"
        case .capital: "Capital"
        case .profit: "Profit"
        }
    }
}
