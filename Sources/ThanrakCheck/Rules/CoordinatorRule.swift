import ThanrakLoad
import ThanrakModel

/// A network's `coordinator` is a partner or a community, and not
/// ambiguously both (§11).
public struct CoordinatorRule: SiteRule {
    public static let codes: [DiagnosticCode] = [.unknownPartner, .idCollision]
    public init() {}

    public func check(_ context: RuleContext, into out: inout [Diagnostic]) {
        let index = context.index
        for n in context.content.networks {
            guard let coordinator = n.model?.coordinator else { continue }
            let id = coordinator.value
            let isPartner = index.partners.contains(id)
            let isCommunity = index.communities[id] != nil
            if isPartner && isCommunity {
                out.append(.error(.idCollision, n.file, coordinator.span, "coordinator '\(id)' names both a partner and a community; rename one of them"))
            } else if !isPartner && !isCommunity {
                out.append(.error(.unknownPartner, n.file, coordinator.span, "coordinator '\(id)' is neither a partner nor a community\(Self.hint(for: id, index))"))
            }
        }
    }

    /// The closest partner and the closest community: a typo may be in
    /// either, so when both are near the user sees both.
    static func hint(for id: String, _ index: SiteIndex) -> String {
        let partner = Suggestion.closest(to: id, in: index.partners.sorted())
        let community = Suggestion.closest(to: id, in: index.communityIDs)
        switch (partner, community) {
        case let (p?, c?): return "; did you mean the partner '\(p)' or the community '\(c)'?"
        case let (p?, nil): return "; did you mean '\(p)'?"
        case let (nil, c?): return "; did you mean '\(c)'?"
        case (nil, nil): return ""
        }
    }
}
