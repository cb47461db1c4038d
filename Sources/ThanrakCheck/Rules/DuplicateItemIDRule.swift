import ThanrakLoad
import ThanrakModel

/// Item ids are unique within a community, across the canvas and the
/// indicators (§4); the second use is reported, naming the first. An id in
/// both files is reported in `indicators.yaml` (§11).
public struct DuplicateItemIDRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.duplicateID]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        // The index holds each distinct id of the same items once: as many
        // as there are items means no id repeats, and nothing is reported.
        let itemCount = (c.canvas?.itemsByStep.reduce(0) { $0 + $1.count } ?? 0) + (c.indicators?.count ?? 0)
        if let entry = context.index.communities[c.id], entry.items.count == itemCount { return }
        // Where each id was first used; file paths are made only for a message.
        var first: [String: (kind: LoadedCommunity.FileKind, line: Int)] = [:]
        first.reserveCapacity(64)
        func see(_ id: Located<String>, in kind: LoadedCommunity.FileKind) {
            if let earlier = first[id.value] {
                let place = earlier.kind == kind ? "line \(earlier.line)" : "\(earlier.kind.rawValue):\(earlier.line)"
                out.append(.error(.duplicateID, c.file(kind), id.span, "'\(id.value)' is already the id of an item at \(place); ids are unique within a community, across canvas and indicators"))
            } else {
                first[id.value] = (kind, id.span.line)
            }
        }
        if let canvas = c.canvas {
            // Ids in file order; only the ids are gathered, not copies of the items.
            var ids: [(item: SourceSpan, id: Located<String>)] = []
            ids.reserveCapacity(canvas.itemsByStep.reduce(0) { $0 + $1.count })
            for step in Step.allCases {
                let items = canvas[step]
                for i in items.indices { ids.append((items[i].span, items[i].id)) }  // by index: no copy of the item
            }
            ids.sort { $0.item < $1.item }
            for entry in ids { see(entry.id, in: .canvas) }
        }
        let indicators = c.indicators ?? []
        for i in indicators.indices { see(indicators[i].id, in: .indicators) }
    }
}
