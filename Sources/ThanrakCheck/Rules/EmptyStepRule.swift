import ThanrakLoad
import ThanrakModel

/// Every step of the canvas has at least one item: a warning while the plan
/// is being designed (stage 1), an error from stage 2 on (§11).
public struct EmptyStepRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.emptyStep]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        guard let canvas = c.canvas else { return }
        let stage = c.community?.planStage
        let severity: Severity = (stage.map { $0.rawValue >= 2 } ?? false) ? .error : .warning
        let why = stage.map { $0.rawValue >= 2 ? "a plan at stage \($0.rawValue) fills all nine steps" : "fill it before the plan moves to stage 2" }
            ?? "fill all nine steps"
        for step in Step.allCases where canvas.isEmpty(step) {
            let span = canvas.key(of: step) ?? .fileStart
            let d = Diagnostic(
                file: c.file(.canvas), span: span, severity: severity, code: .emptyStep,
                message: "\(step.named) (\(step.thaiLabel)) has no items; \(why)")
            out.append(d)
        }
    }
}
