import ThanrakLoad
import ThanrakModel

/// Every SDG code is a goal, target or indicator of the UN framework the
/// tool ships (§5), e.g. `8`, `8.3`, `8.3.1`.
public struct SDGCodeRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.unknownSDG]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        let framework = SDGFramework.shared
        for indicator in c.indicators ?? [] {
            for code in indicator.sdg where !framework.contains(code.value) {
                out.append(.error(.unknownSDG, c.file(.indicators), code.span, "'\(code.value)' is not a goal, target or indicator of the UN SDG framework\(Suggestion.hint(for: code.value, in: framework.allCodes))"))
            }
        }
    }
}
