import ThanrakLoad
import ThanrakModel

/// A community's `networks` name files in `networks/`.
public struct CommunityNetworkRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.unknownNetwork]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        for n in c.community?.networks ?? [] where !context.index.networks.contains(n.value) {
            out.append(.error(.unknownNetwork, c.file(.community), n.span, "no network '\(n.value)' in networks/\(Suggestion.hint(for: n.value, in: context.index.networks.sorted()))"))
        }
    }
}
