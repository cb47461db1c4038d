/// The nine steps of the Community Business Model Canvas, with the
/// reference rules of the format's §4: which steps an item's `refs` may
/// point to, and which it must point to at least once.
public enum Step: Int, Sendable, CaseIterable, Comparable {
    case value = 1, customers, channels, relationships, revenue
    case activities, resources, partners, costs

    /// The key in `canvas.yaml`.
    public var key: String {
        switch self {
        case .value: "value"
        case .customers: "customers"
        case .channels: "channels"
        case .relationships: "relationships"
        case .revenue: "revenue"
        case .activities: "activities"
        case .resources: "resources"
        case .partners: "partners"
        case .costs: "costs"
        }
    }

    public init?(key: String) {
        guard let s = Step.allCases.first(where: { $0.key == key }) else { return nil }
        self = s
    }

    public static var keys: [String] { allCases.map(\.key) }

    public var thaiLabel: String {
        switch self {
        case .value: "คุณค่า / จุดขาย"
        case .customers: "กลุ่มลูกค้าเป้าหมาย"
        case .channels: "การสื่อสารการตลาด"
        case .relationships: "ปิดการขายและการซื้อซ้ำ"
        case .revenue: "ที่มาของรายได้"
        case .activities: "กิจกรรมหลัก"
        case .resources: "ปัจจัยการผลิตที่ยังใช้ไม่เต็มที่"
        case .partners: "ภาคีความร่วมมือ"
        case .costs: "ค่าใช้จ่าย"
        }
    }

    public var englishLabel: String {
        switch self {
        case .value: "Value"
        case .customers: "Customers"
        case .channels: "Channels"
        case .relationships: "Closing and repeat sales"
        case .revenue: "Revenue"
        case .activities: "Key activities"
        case .resources: "Underused resources"
        case .partners: "Partners"
        case .costs: "Costs"
        }
    }

    /// Steps whose items this step's `refs` may name.
    public var allowedRefSteps: [Step] {
        switch self {
        case .value: []
        case .customers: [.value]
        case .channels: [.value, .customers]
        case .relationships: [.value, .customers, .channels]
        case .revenue: [.value, .customers]
        case .activities: [.value, .customers, .channels, .relationships]
        case .resources, .partners: [.activities]
        case .costs: [.activities, .resources, .partners]
        }
    }

    /// Each inner list is one requirement: at least one resolved reference
    /// to an item of one of those steps.
    public var requiredRefGroups: [[Step]] {
        switch self {
        case .value, .customers: []
        case .channels: [[.value], [.customers]]
        case .relationships: [[.customers]]
        case .revenue: [[.value]]
        case .activities: [[.value, .customers, .channels, .relationships]]
        case .resources, .partners, .costs: [[.activities]]
        }
    }

    /// Every step but the first may point somewhere (`allowedRefSteps` is
    /// empty for `value` only); answered without building that list.
    public var allowsRefs: Bool { self != .value }
    public var allowsMoney: Bool { self == .revenue || self == .costs }
    public var allowsPartner: Bool { self == .partners }

    public static func < (a: Step, b: Step) -> Bool { a.rawValue < b.rawValue }
}
