import CCmark
#if canImport(Glibc)
import Glibc
#endif
import ThanrakLoad
import ThanrakModel

/// Markdown → HTML with libcmark in its safe mode (raw HTML omitted, never
/// `CMARK_OPT_UNSAFE`). Before rendering, the AST is edited: `@` links
/// become relative links to the built pages, link targets with a scheme
/// other than http(s)/mailto are blanked, and headings move one level down
/// so the page's own `<h1>` stays the only one.
public struct MarkdownRenderer: Sendable {
    public let model: SiteModel

    public init(model: SiteModel) { self.model = model }

    public func html(_ source: String, on page: SitePath, language: PageLanguage, headingShift: Int32 = 1) -> String {
        var bytes = Array(source.utf8)
        let parsed = bytes.withUnsafeMutableBufferPointer { buffer -> OpaquePointer? in
            guard let base = buffer.baseAddress else { return cmark_parse_document("", 0, CMARK_OPT_DEFAULT) }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let document = parsed else { return "" }
        defer { cmark_node_free(document) }
        rewrite(document, page: page, language: language, headingShift: headingShift)
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private func rewrite(_ document: OpaquePointer, page: SitePath, language: PageLanguage, headingShift: Int32) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if url.hasPrefix("@") {
                    let target = Routes.target(of: url, in: model, language: language)
                    let href = target.map { page.link(to: $0.path, fragment: $0.fragment) } ?? ""
                    cmark_node_set_url(node, href)
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
