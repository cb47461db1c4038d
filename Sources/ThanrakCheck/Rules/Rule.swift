import ThanrakLoad
import ThanrakModel

/// What every rule sees: the loaded content and its index, read-only.
public struct RuleContext: Sendable {
    public let content: LoadedContent
    public let index: SiteIndex
    public let links: LinkResolver

    public init(content: LoadedContent, jobs: Int = 1) {
        self.content = content
        self.index = SiteIndex(content, jobs: jobs)
        self.links = LinkResolver(index: index)
    }
}

/// A check of one community at a time; the runner calls these in parallel.
public protocol CommunityRule: Sendable {
    /// The diagnostic codes the rule can report (for documentation and tests).
    static var codes: [DiagnosticCode] { get }
    func check(_ community: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic])
}

/// A check across the whole site (areas, networks, knowledge sets).
public protocol SiteRule: Sendable {
    static var codes: [DiagnosticCode] { get }
    func check(_ context: RuleContext, into out: inout [Diagnostic])
}

/// The rules `thanrak check` runs; the runner knows nothing about any one.
public struct RuleSet: Sendable {
    public var communityRules: [any CommunityRule]
    public var siteRules: [any SiteRule]

    public init(communityRules: [any CommunityRule], siteRules: [any SiteRule]) {
        self.communityRules = communityRules
        self.siteRules = siteRules
    }

    public static let standard = RuleSet(
        communityRules: [
            DuplicateItemIDRule(), CanvasReferenceRule(), EmptyStepRule(), CanvasCompletenessRule(),
            IndicatorReferenceRule(), IndicatorBaselineRule(), SDGCodeRule(), DuplicateListEntryRule(),
            CommunityNetworkRule(), CanvasPartnerRule(), TradeRule(), PageLinkRule(), ReservedPageIDRule(),
        ],
        siteRules: [
            CycleGapRule(), CoordinatorRule(), ReservedCommunityIDRule(), KnowledgeLinkRule(),
            NetworkPartnerLinkRule(),
        ])
}

extension Diagnostic {
    static func error(_ code: DiagnosticCode, _ file: String, _ span: SourceSpan, _ message: String) -> Diagnostic {
        Diagnostic(file: file, span: span, severity: .error, code: code, message: message)
    }

    static func warning(_ code: DiagnosticCode, _ file: String, _ span: SourceSpan, _ message: String) -> Diagnostic {
        Diagnostic(file: file, span: span, severity: .warning, code: code, message: message)
    }
}

extension Step {
    /// "step 3 'channels'"
    var named: String { "step \(rawValue) '\(key)'" }
}
