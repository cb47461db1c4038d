import ArgumentParser
import Foundation
import ThanrakLoad
import ThanrakModel

/// `thanrak new site DIR` and `thanrak new community ID` (§9): skeletons
/// that check as written, for a facilitator to fill in at a workshop.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site, or a new community in a site, from a skeleton that checks.",
        subcommands: [NewSiteCommand.self, NewCommunityCommand.self])
}

struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create DIR/content with a site.yaml and the content folders.",
        discussion: """
            DIR and its parents are created as needed. A DIR that exists and is not empty is \
            refused (exit 2): nothing in it is touched. Edit content/site.yaml (title, base_url) \
            afterwards.
            """)

    @Argument(help: "The folder to create the site in; new or empty.")
    var dir: String

    func run() throws {
        var writer = SkeletonWriter()
        do {
            try make(&writer)
        } catch {
            writer.rollBack()
            Terminal.printError(error.description)
            throw ExitCode(2)
        }
        print(report)
    }

    private var root: String { FolderPath.withoutTrailingSlashes(dir) }

    private func make(_ writer: inout SkeletonWriter) throws(NewError) {
        guard !root.isEmpty else { throw NewError(description: "no folder given (an empty DIR); use . for this folder") }
        if FileSystem.exists(root) {
            guard FileSystem.isDirectory(root) else { throw NewError(description: "\(root) exists and is not a folder") }
            let entries: [FileSystem.Entry]
            do { entries = try FileSystem.list(root) } catch { throw NewError(description: error.description) }
            // Hidden entries count too: a .git folder is someone's work.
            guard entries.isEmpty else {
                throw NewError(description: "\(root)/ is not empty; thanrak new site only writes into a new or empty folder")
            }
        }
        try writer.makeFolders(root)
        let content = FolderPath.join(root, "content")
        try writer.makeNewFolder(content)
        try writer.create(content + "/site.yaml", containing: SiteSkeleton.siteYAML)
        for folder in SiteSkeleton.folders {
            try writer.makeNewFolder(content + "/" + folder)
            try writer.create(content + "/" + folder + "/.gitkeep", containing: "")
        }
    }

    private var report: String {
        let content = FolderPath.join(root, "content")
        var out = "Created a new site in \(root)/:\n"
        out += "  \(content)/site.yaml\n"
        for folder in SiteSkeleton.folders { out += "  \(content)/\(folder)/\n" }
        out += "\nNext steps:\n"
        if root != "." { out += "  cd \(NewPaths.shellWord(root))\n" }
        out += """
              # set title and base_url in content/site.yaml (base_url is a placeholder), then:
              thanrak new community ban-nong-bua --changwat อุดรธานี
              thanrak check
              thanrak build          # writes the site into public/
            """
        return out
    }
}

/// Paths as the user typed them, for messages and for the next commands.
enum NewPaths {
    /// A path quoted for a POSIX shell when it needs it, so a printed next
    /// step can be pasted as it is.
    static func shellWord(_ s: String) -> String {
        let safe = !s.isEmpty && s.unicodeScalars.allSatisfy { $0.value > 0x7F || CharacterSet.alphanumerics.contains($0) || "-_./".unicodeScalars.contains($0) }
        return safe ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
