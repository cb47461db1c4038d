import ThanrakModel

/// Loads one community folder: its three YAML files and its pages.
struct CommunityLoader: Sendable {
    let languages: [String]
    /// See ContentLoader.fingerprints.
    let fingerprints: Bool

    struct Result: Sendable {
        var community: LoadedCommunity
        var diagnostics: [Diagnostic]
        var ioErrors: [FileSystem.IOError]
    }

    func load(id: String, folder: String) -> Result {
        var diagnostics: [Diagnostic] = []
        var ioErrors: [FileSystem.IOError] = []
        if !Identifier.isValid(id) {
            diagnostics.append(Diagnostic(file: folder + "/community.yaml", span: .fileStart, code: .badID, message: "'\(id)' is not a valid community id (the folder name): \(Identifier.problem(with: id))"))
        }
        let files = PageFolder(folder: folder, languages: languages, pageKind: .communityPage, dataFiles: LoadedCommunity.FileKind.allCases.map(\.rawValue), fingerprints: fingerprints).load()
        diagnostics += files.diagnostics
        ioErrors += files.ioErrors
        var loaded = LoadedCommunity(id: id, folder: folder, community: nil, canvas: nil, indicators: nil, pages: files.pages, assets: files.assets)
        var fingerprint: Fingerprint?
        if fingerprints {
            var f = Fingerprint()
            for page in files.pages { f.add(page.path); f.add(String(page.sourceHash)) }
            f.add(files.assetFingerprint)
            fingerprint = f
        }

        func decode<M>(_ kind: LoadedCommunity.FileKind, _ body: (YAMLNode, YAMLDecoder) throws(YAMLSyntaxError) -> M) -> M? {
            let path = loaded.file(kind)
            guard files.dataFilesPresent.contains(kind.rawValue) else {
                if kind != .indicators {
                    diagnostics.append(Diagnostic(file: path, span: .fileStart, code: .missingFile, message: "every community needs a \(kind.rawValue)"))
                }
                return nil
            }
            do {
                // The folder is open when it was listed, as it was to find the file.
                let origin: SourceFile.Origin = files.directory.map { .name(kind.rawValue, in: $0) } ?? .path(path)
                switch try SourceFile.read(origin, display: path, fingerprint: &fingerprint) {
                case .invalid(let d):
                    diagnostics.append(d)
                    return nil
                case .text(let bytes, let scanned):
                    let reading = YAMLDecoder.read(bytes, file: path, languages: languages, scanned: scanned, body)
                    diagnostics += reading.diagnostics
                    return reading.complete ? reading.model : nil
                }
            } catch {
                ioErrors.append(error)
                return nil
            }
        }

        loaded.community = decode(.community) { root, d throws(YAMLSyntaxError) in try CommunitySchema.decode(root, id: id, with: d) }
        loaded.canvas = decode(.canvas) { root, d throws(YAMLSyntaxError) in try CanvasSchema.decode(root, with: d) }
        loaded.indicators = decode(.indicators) { root, d throws(YAMLSyntaxError) in try IndicatorSchema.decode(root, with: d) }
        if loaded.indicators == nil && !files.dataFilesPresent.contains(LoadedCommunity.FileKind.indicators.rawValue) {
            loaded.indicators = []
        }
        loaded.fingerprint = fingerprint ?? Fingerprint()
        return Result(community: loaded, diagnostics: diagnostics, ioErrors: ioErrors)
    }
}
