import ThanrakLoad
import ThanrakModel

/// A trade links two different communities of the site.
public struct TradeRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.unknownCommunity]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        for trade in c.community?.trades ?? [] {
            let other = trade.partner
            if other.value == c.id {
                out.append(.error(.unknownCommunity, c.file(.community), other.span, "a community cannot trade with itself; 'with' names another community"))
            } else if context.index.communities[other.value] == nil {
                out.append(.error(.unknownCommunity, c.file(.community), other.span, "no community '\(other.value)' in communities/\(Suggestion.hint(for: other.value, in: context.index.communityIDs))"))
            }
        }
    }
}
