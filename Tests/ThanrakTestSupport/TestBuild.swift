import Foundation
import ThanrakCheck
import ThanrakModel
import ThanrakSite

/// Builds a test tree into a site, as `thanrak build` does.
public struct TestBuild {
    /// The folder holding `content/` (and `Templates/` when given) and `public/`.
    public let root: String
    public var output: String { root + "/public" }
    public var content: String { root + "/content" }

    public init(_ tree: TestTree, templates: [String: String] = [:]) throws {
        var files: [String: String] = [:]
        for (path, text) in tree.files { files["content/" + path] = text }
        for (name, text) in templates { files["Templates/" + name] = text }
        var wrapped = TestTree(files: files)
        for (path, bytes) in tree.rawFiles { wrapped.rawFiles["content/" + path] = bytes }
        root = try wrapped.write()
    }

    public struct Outcome {
        public var diagnostics: [Diagnostic]
        public var report: SiteBuilder.Report?
        public var problem: String?
    }

    /// Checks, loads the shells and builds into `public/` (or `output`).
    @discardableResult
    public func build(jobs: Int = 1, output: String? = nil, baseURL: String? = nil, sitemapLimits: SitemapLimits = .standard, inPlaceShare: Double = 0.5) -> Outcome {
        let result = Checker(jobs: jobs).check(contentRoot: content)
        let shells = ShellLibrary.load(siteTemplates: root + "/Templates")
        let diagnostics = result.diagnostics + shells.diagnostics
        guard !diagnostics.contains(where: { $0.severity == .error }), let library = shells.library else {
            return Outcome(diagnostics: diagnostics, report: nil, problem: nil)
        }
        do throws(OutputTree.Problem) {
            let tree = try OutputTree(output: output ?? self.output, content: content, jobs: jobs)
            do throws(OutputTree.Problem) {
                var content = result.content
                if let baseURL { content.site.baseURL = baseURL }
                let report = try SiteBuilder.build(
                    content, shells: library, jobs: jobs, into: tree, sitemapLimits: sitemapLimits, inPlaceShare: inPlaceShare)
                try tree.finish(report)
                return Outcome(diagnostics: diagnostics, report: report, problem: nil)
            } catch {
                tree.abandon()
                throw error
            }
        } catch {
            return Outcome(diagnostics: diagnostics, report: nil, problem: error.description)
        }
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }

    /// Every file below a folder with its bytes, by relative path.
    public static func snapshot(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            result[String(url.path.dropFirst(base.path.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }

    public func remove() { try? FileManager.default.removeItem(atPath: root) }
}
