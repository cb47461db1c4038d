import ThanrakLoad
import ThanrakModel

/// A step-8 item's `partner` names a file in `partners/`.
public struct CanvasPartnerRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.unknownPartner]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        for item in c.canvas?[.partners] ?? [] {
            guard let p = item.partner, !context.index.partners.contains(p.value) else { continue }
            out.append(.error(.unknownPartner, c.file(.canvas), p.span, "no partner '\(p.value)' in partners/\(Suggestion.hint(for: p.value, in: context.index.partners.sorted()))"))
        }
    }
}
