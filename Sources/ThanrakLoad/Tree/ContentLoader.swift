import ThanrakModel

/// Walks a content tree (§1) and loads every file into the model:
/// `site.yaml` first (its languages type every Text), then communities in
/// parallel, then networks, partners and knowledge sets.
public struct ContentLoader: Sendable {
    public static let topLevelNames = ["site.yaml", "communities", "networks", "partners", "knowledge"]

    public let root: String
    public let jobs: Int
    /// Whether communities and pages get their fingerprints (a rebuild's
    /// cache keys): `build` needs them, `check` does not, and hashing every
    /// byte is a good part of reading the files. Without, they stay empty.
    public let fingerprints: Bool

    public init(root: String, jobs: Int, fingerprints: Bool = true) {
        var r = root
        while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
        self.root = r
        self.jobs = jobs
        self.fingerprints = fingerprints
    }

    public func load() -> LoadedContent {
        var content = LoadedContent(
            root: root, site: .fallback, siteFile: root + "/site.yaml", communities: [], networks: [],
            partners: [], knowledgeSets: [], diagnostics: [], ioErrors: [])
        let top: [FileSystem.Entry]
        do { top = try FileSystem.list(root) } catch {
            content.ioErrors.append(error)
            return content
        }
        var folders = Set<String>()
        for entry in top where !entry.name.hasPrefix(".") {
            switch (entry.name, entry.isDirectory) {
            case ("site.yaml", false): break
            case ("communities", true), ("networks", true), ("partners", true), ("knowledge", true):
                folders.insert(entry.name)
            default:
                content.diagnostics.append(unknownFile(
                    root + "/" + entry.name, "is not part of a content tree (\(ContentLoader.topLevelNames.joined(separator: ", ")))",
                    suggestion: Suggestion.closest(to: entry.name, in: ContentLoader.topLevelNames)))
            }
        }
        let languagesKnown = loadSite(into: &content, present: top.contains { $0.name == "site.yaml" && !$0.isDirectory })
        // Unknown languages (no readable site.yaml) are passed on as [], so
        // Text maps in other files are not all reported against a guess.
        let languages = languagesKnown ? content.site.languages : []
        if folders.contains("communities") { loadCommunities(into: &content, languages: languages) }
        if folders.contains("networks") {
            content.networks = loadEntities(folder: "networks", languages: languages, into: &content) { root, id, d throws(YAMLSyntaxError) in
                try NetworkSchema.decode(root, id: id, with: d)
            }
        }
        if folders.contains("partners") {
            content.partners = loadEntities(folder: "partners", languages: languages, into: &content) { root, id, d throws(YAMLSyntaxError) in
                try PartnerSchema.decode(root, id: id, with: d)
            }
        }
        if folders.contains("knowledge") { loadKnowledge(into: &content, languages: languages) }
        return content
    }

    // MARK: site.yaml

    /// Reads site.yaml; returns whether its languages are known.
    private func loadSite(into content: inout LoadedContent, present: Bool) -> Bool {
        let file = content.siteFile
        guard present else {
            content.diagnostics.append(Diagnostic(file: file, span: .fileStart, code: .missingFile, message: "every content tree needs a site.yaml with its title and base_url"))
            return false
        }
        do {
            switch try SourceFile.read(path: file, display: file, fingerprint: &content.sharedFingerprint) {
            case .invalid(let d):
                content.diagnostics.append(d)
                return false
            case .text(let bytes, _):
                let languages = SiteSchema.languages(in: Array(bytes))
                let reading = YAMLDecoder.read(bytes, file: file, languages: languages ?? ["th"]) { root, d throws(YAMLSyntaxError) in
                    try SiteSchema.decode(root, with: d)
                }
                if let site = reading.model { content.site = site }
                content.diagnostics += reading.diagnostics
                return languages != nil
            }
        } catch {
            content.ioErrors.append(error)
            return false
        }
    }

    // MARK: communities

