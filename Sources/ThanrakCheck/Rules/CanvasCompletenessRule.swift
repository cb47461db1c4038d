import ThanrakLoad
import ThanrakModel

/// The five per-item warnings of §11: a value nobody earns from or tells
/// customers about, customers no channel reaches or no relationship keeps,
/// an activity with no cost. Only direct references count.
public struct CanvasCompletenessRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [
        .valueWithoutRevenue, .valueWithoutChannel, .customerWithoutChannel,
        .customerWithoutRelationship, .activityWithoutCost,
    ]
    public init() {}

    /// (the item's step, the step that should reference it, code, what is missing)
    static let expectations: [(Step, Step, DiagnosticCode, String)] = [
        (.value, .revenue, .valueWithoutRevenue, "no revenue item (step 5) earns from it"),
        (.value, .channels, .valueWithoutChannel, "no channel (step 3) tells customers about it"),
        (.customers, .channels, .customerWithoutChannel, "no channel (step 3) reaches them"),
        (.customers, .relationships, .customerWithoutRelationship, "no relationship item (step 4) closes or repeats their purchases"),
        (.activities, .costs, .activityWithoutCost, "no cost item (step 9) says what it costs"),
    ]

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        guard let canvas = c.canvas else { return }
        for (step, referrer, code, missing) in Self.expectations {
            // A step holds a handful of items with a few refs each: scanning
            // them costs less than building a set of every ref.
            let referrers = canvas[referrer]
            for item in canvas[step] where !referrers.contains(where: { $0.refs.contains { $0.value == item.id.value } }) {
                out.append(.warning(code, c.file(.canvas), item.span, "'\(item.id.value)' (\(step.named)): \(missing)"))
            }
        }
    }
}
