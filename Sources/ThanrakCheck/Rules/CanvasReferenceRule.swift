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
        for step in Step.allCases {
            let items = canvas[step]
            for i in items.indices { check(items, i, of: c, entry, into: &out) }
        }
    }

    /// Each step's tables, built once: `Step`'s properties build new arrays
    /// on every call, and this runs for every item of every community.
    private static let allowedRefSteps = Step.allCases.map { StepSet($0.allowedRefSteps) }
    private static let requiredRefGroups = Step.allCases.map { $0.requiredRefGroups.map(StepSet.init) }

    /// The item at `i`, read in place (a copy of the item would retain all
    /// it holds).
    private func check(_ items: [CanvasItem], _ i: Int, of c: LoadedCommunity, _ entry: SiteIndex.CommunityEntry, into out: inout [Diagnostic]) {
        let step = items[i].step
        let allowedSteps = Self.allowedRefSteps[step.rawValue - 1]
        func file() -> String { c.file(.canvas) }
        var resolvedSteps = StepSet()
        for ref in items[i].refs {
            switch entry.items[ref.value] {
            case nil where !entry.itemsKnown:
                continue  // may name an indicator of a broken indicators.yaml
            case nil:
                let preferred = entry.itemOrder.filter { id in
                    if case .canvas(let s) = entry.items[id] { return allowedSteps.contains(s) }
                    return false
                }
                let hint = Suggestion.closest(to: ref.value, in: preferred) ?? Suggestion.closest(to: ref.value, in: entry.itemOrder)
                out.append(.error(.unknownRef, file(), ref.span, "'\(ref.value)' is not an item of \(c.id)\(hint.map { "; did you mean '\($0)'?" } ?? "")"))
            case .indicator:
                out.append(.error(.wrongStepRef, file(), ref.span, "'\(ref.value)' is an indicator; refs of \(step.named) items point to canvas items of \(allowed(step))"))
            case .canvas(let target):
                if allowedSteps.contains(target) {
                    resolvedSteps.insert(target)
                } else {
                    out.append(.error(.wrongStepRef, file(), ref.span, "'\(ref.value)' is an item of \(target.named); refs of \(step.named) items may point to \(allowed(step)) only"))
                }
            }
        }
        guard Self.requiredRefGroups[step.rawValue - 1].contains(where: { $0.isDisjoint(with: resolvedSteps) }) else { return }
        let item = items[i]
        let unmet = item.step.requiredRefGroups.filter { group in !group.contains(where: resolvedSteps.contains) }
        let parts = unmet.map { group in group.count == 1 ? "one item of \(group[0].named)" : "one item of \(range(group))" }
        out.append(.error(.missingRef, file(), item.refsSpan ?? item.span, "'\(item.id.value)' (\(item.step.named)) must point to at least \(parts.joined(separator: " and ")) in its refs"))
    }

    private func allowed(_ step: Step) -> String {
        step.allowedRefSteps.isEmpty ? "nothing" : step.allowedRefSteps.map(\.named).joined(separator: ", ")
    }

    private func range(_ steps: [Step]) -> String {
        "steps \(steps.map { String($0.rawValue) }.joined(separator: ", ")) (\(steps.map(\.key).joined(separator: ", ")))"
    }
}

/// A set of steps as nine bits: no allocation, for sets built per item.
struct StepSet: Sendable {
    private var bits: UInt16 = 0

    init() {}
    init(_ steps: [Step]) { for s in steps { insert(s) } }

    mutating func insert(_ step: Step) { bits |= 1 << UInt16(step.rawValue) }
    func contains(_ step: Step) -> Bool { bits & (1 << UInt16(step.rawValue)) != 0 }
    func isDisjoint(with other: StepSet) -> Bool { bits & other.bits == 0 }
}
