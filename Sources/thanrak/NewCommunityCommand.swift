import ArgumentParser
import Foundation
import ThanrakCheck
import ThanrakLoad
import ThanrakModel

struct NewCommunityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "community",
        abstract: "Write a skeleton community (community.yaml, canvas.yaml, index.md) that checks.",
        discussion: """
            Writes <content>/communities/<id>/ with every field of the profile and all nine \
            canvas steps, each with its guiding questions in Thai and English as comments, and \
            one placeholder item per step marked [กรอก] / [fill in] to rewrite at the workshop. \
            Refuses (exit 2) an invalid or reserved id, a content folder without site.yaml, and \
            a community that already exists.
            """)

    @Argument(help: "The community's id: a–z, 0–9 and single dashes, like ban-nong-bua. It names the folder and the page.")
    var id: String

    @Option(help: "The changwat (province), in Thai without จังหวัด, like อุดรธานี.")
    var changwat: String

    @Option(help: "The amphoe (district), in Thai without อำเภอ.")
    var amphoe: String?

    @Option(help: "The tambon (subdistrict), in Thai without ตำบล.")
    var tambon: String?

    @Option(help: "The group's name in Thai (default: the id, to be replaced).")
    var name: String?

    @Option(name: .customLong("name-en"), help: "The group's name in English.")
    var nameEN: String?

    @Option(help: "The content folder.")
    var content = "content"

    func run() throws {
        var writer = SkeletonWriter()
        do {
            let input = try checkedInput()
            try make(input, &writer)
        } catch {
            writer.rollBack()
            Terminal.printError(error.description)
            throw ExitCode(2)
        }
        print(report)
    }

    private var root: String { FolderPath.withoutTrailingSlashes(content) }
    private var folder: String { FolderPath.join(root, "communities/\(id)") }

    private func checkedInput() throws(NewError) -> NewCommunityInput {
        guard Identifier.isValid(id) else {
            throw NewError(description: "'\(id)' is not a valid community id: \(Identifier.problem(with: id))")
        }
        // These would shadow the @network/…, @partner/… link forms (id-collision).
        guard !InternalLink.kinds.contains(id) else {
            throw NewError(description: "'\(id)' cannot be a community id: @\(id)/… links mean something else; pick another id")
        }
        func text(_ value: String?, _ option: String) throws(NewError) -> String? {
            guard let value else { return nil }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw NewError(description: "--\(option) may not be empty") }
            guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw NewError(description: "--\(option) must be one line of text")
            }
            return trimmed
        }
        return NewCommunityInput(
            id: id, changwat: try text(changwat, "changwat") ?? changwat, amphoe: try text(amphoe, "amphoe"),
            tambon: try text(tambon, "tambon"), name: try text(name, "name"), nameEN: try text(nameEN, "name-en"))
    }

    private func make(_ input: NewCommunityInput, _ writer: inout SkeletonWriter) throws(NewError) {
        let siteFile = FolderPath.join(root, "site.yaml")
        guard FileSystem.exists(siteFile), !FileSystem.isDirectory(siteFile) else {
            throw NewError(description: "\(root)/ has no site.yaml, so it is not a content folder; give one with --content, or start a site with thanrak new site DIR")
        }
        guard !FileSystem.exists(folder) else {
            throw NewError(description: "\(folder)/ already exists; its files are left as they are (pick another id, or edit them)")
        }
        let languages: [String]
        do { languages = try ContentLoader.siteLanguages(path: siteFile) ?? ["th"] } catch { throw NewError(description: error.description) }
        let t = SkeletonText(languages: languages)
        try writer.makeFolders(FolderPath.join(root, "communities"))
        try writer.makeNewFolder(folder)
        try writer.create(folder + "/community.yaml", containing: CommunitySkeleton.text(input, t))
        try writer.create(folder + "/canvas.yaml", containing: CanvasSkeleton.text(communityID: id, t))
        try writer.create(folder + "/index.md", containing: StorySkeleton.text(communityID: id, languages: t.languages))
    }

    private var report: String {
        // The next commands as they would be typed here; the default
        // content and output folders need no options.
        var check = "thanrak check", build = "thanrak build"
        if root != "content" {
            let parent = FolderPath.parent(of: root)
            let output = parent == "." ? "public" : FolderPath.join(parent, "public")
            check += " --content \(NewPaths.shellWord(root))"
            build += " --content \(NewPaths.shellWord(root)) --output \(NewPaths.shellWord(output))"
        }
        var out = """
            Created community \(id) in \(folder)/:
              \(folder)/community.yaml   profile: name, location, stage, networks, cycle, scores, trades
              \(folder)/canvas.yaml      the nine canvas steps, each with its guiding questions
              \(folder)/index.md         the group's story

            Next steps:
              # fill in the three files with the group, rewriting every [กรอก] / [fill in] placeholder, then:
              \(check)
              \(build)
            """
        if amphoe != nil {
            out += "\n\nNote: check warns (cycle-gap) until the communities of an amphoe together cover the six roles of cycle: in community.yaml."
        }
        return out
    }
}
