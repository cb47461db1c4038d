import ThanrakLoad
import ThanrakModel

/// Progress needs a starting point: an indicator without a baseline, or
/// with a target year before its baseline year, cannot show progress (§11).
public struct IndicatorBaselineRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.indicatorWithoutBaseline, .targetBeforeBaseline]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        for indicator in c.indicators ?? [] {
            guard let baseline = indicator.baseline else {
                out.append(.warning(.indicatorWithoutBaseline, c.file(.indicators), indicator.span, "'\(indicator.id.value)' has no baseline {year, value}; progress toward its target cannot be shown"))
                continue
            }
            if let target = indicator.target, target.year.value.ce < baseline.year.value.ce {
                out.append(.warning(.targetBeforeBaseline, c.file(.indicators), target.year.span, "the target year \(target.year.value.written) of '\(indicator.id.value)' is before its baseline year \(baseline.year.value.written)"))
            }
        }
    }
}
