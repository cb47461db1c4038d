import ArgumentParser
import Foundation

@main
struct Thanrak: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "thanrak",
        abstract: "Checks Thai community business plans and builds them into a static website.",
        version: version,
        subcommands: [CheckCommand.self, BuildCommand.self, NewCommand.self, ServeCommand.self])

    /// ArgumentParser exits 64 on bad arguments; the format (§11) says 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
