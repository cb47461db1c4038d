import ThanrakModel

/// Classifies and loads the files of a community or knowledge-set folder:
/// pages (`<id>.md`, `<id>.<lang>.md`), the folder's data files, assets
/// (anything not YAML or Markdown), and everything else as `unknown-file`.
struct PageFolder {
    let folder: String
    let languages: [String]
    let pageKind: PageSchema.Kind
    /// YAML files this folder defines (`community.yaml`, …).
    let dataFiles: [String]
    /// See ContentLoader.fingerprints.
    let fingerprints: Bool

    struct Result {
        var pages: [Page] = []
        var assets: [String] = []
        /// Assets by name, size and modification time (they are read only when built).
        var assetFingerprint = Fingerprint()
        var dataFilesPresent: Set<String> = []
        var diagnostics: [Diagnostic] = []
        var ioErrors: [FileSystem.IOError] = []
        /// index.md exists but could not be read as a page.
        var indexFailed = false
        /// The folder, still open, for reading its data files (nil when it
        /// could not be listed).
        var directory: FileSystem.Folder?
    }

    func load() -> Result {
        var result = Result()
        let directory: FileSystem.Folder
        do { directory = try FileSystem.Folder(folder) } catch {
            result.ioErrors.append(error)
            return result
        }
        result.directory = directory
        let entries = directory.list()
        let names = Set(entries.map(\.name))
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            if entry.isDirectory {
                result.diagnostics.append(unknownFile(path, "is a subfolder; this folder holds pages and assets only (put images beside the pages)", suggestion: nil))
                continue
            }
            if dataFiles.contains(entry.name) {
                result.dataFilesPresent.insert(entry.name)
                continue
            }
            let ext = FileName.lowercasedExtension(entry.name)
            if entry.name.hasSuffix(".md") {
                loadPage(entry.name, path: path, in: directory, existing: names, into: &result)
            } else if FileName.yamlLike.contains(ext) {
                let wanted = dataFiles.isEmpty ? "a page (.md)" : dataFiles.joined(separator: ", ")
                let suggestion = Suggestion.closest(to: entry.name, in: dataFiles)
                    ?? dataFiles.first { FileName.stem($0) == FileName.stem(entry.name).lowercased() }
                result.diagnostics.append(unknownFile(path, "is not a file this folder defines (\(wanted))", suggestion: suggestion))
            } else if FileName.markdownLike.contains(ext) {
                result.diagnostics.append(unknownFile(path, "is not a page: pages end in '.md'", suggestion: FileName.stem(entry.name) + ".md"))
            } else {
                result.assets.append(entry.name)
                if fingerprints {
                    result.assetFingerprint.add(entry.name)
                    result.assetFingerprint.add(FileSystem.stamp(path))
                }
            }
        }
        result.pages.sort { ($0.id, $0.language ?? "") < ($1.id, $1.language ?? "") }
        return result
    }

    private func loadPage(_ name: String, path: String, in directory: FileSystem.Folder, existing: Set<String>, into result: inout Result) {
        let parts = name.dropLast(3).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let id = parts.first else {
            result.diagnostics.append(unknownFile(path, "is not a page name: use <page-id>.md or <page-id>.<lang>.md", suggestion: nil))
            return
        }
        var language: String?
        if parts.count == 2 {
            let lang = parts[1]
            let others = Array(languages.dropFirst())
            guard others.contains(lang) || (languages.isEmpty && SiteSchema.isLanguageCode(lang)) else {
                let note = others.isEmpty ? "site.yaml has no second language" : "translations are for \(others.joined(separator: ", "))"
                result.diagnostics.append(unknownFile(path, "is a translation into '\(lang)', but \(note)", suggestion: Suggestion.closest(to: lang, in: others).map { "\(id).\($0).md" }))
                return
            }
            guard existing.contains(id + ".md") else {
                result.diagnostics.append(Diagnostic(file: folder + "/" + id + ".md", span: .fileStart, code: .missingFile, message: "'\(name)' translates '\(id).md', which does not exist"))
                return
            }
            language = lang
        }
        if !Identifier.isValid(id) {
            result.diagnostics.append(Diagnostic(file: path, span: .fileStart, code: .badID, message: "'\(id)' is not a valid page id: \(Identifier.problem(with: id))"))
        }
        let kind: PageSchema.Kind = pageKind == .knowledgePage ? .knowledgePage : (id == "index" ? .communityStory : .communityPage)
        do {
            let loaded = try PageLoader(languages: languages, fingerprints: fingerprints).load(.name(name, in: directory), display: path, id: id, language: language, kind: kind)
            result.diagnostics += loaded.diagnostics
            if let page = loaded.page {
                result.pages.append(page)
            } else if id == "index" && language == nil {
                result.indexFailed = true
            }
        } catch {
            result.ioErrors.append(error)
        }
    }
}
