import Foundation

/// Runs the built `thanrak` executable, as CI and users do.
enum ThanrakBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (for fixtures and the example site).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/ThanrakCLITests/Fixtures")

    /// `THANRAK_BINARY`, else the `thanrak` beside the test bundle (SwiftPM
    /// builds it there because this target depends on it).
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["THANRAK_BINARY"] { return URL(fileURLWithPath: path) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("thanrak")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue {
                return candidate
            }
            dir = dir.deletingLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "thanrak binary beside \(CommandLine.arguments[0])"])
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        return try run(program: executable(), arguments, in: directory, environment: environment)
    }

    /// Runs any program to its end and collects what it printed.
    static func run(program: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and block.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
