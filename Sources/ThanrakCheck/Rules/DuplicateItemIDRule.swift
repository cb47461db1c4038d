import ThanrakLoad
import ThanrakModel

/// Item ids are unique within a community, across the canvas and the
/// indicators (§4); the second use is reported, naming the first. An id in
/// both files is reported in `indicators.yaml` (§11).
public struct DuplicateItemIDRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.duplicateID]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        var first: [String: (file: String, line: Int)] = [:]
        func see(_ id: Located<String>, file: String) {
            if let earlier = first[id.value] {
                let place = earlier.file == file ? "line \(earlier.line)" : "\(earlier.file.split(separator: "/").last ?? ""):\(earlier.line)"
                out.append(.error(.duplicateID, file, id.span, "'\(id.value)' is already the id of an item at \(place); ids are unique within a community, across canvas and indicators"))
            } else {
                first[id.value] = (file, id.span.line)
            }
        }
        for item in c.canvas?.allItems.sorted(by: { $0.span < $1.span }) ?? [] { see(item.id, file: c.file(.canvas)) }
        for indicator in c.indicators ?? [] { see(indicator.id, file: c.file(.indicators)) }
    }
}
