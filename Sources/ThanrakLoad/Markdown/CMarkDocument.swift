import CCmark

/// A parsed CommonMark document and a walk over the nodes it enters, shared
/// by the checker's scan and the renderer, so both read Markdown the same
/// way (libcmark's defaults: safe, no raw HTML rendered).
public final class CMarkDocument {
    public let root: OpaquePointer

    /// nil only if libcmark cannot allocate.
    public convenience init?(_ utf8: [UInt8]) {
        guard let parsed = utf8.withUnsafeBufferPointer(CMarkDocument.parse) else { return nil }
        self.init(root: parsed)
    }

    /// Parses `text` where its bytes lie, without copying them first.
    public convenience init?(text: String) {
        var text = text
        guard let parsed = text.withUTF8(CMarkDocument.parse) else { return nil }
        self.init(root: parsed)
    }

    private init(root: OpaquePointer) { self.root = root }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> OpaquePointer? {
        guard let base = buffer.baseAddress else { return cmark_parse_document("", 0, CMARK_OPT_DEFAULT) }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
        }
    }

    deinit { cmark_node_free(root) }

    /// Calls `visit` for each node as the walk enters it, in document order.
    public func forEachNode(_ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            visit(node)
        }
    }
}
