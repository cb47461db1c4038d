/// The four stages of making a community business plan.
public enum PlanStage: Int, Sendable, CaseIterable {
    case canvas = 1, followUp, linking, knowledgeSet

    public static let validRange = 1...4

    public var thaiLabel: String {
        switch self {
        case .canvas: "ออกแบบแคนวาสชุมชน"
        case .followUp: "ติดตามกระบวนการทำแผน"
        case .linking: "เชื่อมโยงต่อยอด"
        case .knowledgeSet: "จัดทำชุดความรู้"
        }
    }

    public var englishLabel: String {
        switch self {
        case .canvas: "Designing the canvas"
        case .followUp: "Following the planning"
        case .linking: "Linking and putting into practice"
        case .knowledgeSet: "Writing the knowledge set"
        }
    }
}
