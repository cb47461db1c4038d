import ThanrakLoad
import ThanrakModel

/// An indicator's `refs` name the canvas items it follows, of any step;
/// naming another indicator is `wrong-step-ref` (§11).
public struct IndicatorReferenceRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.unknownRef, .wrongStepRef]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        guard let indicators = c.indicators, let entry = context.index.communities[c.id], c.canvas != nil else { return }
        for indicator in indicators {
            for ref in indicator.refs {
                switch entry.items[ref.value] {
                case nil:
                    out.append(.error(.unknownRef, c.file(.indicators), ref.span, "'\(ref.value)' is not a canvas item of \(c.id)\(Suggestion.hint(for: ref.value, in: entry.itemOrder.filter { entry.items[$0] != .indicator }))"))
                case .indicator:
                    out.append(.error(.wrongStepRef, c.file(.indicators), ref.span, "'\(ref.value)' is an indicator; an indicator's refs name the canvas items it follows"))
                case .canvas:
                    break
                }
            }
        }
    }
}
