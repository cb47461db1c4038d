import CCmark
import ThanrakLoad

/// The words of a Markdown page without its markup, for the search index:
/// text, code and link text; each block on its own line. Inline nodes are
/// joined without a space, since a Thai word may run across emphasis.
enum MarkdownPlainText {
    static func text(_ source: String) -> String {
        guard !source.isEmpty, let document = CMarkDocument(text: source) else { return "" }
        var out = ""
        out.reserveCapacity(source.utf8.count)
        document.forEachNode { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) { out += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += " "
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
                out += "\n"
            default:
                break
            }
        }
        return out
    }
}
