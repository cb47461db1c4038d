import CCmark
#if canImport(Glibc)
import Glibc
#endif
import ThanrakLoad
import ThanrakModel

/// Markdown → HTML with libcmark in its safe mode (raw HTML omitted, never
/// `CMARK_OPT_UNSAFE`). Before rendering, the AST is edited: `@` links
/// become relative links to the built pages, link targets with a scheme
/// other than http(s)/mailto are blanked, a plain relative link to one of
/// the text's folder's assets goes to where the asset was copied
/// (`AssetFolder`), and headings move one level down so the page's own
/// `<h1>` stays the only one.
public struct MarkdownRenderer: Sendable {
    public let model: SiteModel

    public init(model: SiteModel) { self.model = model }

    /// `assets`: the folder the text came from, whose assets its plain
    /// relative links may name.
    func html(_ source: String, on page: SitePath, language: PageLanguage, headingShift: Int32 = 1, assets: AssetFolder? = nil) -> String {
        var html = HTMLBuffer()
        write(source, on: page, language: language, headingShift: headingShift, assets: assets, into: &html)
        return html.string
    }

    /// As `html`, written straight into the page: no String is made of the
    /// rendered bytes (valid UTF-8 from valid UTF-8) only to copy them again.
    func write(_ source: String, on page: SitePath, language: PageLanguage, headingShift: Int32 = 1, assets: AssetFolder? = nil, into html: inout HTMLBuffer) {
        guard let document = CMarkDocument(text: source) else { return }
        rewrite(document, page: page, language: language, headingShift: headingShift, assets: assets)
        guard let rendered = cmark_render_html(document.root, CMARK_OPT_DEFAULT) else { return }
        defer { free(rendered) }
        rendered.withMemoryRebound(to: UInt8.self, capacity: 1) { html.append(contentsOf: UnsafeBufferPointer(start: $0, count: strlen(rendered))) }
    }

    private func rewrite(_ document: CMarkDocument, page: SitePath, language: PageLanguage, headingShift: Int32, assets: AssetFolder?) {
        document.forEachNode { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if url.hasPrefix("@") {
                    let target = Routes.target(of: url, in: model, language: language)
                    let href = target.map { page.link(to: $0.path, fragment: $0.fragment) } ?? ""
                    cmark_node_set_url(node, href)
                } else if let asset = assets?.asset(linkedAs: url) {
                    cmark_node_set_url(node, page.link(to: asset.path, fragment: asset.fragment))
                } else if !LinkTarget.isAllowed(url, isImage: isImage) {
                    cmark_node_set_url(node, "")
                }
            case CMARK_NODE_HEADING:
                let level = cmark_node_get_heading_level(node)
                cmark_node_set_heading_level(node, min(6, level + headingShift))
            default:
                break
            }
        }
    }
}
