import ThanrakLoad
import ThanrakModel

/// The reference table of §4: each item's `refs` must name items of the
/// same community (`unknown-ref`), of a step its own step may point to
/// (`wrong-step-ref`), and satisfy the "at least" column (`missing-ref`:
/// counting only references that resolve to an allowed step).
public struct CanvasReferenceRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.unknownRef, .wrongStepRef, .missingRef]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        guard let canvas = c.canvas, let entry = context.index.communities[c.id] else { return }
        let file = c.file(.canvas)
        for item in canvas.allItems {
            var resolvedSteps = Set<Step>()
            for ref in item.refs {
                switch entry.items[ref.value] {
                case nil where !entry.itemsKnown:
                    continue  // may name an indicator of a broken indicators.yaml
                case nil:
                    let preferred = entry.itemOrder.filter { id in
                        if case .canvas(let s) = entry.items[id] { return item.step.allowedRefSteps.contains(s) }
                        return false
                    }
                    let hint = Suggestion.closest(to: ref.value, in: preferred) ?? Suggestion.closest(to: ref.value, in: entry.itemOrder)
                    out.append(.error(.unknownRef, file, ref.span, "'\(ref.value)' is not an item of \(c.id)\(hint.map { "; did you mean '\($0)'?" } ?? "")"))
                case .indicator:
                    out.append(.error(.wrongStepRef, file, ref.span, "'\(ref.value)' is an indicator; refs of \(item.step.named) items point to canvas items of \(allowed(item.step))"))
                case .canvas(let target):
                    if item.step.allowedRefSteps.contains(target) {
                        resolvedSteps.insert(target)
                    } else {
                        out.append(.error(.wrongStepRef, file, ref.span, "'\(ref.value)' is an item of \(target.named); refs of \(item.step.named) items may point to \(allowed(item.step)) only"))
                    }
                }
            }
            let unmet = item.step.requiredRefGroups.filter { group in !group.contains(where: resolvedSteps.contains) }
            if !unmet.isEmpty {
                let parts = unmet.map { group in group.count == 1 ? "one item of \(group[0].named)" : "one item of \(range(group))" }
                out.append(.error(.missingRef, file, item.refsSpan ?? item.span, "'\(item.id.value)' (\(item.step.named)) must point to at least \(parts.joined(separator: " and ")) in its refs"))
            }
        }
    }

    private func allowed(_ step: Step) -> String {
        step.allowedRefSteps.isEmpty ? "nothing" : step.allowedRefSteps.map(\.named).joined(separator: ", ")
    }

    private func range(_ steps: [Step]) -> String {
        "steps \(steps.map { String($0.rawValue) }.joined(separator: ", ")) (\(steps.map(\.key).joined(separator: ", ")))"
    }
}
