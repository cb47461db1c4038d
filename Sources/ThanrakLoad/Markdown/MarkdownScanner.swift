import CCmark
import ThanrakModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a Markdown document's cmark AST once and collects what the checker
/// needs: `@` links (to resolve) and raw HTML or unsafe link targets that
/// the renderer drops (to warn about), each at its position in the file.
public enum MarkdownScanner {
    public struct Findings: Sendable {
        public var links: [MarkdownLink] = []
        public var omittedHTML: [OmittedHTML] = []
    }

    /// Turns cmark's (line, byte column) inside the Markdown text into the
    /// file's line and code-point column.
    public typealias PositionMap = (_ line: Int, _ codePointColumn: Int) -> SourceSpan

    public static func scan(_ source: String, map: PositionMap) -> Findings {
        var findings = Findings()
        let utf8 = Array(source.utf8)
        let lineStarts = lineStartOffsets(utf8)
        guard let document = CMarkDocument(utf8) else { return findings }

        func span(of node: OpaquePointer, length: Int, startsWith marker: UInt8? = nil) -> SourceSpan {
            let line = Int(cmark_node_get_start_line(node))
            let byteColumn = Int(cmark_node_get_start_column(node))
            var column = byteColumn
            if line >= 1, line <= lineStarts.count {
                let start = lineStarts[line - 1]
                let lineEnd = line < lineStarts.count ? lineStarts[line] : utf8.count
                var offset = min(lineEnd, start + max(0, byteColumn - 1))
                // libcmark 0.30 leaves the leading spaces it strips from a
                // paragraph's continuation lines out of inline positions:
                // the node's first character ('[', '!', '<') is further on.
                if let marker, offset < lineEnd, utf8[offset] != marker,
                   let found = utf8[offset..<lineEnd].firstIndex(of: marker) {
                    offset = found
                }
                column = SourceText.codePoints(in: utf8[start..<offset]) + 1
            }
            var s = map(line, column)
            s.length = length
            return s
        }

        document.forEachNode { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
                let marker = isImage ? UInt8(ascii: "!") : UInt8(ascii: "[")
                if url.hasPrefix("@") {
                    findings.links.append(MarkdownLink(destination: url, isImage: isImage, span: span(of: node, length: 1, startsWith: marker)))
                } else if !LinkTarget.isAllowed(url, isImage: isImage) {
                    findings.omittedHTML.append(OmittedHTML(snippet: url, isLinkTarget: true, span: span(of: node, length: 1, startsWith: marker)))
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                let firstLine = literal.prefix { $0 != "\n" }
                findings.omittedHTML.append(OmittedHTML(
                    snippet: String(firstLine.prefix(40)), isLinkTarget: false,
                    span: span(of: node, length: firstLine.unicodeScalars.count, startsWith: UInt8(ascii: "<"))))
            default:
                break
            }
        }
        return findings
    }

    /// Found with memchr: Thai paragraphs make long lines, and a byte loop
    /// over every page's text showed in the profile.
    static func lineStartOffsets(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        return starts
    }
}

/// Which link destinations the site may carry: http(s), mailto, relative
/// paths and fragments. Anything with another scheme (`javascript:`,
/// `data:`, `file:`) is dropped by the renderer and reported by the checker.
public enum LinkTarget {
    public static func isAllowed(_ url: String, isImage: Bool) -> Bool {
        guard let scheme = scheme(of: url) else { return true }
        return scheme == "http" || scheme == "https" || (!isImage && scheme == "mailto")
    }

    /// The URL's scheme, lower-cased, when it has one (`^[A-Za-z][A-Za-z0-9+.-]*:`).
    public static func scheme(of url: String) -> String? {
        let trimmed = url.drop { $0 == " " || $0 == "\t" }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let candidate = trimmed[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-") })
        else { return nil }
        return candidate.lowercased()
    }
}
