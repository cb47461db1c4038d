import ThanrakLoad
import ThanrakModel

/// What every Markdown text shares, wherever it is written: each `@` link
/// must resolve (`broken-link`), and each piece of raw HTML or unsafe link
/// target the renderer drops is reported (`raw-html-omitted`).
struct MarkdownCheck {
    let links: LinkResolver

    func check(_ markdown: MarkdownText, file: String, into out: inout [Diagnostic]) {
        for link in markdown.links {
            if let problem = links.problem(with: link.destination) {
                out.append(.error(.brokenLink, file, link.span, problem))
            }
        }
        for html in markdown.omittedHTML {
            let message = html.isLinkTarget
                ? "the link target '\(html.snippet)' is not allowed (only http, https, mailto and relative links) and is dropped"
                : "raw HTML '\(html.snippet)' is not rendered; write it in Markdown"
            out.append(.warning(.rawHTMLOmitted, file, html.span, message))
        }
    }
}

/// Links and raw HTML in a community's story and pages.
public struct PageLinkRule: CommunityRule {
    public static let codes: [DiagnosticCode] = [.brokenLink, .rawHTMLOmitted]
    public init() {}

    public func check(_ c: LoadedCommunity, in context: RuleContext, into out: inout [Diagnostic]) {
        let check = MarkdownCheck(links: context.links)
        for page in c.pages { check.check(page.body, file: page.path, into: &out) }
    }
}

/// Links and raw HTML in knowledge pages.
public struct KnowledgeLinkRule: SiteRule {
    public static let codes: [DiagnosticCode] = [.brokenLink, .rawHTMLOmitted]
    public init() {}

    public func check(_ context: RuleContext, into out: inout [Diagnostic]) {
        let check = MarkdownCheck(links: context.links)
        for set in context.content.knowledgeSets {
            for page in set.pages { check.check(page.body, file: page.path, into: &out) }
        }
    }
}

/// Links and raw HTML in the `about:` of networks and partners.
public struct NetworkPartnerLinkRule: SiteRule {
    public static let codes: [DiagnosticCode] = [.brokenLink, .rawHTMLOmitted]
    public init() {}

    public func check(_ context: RuleContext, into out: inout [Diagnostic]) {
        let check = MarkdownCheck(links: context.links)
        for n in context.content.networks {
            if let about = n.model?.about { check.check(about, file: n.file, into: &out) }
        }
        for p in context.content.partners {
            if let about = p.model?.about { check.check(about, file: p.file, into: &out) }
        }
    }
}