    private func loadCommunities(into content: inout LoadedContent, languages: [String]) {
        let folder = root + "/communities"
        let entries: [FileSystem.Entry]
        do { entries = try FileSystem.list(folder) } catch {
            content.ioErrors.append(error)
            return
        }
        var ids: [String] = []
        for entry in entries where !entry.name.hasPrefix(".") {
            if entry.isDirectory {
                ids.append(entry.name)
            } else {
                content.diagnostics.append(unknownFile(
                    folder + "/" + entry.name, "communities/ holds one folder per community (communities/<id>/community.yaml)", suggestion: nil))
            }
        }
        let loader = CommunityLoader(languages: languages, fingerprints: fingerprints)
        // Loaded in reverse, so that popping the results gives them in order,
        // each moved out: iterating (or reversing) the results copies them,
        // retaining every string and array of every community.
        var loaded = Parallel.map(ids.reversed(), jobs: jobs) { id in loader.load(id: id, folder: folder + "/" + id) }
        content.communities.reserveCapacity(loaded.count)
        while let result = loaded.popLast() {
            content.communities.append(result.community)
            content.diagnostics += result.diagnostics
            content.ioErrors += result.ioErrors
        }
    }

    // MARK: networks and partners

    private func loadEntities<M: Sendable>(
        folder name: String, languages: [String], into content: inout LoadedContent,
        decode: (YAMLNode, String, YAMLDecoder) throws(YAMLSyntaxError) -> M
    ) -> [LoadedEntity<M>] {
        let folder = root + "/" + name
        let entries: [FileSystem.Entry]
        do { entries = try FileSystem.list(folder) } catch {
            content.ioErrors.append(error)
            return []
        }
        var result: [LoadedEntity<M>] = []
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            guard !entry.isDirectory, entry.name.hasSuffix(".yaml") else {
                let stem = FileName.stem(entry.name)
                content.diagnostics.append(unknownFile(
                    path, "is not a \(name.dropLast()) file: \(name)/ holds one <id>.yaml file each", suggestion: entry.isDirectory ? nil : stem + ".yaml"))
                continue
            }
            let id = String(entry.name.dropLast(5))
            if !Identifier.isValid(id) {
                content.diagnostics.append(Diagnostic(file: path, span: .fileStart, code: .badID, message: "'\(id)' is not a valid id: \(Identifier.problem(with: id))"))
            }
            var entity = LoadedEntity<M>(id: id, file: path, model: nil)
            do {
                switch try SourceFile.read(path: path, display: path, fingerprint: &content.sharedFingerprint) {
                case .invalid(let d): content.diagnostics.append(d)
                case .text(let bytes, let scanned):
                    let reading = YAMLDecoder.read(bytes, file: path, languages: languages, scanned: scanned) { root, d throws(YAMLSyntaxError) in
                        try decode(root, id, d)
                    }
                    entity.model = reading.complete ? reading.model : nil
                    content.diagnostics += reading.diagnostics
                }
            } catch {
                content.ioErrors.append(error)
            }
            result.append(entity)
        }
        return result
    }

    // MARK: knowledge sets

    private func loadKnowledge(into content: inout LoadedContent, languages: [String]) {
        let folder = root + "/knowledge"
        let entries: [FileSystem.Entry]
        do { entries = try FileSystem.list(folder) } catch {
            content.ioErrors.append(error)
            return
        }
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            guard entry.isDirectory else {
                content.diagnostics.append(unknownFile(path, "knowledge/ holds one folder per knowledge set (knowledge/<set>/index.md)", suggestion: nil))
                continue
            }
            if !Identifier.isValid(entry.name) {
                content.diagnostics.append(Diagnostic(file: path, span: .fileStart, code: .badID, message: "'\(entry.name)' is not a valid knowledge set id: \(Identifier.problem(with: entry.name))"))
            }
            let pages = PageFolder(folder: path, languages: languages, pageKind: .knowledgePage, dataFiles: [], fingerprints: fingerprints)
            let read = pages.load()
            content.diagnostics += read.diagnostics
            content.ioErrors += read.ioErrors
            if !read.pages.contains(where: { $0.id == "index" && $0.language == nil }) && !read.indexFailed {
                content.diagnostics.append(Diagnostic(file: path + "/index.md", span: .fileStart, code: .missingFile, message: "a knowledge set needs an index.md, its front page"))
            }
            content.knowledgeSets.append(KnowledgeSet(id: entry.name, folder: path, pages: read.pages, assets: read.assets))
            content.sharedFingerprint.add(path)
            for page in read.pages { content.sharedFingerprint.add(String(page.sourceHash)) }
            content.sharedFingerprint.add(read.assetFingerprint)
        }
    }
}

func unknownFile(_ path: String, _ why: String, suggestion: String?) -> Diagnostic {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var message = "'\(name)' \(why)"
    if let suggestion, suggestion != name { message += "; did you mean '\(suggestion)'?" }
    return Diagnostic(file: path, span: .fileStart, code: .unknownFile, message: message)
}
