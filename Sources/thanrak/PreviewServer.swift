import FlyingFox
import FlyingSocks
import Foundation
import ThanrakSite

/// What the preview knows between rebuilds: the build number (pages poll
/// it to reload themselves) and, while no site could be built yet, the
/// report to show instead. Requests read it on the server's tasks while
/// the watcher writes it, hence the lock.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = 0
    private var problem: String?

    var current: (generation: Int, problem: String?) {
        lock.lock()
        defer { lock.unlock() }
        return (generation, problem)
    }

    /// A new site is in the output.
    func built() {
        lock.lock()
        generation += 1
        problem = nil
        lock.unlock()
    }

    /// The content has errors. With a site built before, it stays served
    /// (the report is in the terminal); without one, pages show the report.
    func failed(_ report: String, hasSite: Bool) {
        lock.lock()
        generation += 1
        problem = hasSite ? nil : report
        lock.unlock()
    }
}

/// Serves the built site like a static host (`PreviewFiles`), adds to
/// each page a small script that reloads it after a rebuild, and answers
/// `/__thanrak/generation` for that script.
struct PreviewHandler: HTTPHandler {
    let files: PreviewFiles
    let state: PreviewState

    static let generationPath = "/__thanrak/generation"

    /// Polls once a second; reloads when the number moves on.
    static let reloadScript = """
        <script>(function(){var seen=null;setInterval(function(){fetch("\(generationPath)",{cache:"no-store"})\
        .then(function(r){return r.text()}).then(function(n){if(seen!==null&&n!==seen)location.reload();seen=n})\
        .catch(function(){})},1000)})();</script>
        """

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let now = state.current
        let path = request.target.path(percentEncoded: true)
        if path == Self.generationPath {
            return HTTPResponse(statusCode: .ok, headers: Self.headers("text/plain; charset=utf-8"), body: Data(String(now.generation).utf8))
        }
        if let problem = now.problem { return Self.problemPage(problem) }
        switch files.answer(path) {
        case .file(let file, let type):
            return Self.page(file, type: type, status: .ok, method: request.method)
        case .redirect(let location):
            var headers = Self.headers("text/plain; charset=utf-8")
            // Absolute when the Host is known: some clients (Foundation's
            // URLSession on Linux among them) do not follow a relative one.
            headers[.location] = request.headers[.host].map { "http://\($0)\(location)" } ?? location
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .notFound(let page):
            guard let page else { return HTTPResponse(statusCode: .notFound, headers: Self.headers("text/plain; charset=utf-8"), body: Data("not found\n".utf8)) }
            return Self.page(page, type: PreviewFiles.contentType(page), status: .notFound, method: request.method)
        }
    }

    static func headers(_ type: String) -> HTTPHeaders {
        // A preview changes under the reader: never cached.
        [.contentType: type, .cacheControl: "no-store"]
    }

    static func page(_ file: String, type: String, status: HTTPStatusCode, method: HTTPMethod) -> HTTPResponse {
        guard var bytes = FileManager.default.contents(atPath: file).map(Array.init) else {
            // Removed by a rebuild between the lookup and the read.
            return HTTPResponse(statusCode: .notFound, headers: headers("text/plain; charset=utf-8"), body: Data("not found\n".utf8))
        }
        if type.hasPrefix("text/html") { bytes = PreviewFiles.withScript(bytes, reloadScript) }
        return HTTPResponse(statusCode: status, headers: headers(type), body: method == .HEAD ? Data() : Data(bytes))
    }

    /// No site could be built yet: the report, in the browser.
    static func problemPage(_ report: String) -> HTTPResponse {
        let escaped = report.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>thanrak: the content has errors</title></head>
            <body><h1>The content has errors; nothing was built yet</h1><p>Fix them and this page reloads.</p>
            <pre>\(escaped)</pre>\(reloadScript)</body></html>
            """
        return HTTPResponse(statusCode: .serviceUnavailable, headers: headers("text/html; charset=utf-8"), body: Data(html.utf8))
    }
}
