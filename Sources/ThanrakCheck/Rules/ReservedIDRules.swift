import ThanrakLoad
import ThanrakModel

/// A community page may not take the id of a page Thanrak generates for the
/// community (`canvas`, `handout`); a knowledge page may not be `print` (§11).
public struct ReservedPageIDRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.idCollision]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        for page in c.pages where SiteIndex.generatedCommunityPages.contains(page.id) {
            out.append(.error(.idCollision, page.path, .fileStart, "a page named '\(page.id)' would overwrite the community's generated /\(page.id)/ page; rename the file"))
        }
    }
}

/// Community ids that would shadow the `@network/…`, `@partner/…`,
/// `@knowledge/…`, `@sdg/…` link forms; knowledge pages named `print`.
public struct ReservedCommunityIDRule: SiteRule {
    public static let codes: [DiagnosticCode] = [.idCollision]
    public init() {}

    public func check(_ context: RuleContext, into out: inout [Diagnostic]) {
        let communities = context.content.communities
        for i in communities.indices where InternalLink.kinds.contains(communities[i].id) {  // by index: no copies
            let c = communities[i]
            out.append(.error(.idCollision, c.file(.community), .fileStart, "'\(c.id)' cannot be a community id: @\(c.id)/… links mean something else; rename the folder"))
        }
        for set in context.content.knowledgeSets {
            for page in set.pages where SiteIndex.generatedKnowledgePages.contains(page.id) {
                out.append(.error(.idCollision, page.path, .fileStart, "a page named '\(page.id)' would overwrite the set's generated /\(page.id)/ page; rename the file"))
            }
        }
    }
}
