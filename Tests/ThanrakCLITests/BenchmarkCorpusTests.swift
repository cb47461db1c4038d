import Foundation
import Testing
import ThanrakTestSupport

/// The benchmark measures what it claims only while its generated corpus is
/// a site Thanrak accepts without a word and its Hugo twin holds the same
/// plans. This keeps `Benchmarks/generate.py` in step with the content
/// format: a corpus that drew diagnostics, or a twin that lost a
/// community, would make every table in docs/performance.md compare
/// something else.
@Suite struct BenchmarkCorpusTests {
    static let generator = ThanrakBinary.packageRoot.appendingPathComponent("Benchmarks/generate.py").path
    static let communities = 40

    /// Runs the corpus generator (python3, as the benchmark scripts do).
    static func generate(into folder: String, seed: Int, hugo: String? = nil) throws -> ThanrakBinary.Run {
        var arguments = ["python3", generator, "--communities", String(communities), "--seed", String(seed), "--out", folder, "--quiet"]
        if let hugo { arguments += ["--hugo", hugo] }
        return try ThanrakBinary.run(program: URL(fileURLWithPath: "/usr/bin/env"), arguments)
    }

    static func folders(in path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func generatedCorpusChecksCleanAndBuildsEveryCommunityPage() throws {
        let root = try TestTree(files: [:]).write()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let content = root + "/content", hugo = root + "/hugo", output = root + "/public"
        let generated = try Self.generate(into: content, seed: 7, hugo: hugo)
        try #require(generated.status == 0, "generate.py failed: \(generated.stderr)")

        let check = try ThanrakBinary.run(["check", "--content", content], in: URL(fileURLWithPath: root))
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.isEmpty, "the corpus draws diagnostics:\n\(check.stdout.prefix(2000))")

        let build = try ThanrakBinary.run(["build", "--content", content, "--output", output], in: URL(fileURLWithPath: root))
        try #require(build.status == 0, "\(build.stderr)")

        let ids = try Self.folders(in: content + "/communities")
        #expect(ids.count == Self.communities)
        for id in ids {
            for language in ["", "/en"] {
                for page in ["", "/canvas", "/handout"] {
                    let file = output + language + "/communities/" + id + page + "/index.html"
                    #expect(FileManager.default.fileExists(atPath: file), "missing \(file)")
                }
            }
        }

        // The twin: the same communities, each with the three pages Hugo
        // renders from it, in both languages.
        let twinIDs = try Self.folders(in: hugo + "/content/communities").filter { !$0.hasPrefix("_index") }
        #expect(twinIDs == ids)
        for id in twinIDs {
            let files = Set(try Self.folders(in: hugo + "/content/communities/" + id))
            for page in ["_index", "canvas", "handout"] {
                for language in ["th", "en"] {
                    #expect(files.contains("\(page).\(language).md"), "the twin of \(id) has no \(page).\(language).md")
                }
            }
        }
    }

    /// Same seed, same bytes: tables from different runs and machines
    /// measure the same plans.
    @Test func sameSeedGivesTheSameCorpus() throws {
        let root = try TestTree(files: [:]).write()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["a", "b"] {
            let generated = try Self.generate(into: root + "/" + name, seed: 3)
            try #require(generated.status == 0, "generate.py failed: \(generated.stderr)")
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: root + "/a").sorted()
        #expect(try FileManager.default.subpathsOfDirectory(atPath: root + "/b").sorted() == files)
        var compared = 0
        for file in files {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/a/" + file, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let a = FileManager.default.contents(atPath: root + "/a/" + file)
            let b = FileManager.default.contents(atPath: root + "/b/" + file)
            #expect(a == b, "\(file) differs between two runs with the same seed")
            compared += 1
        }
        #expect(compared > Self.communities * 3)
    }
}
