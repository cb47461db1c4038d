import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import ThanrakTestSupport

/// `thanrak serve` end to end: the built binary serving a site on a free
/// port, rebuilding on a change, keeping the last good site on errors, and
/// removing its folder on Ctrl-C. Waits poll with a generous limit; no
/// test asserts how fast anything is.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `thanrak serve` and what it printed so far.
    final class Server: @unchecked Sendable {
        let process = Process()
        let port: Int
        private let lock = NSLock()
        private var printed = ""

        init(content: String, in directory: String) throws {
            port = Int.random(in: 20_000...40_000)
            process.executableURL = try ThanrakBinary.executable()
            process.arguments = ["serve", "--content", content, "--port", String(port), "--jobs", "2"]
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            let pipe = Pipe()
            process.standardError = pipe
            process.standardOutput = FileHandle.nullDevice
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                lock.lock()
                printed += String(decoding: data, as: UTF8.self)
                lock.unlock()
            }
            try process.run()
        }

        var stderr: String {
            lock.lock()
            defer { lock.unlock() }
            return printed
        }

        func get(_ path: String) -> (status: Int, body: String)? {
            guard let url = URL(string: "http://127.0.0.1:\(port)" + path) else { return nil }
            let done = DispatchSemaphore(value: 0)
            let result = Box()
            let config = URLSessionConfiguration.ephemeral
            config.timeoutIntervalForRequest = 10
            URLSession(configuration: config).dataTask(with: url) { data, response, _ in
                if let http = response as? HTTPURLResponse { result.value = (http.statusCode, String(decoding: data ?? Data(), as: UTF8.self)) }
                done.signal()
            }.resume()
            done.wait()
            return result.value
        }

        /// Polls until `condition` holds (at most 60 s).
        func wait(_ what: String, _ condition: () -> Bool) -> Bool {
            for _ in 0..<300 {
                if condition() { return true }
                Thread.sleep(forTimeInterval: 0.2)
            }
            Issue.record("timed out waiting for \(what); stderr:\n\(stderr)")
            return false
        }

        func stop() {
            if process.isRunning { kill(process.processIdentifier, SIGINT) }
            process.waitUntilExit()
        }
    }

    final class Box: @unchecked Sendable { var value: (Int, String)? }

    @Test func servesRebuildsOnChangeAndKeepsTheLastGoodSite() throws {
        let site = try TestBuild(TestTree.minimal())
        defer { site.remove() }
        let root = site.root
        let server = try Server(content: "content", in: root)
        defer { server.stop() }
        guard server.wait("the first build", { server.get("/")?.status == 200 }) else { return }
        let page = try #require(server.get("/communities/ban-a/"))
        #expect(page.body.contains("กลุ่มทอผ้าบ้านเอ"))
        #expect(page.body.contains("/__thanrak/generation"), "pages reload themselves")
        #expect(server.get("/communities/ban-a")?.status == 200, "the redirect to the folder is followed")
        #expect(server.get("/no-such-page/")?.status == 404)
        let generation = try #require(server.get("/__thanrak/generation")).body

        // An edit is rebuilt and served.
        let file = root + "/content/communities/ban-a/community.yaml"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try original.replacingOccurrences(of: "กลุ่มทอผ้าบ้านเอ", with: "กลุ่มทอผ้าบ้านเอใหม่").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(server.wait("the rebuild", { server.get("/communities/ban-a/")?.body.contains("กลุ่มทอผ้าบ้านเอใหม่") == true }))
        // The number moves once the new site is wholly in the output, a
        // moment after its first page is (pages reload on it, so never early).
        #expect(server.wait("the new generation", { server.get("/__thanrak/generation")?.body != generation }))

        // An error: reported, and the last good site stays served.
        try (original + "stage: [\n").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(server.wait("the report", { server.stderr.contains("still serving the last good site") }))
        #expect(server.stderr.contains("community.yaml:"))
        #expect(server.get("/communities/ban-a/")?.body.contains("กลุ่มทอผ้าบ้านเอใหม่") == true)

        // Ctrl-C: stops and removes the preview's folder.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thanrak-serve-\(server.process.processIdentifier)").path
        #expect(FileManager.default.fileExists(atPath: folder))
        server.stop()
        #expect(server.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func withoutAGoodSiteThePagesShowTheReport() throws {
        var tree = TestTree.minimal()
        tree.files["communities/ban-a/community.yaml"] = "name: [\n"
        let site = try TestBuild(tree)
        defer { site.remove() }
        let root = site.root
        let server = try Server(content: "content", in: root)
        defer { server.stop() }
        guard server.wait("the report page", { server.get("/")?.status == 503 }) else { return }
        let page = try #require(server.get("/anything/"))
        #expect(page.body.contains("community.yaml:1:"))
    }

    @Test func aPortInUseIsAUsageError() throws {
        let site = try TestBuild(TestTree.minimal())
        defer { site.remove() }
        let root = site.root
        let first = try Server(content: "content", in: root)
        defer { first.stop() }
        guard first.wait("the first server", { first.get("/")?.status == 200 }) else { return }
        let run = try ThanrakBinary.run(["serve", "--content", "content", "--port", String(first.port)], in: URL(fileURLWithPath: root))
        #expect(run.status == 2)
        #expect(run.stderr.contains("in use"))
    }
}
