import Foundation
import Mustache
import ThanrakLoad
import ThanrakModel

/// The Mustache page shells: the built-in ones, each replaceable by a file
/// of the same name in the site's own `Templates/` (beside `content/`), as
/// a Hugo theme is overridden. Shells receive pre-escaped values (use
/// triple mustaches) and only arrange sections rendered in Swift.
public struct ShellLibrary: Sendable {
    let library: MustacheLibrary
    let renderer: ShellRenderer
    /// Render every page with swift-mustache itself (tests compare the two).
    public var rendersDirectly = false
    /// Asset path → bytes, built-in overlaid by the site's `Templates/assets/`.
    public let assets: [String: [UInt8]]
    /// The shells and assets in use (part of every page's rebuild key).
    public let fingerprint: Fingerprint

    public static let shellNames = BuiltInTemplates.shells.keys.sorted()

    /// Loads the shells; problems in the site's templates are `template-error`.
    public static func load(siteTemplates: String?) -> (library: ShellLibrary?, diagnostics: [Diagnostic], ioErrors: [FileSystem.IOError]) {
        var sources: [String: (text: String, file: String?)] = BuiltInTemplates.shells.mapValues { ($0, nil) }
        var assets = BuiltInTemplates.textAssets.mapValues { Array($0.utf8) }
        for (name, base64) in BuiltInTemplates.binaryAssets {
            assets[name] = Data(base64Encoded: base64).map { Array($0) } ?? []
        }
        var diagnostics: [Diagnostic] = []
        var ioErrors: [FileSystem.IOError] = []
        if let folder = siteTemplates, FileSystem.isDirectory(folder) {
            do {
                for entry in try FileSystem.list(folder) where !entry.name.hasPrefix(".") {
                    let path = folder + "/" + entry.name
                    if entry.isDirectory && entry.name == "assets" {
                        try overlayAssets(from: path, prefix: "", into: &assets)
                        continue
                    }
                    let stem = String(entry.name.dropLast(".mustache".count))
                    guard !entry.isDirectory, entry.name.hasSuffix(".mustache"), sources[stem] != nil else {
                        diagnostics.append(Diagnostic(
                            file: path, span: .fileStart, code: .templateError,
                            message: "'\(entry.name)' is not a Thanrak shell (\(shellNames.map { $0 + ".mustache" }.joined(separator: ", ")))\(Suggestion.hint(for: entry.name, in: shellNames.map { $0 + ".mustache" }))"))
                        continue
                    }
                    let bytes = try FileSystem.read(path)
                    guard SourceText.validate(bytes) == nil else {
                        diagnostics.append(Diagnostic(file: path, span: .fileStart, code: .templateError, message: "the template is not valid UTF-8"))
                        continue
                    }
                    sources[stem] = (String(decoding: SourceText.droppingBOM(bytes), as: UTF8.self), path)
                }
            } catch {
                ioErrors.append(error)
            }
        }
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    file: source.file ?? "Templates/\(name).mustache",
                    span: SourceSpan(line: error.context.lineNumber, column: error.context.columnNumber),
                    code: .templateError, message: "the template does not parse: \(error.error)"))
            } catch {
                diagnostics.append(Diagnostic(file: source.file ?? name, span: .fileStart, code: .templateError, message: "the template does not parse: \(error)"))
            }
            diagnostics += references(in: source.text, file: source.file, known: Set(sources.keys))
        }
        guard diagnostics.isEmpty, ioErrors.isEmpty else { return (nil, diagnostics, ioErrors) }
        var fingerprint = Fingerprint()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) { fingerprint.add(name); fingerprint.add(source.text) }
        for name in assets.keys.sorted() { fingerprint.add(name); fingerprint.add(assets[name] ?? []) }
        return (ShellLibrary(library: library, renderer: ShellRenderer(library: library), assets: assets, fingerprint: fingerprint), [], [])
    }

    /// Renders a shell with its values (text pre-escaped), one swift-mustache
    /// render per page shape (see `ShellRenderer`).
    public func render(_ shell: String, _ values: ShellValues) -> [UInt8] {
        if rendersDirectly { return renderDirectly(shell, values) }
        var out: [UInt8] = []  // the renderer reserves the page's exact size
        renderer.render(shell, values, into: &out)
        return out
    }

    /// The same page rendered by swift-mustache directly, value by value
    /// (the reference the fast path is tested against).
    public func renderDirectly(_ shell: String, _ values: ShellValues) -> [UInt8] {
        Array((library.render(ShellLibrary.plain(values), withTemplate: shell) ?? "").utf8)
    }

    static func plain(_ values: ShellValues) -> [String: Any] {
        var plain: [String: Any] = [:]
        for (key, value) in values.entries {
            switch value {
            case .text(let s): plain[key] = s
            case .html(let b): plain[key] = String(decoding: b, as: UTF8.self)
            case .flag(let f): plain[key] = f
            case .list(let l): plain[key] = l.map(Self.plain)
            }
        }
        return plain
    }

    /// `{{>name}}` and `{{<name}}` must name shells that exist.
    static func references(in text: String, file: String?, known: Set<String>) -> [Diagnostic] {
        guard let file else { return [] }
        var found: [Diagnostic] = []
        var line = 1, column = 1
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first {
            if scalars.starts(with: "{{>".unicodeScalars) || scalars.starts(with: "{{<".unicodeScalars) {
                let after = scalars.dropFirst(3)
                let name = String(String.UnicodeScalarView(after.prefix { $0 != "}" })).trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !known.contains(name) {
                    found.append(Diagnostic(
                        file: file, span: SourceSpan(line: line, column: column, length: name.count + 5), code: .templateError,
                        message: "'\(name)' is not a shell\(Suggestion.hint(for: name, in: known.sorted()))"))
                }
            }
            if first == "\n" { line += 1; column = 1 } else { column += 1 }
            scalars = scalars.dropFirst()
        }
        return found
    }

    private static func overlayAssets(from folder: String, prefix: String, into assets: inout [String: [UInt8]]) throws(FileSystem.IOError) {
        for entry in try FileSystem.list(folder) where !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            if entry.isDirectory {
                try overlayAssets(from: path, prefix: prefix + entry.name + "/", into: &assets)
            } else {
                assets[prefix + entry.name] = try FileSystem.read(path)
            }
        }
    }
}
