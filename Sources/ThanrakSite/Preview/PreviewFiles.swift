import ThanrakLoad
#if canImport(Glibc)
import Glibc
#endif

/// How `serve` answers a request path from the built site, as a static
/// host would: `…/` is its `index.html`, a folder without the slash is
/// redirected to it (so the pages' relative links resolve), anything else
/// missing gets the site's `404.html`. Files whose names start with a dot
/// (the build's marker and cache) are not served, and no path leaves the
/// site folder.
public struct PreviewFiles: Sendable {
    public enum Answer: Equatable, Sendable {
        case file(path: String, contentType: String)
        case redirect(location: String)
        /// `page`: the site's 404 page, when it has one.
        case notFound(page: String?)
    }

    public let root: String

    public init(root: String) { self.root = root }

    /// `path`: the request's path, still percent-encoded (Thai area names are).
    public func answer(_ path: String) -> Answer {
        // Looked up only for a miss: most requests find their file.
        var missing: Answer { .notFound(page: Self.isFile(root + "/404.html") ? root + "/404.html" : nil) }
        guard path.hasPrefix("/"), let decoded = SitePath.percentDecoded(path) else { return missing }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0.hasPrefix(".") || $0.contains("\0") }) else { return missing }
        let file = root + (segments.isEmpty ? "" : "/" + segments.joined(separator: "/"))
        if decoded.hasSuffix("/") {
            let index = file + "/index.html"
            return Self.isFile(index) ? .file(path: index, contentType: Self.contentType(index)) : missing
        }
        if Self.isFile(file) { return .file(path: file, contentType: Self.contentType(file)) }
        if FileSystem.isDirectory(file), Self.isFile(file + "/index.html") { return .redirect(location: path + "/") }
        return missing
    }

    static func isFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    /// By extension, for what a Thanrak site holds (pages, styles, scripts,
    /// data exports, images and fonts of community folders).
    public static func contentType(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "csv": return "text/csv; charset=utf-8"
        case "dot": return "text/vnd.graphviz; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }

    /// The page with `script` added before `</body>` (at the end when it
    /// has none): how the preview reloads itself after a rebuild, without
    /// the built files carrying it.
    public static func withScript(_ html: [UInt8], _ script: String) -> [UInt8] {
        let tag = Array("</body>".utf8)
        var at = html.count
        if html.count >= tag.count {
            for i in stride(from: html.count - tag.count, through: 0, by: -1) where html[i] == tag[0] && Array(html[i..<(i + tag.count)]) == tag {
                at = i
                break
            }
        }
        return Array(html[..<at]) + Array(script.utf8) + Array(html[at...])
    }
}
