import ArgumentParser
import Dispatch
import FlyingFox
import FlyingSocks
import Foundation
import ThanrakSite

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site and serve it on 127.0.0.1, rebuilding when the content changes.",
        discussion: """
            Builds into a temporary folder (removed on Ctrl-C) and serves it at \
            http://127.0.0.1:<port>/. The content folder and the site's Templates/ are \
            watched; on a change the site is rebuilt (only what changed is rendered) and \
            open pages reload themselves. While the content has errors they are printed \
            here and the last good site stays served.
            """)

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The port to listen on (127.0.0.1 only).")
    var port = 1313

    @Option(help: "Worker threads (default: every core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if !(1...65535).contains(port) { throw ValidationError("--port must be between 1 and 65535") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !FileManager.default.fileExists(atPath: content) { throw ValidationError("no content folder '\(content)'") }
    }

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thanrak-serve-\(getpid())").path
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let output = folder + "/public"
        let state = PreviewState()
        let build = SiteBuild(content: content, output: output, jobs: jobs)
        let address: sockaddr_in
        do { address = try .inet(ip4: "127.0.0.1", port: UInt16(port)) } catch { throw ExitCode(2) }
        let server = HTTPServer(address: address, logger: .disabled, handler: PreviewHandler(files: PreviewFiles(root: output), state: state))

        let stop = DispatchSemaphore(value: 0)
        let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { stop.signal() }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }

        let failure = ServeFailure()
        Task {
            guard (try? await server.waitUntilListening()) != nil else { return }
            FileHandle.standardError.write(Data("thanrak: serving \(content) at http://127.0.0.1:\(port)/ (Ctrl-C to stop)\n".utf8))
        }
        Task {
            do { try await server.run() } catch {
                failure.set("cannot serve on 127.0.0.1:\(port): \(error) (is the port in use? try --port)")
                stop.signal()
            }
        }
        let watcher = Thread {
            var seen: ContentSnapshot?
            while true {
                let now = ContentSnapshot(folders: [content, build.templateFolder])
                if now != seen {
                    seen = now
                    rebuild(build, state: state)
                }
                Thread.sleep(forTimeInterval: 0.4)
            }
        }
        watcher.start()
        stop.wait()
        try? FileManager.default.removeItem(atPath: folder)
        if let message = failure.message {
            Terminal.printError(message)
            throw ExitCode(2)
        }
        FileHandle.standardError.write(Data("thanrak: stopped\n".utf8))
        Foundation.exit(0)
    }

    private func rebuild(_ build: SiteBuild, state: PreviewState) {
        switch build.run() {
        case .built(let report, let seconds, _):
            state.built()
            FileHandle.standardError.write(Data(SiteBuild.summary(report, seconds: seconds, output: "the preview").utf8))
        case .failed(_, let report):
            let hasSite = FileManager.default.fileExists(atPath: build.output + "/index.html")
            state.failed(report, hasSite: hasSite)
            if hasSite {
                FileHandle.standardError.write(Data("thanrak: still serving the last good site; fix the errors above and it is rebuilt\n".utf8))
            }
        }
    }
}

/// Why the server stopped, set once from its task.
final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?

    var message: String? {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    func set(_ message: String) {
        lock.lock()
        text = message
        lock.unlock()
    }
}
