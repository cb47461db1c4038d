import ThanrakLoad
import ThanrakModel

/// What a build was made from, kept in the `.thanrak` marker of the output:
/// one key per community. On the next build, a community whose key is
/// unchanged gets its pages hard-linked from the previous output without
/// rendering them (its bytes would be the same); everything else is
/// rendered, and written only where its bytes changed.
///
/// A community's key covers every input its own pages show: its files, the
/// shared files (site.yaml, networks, partners, knowledge sets), the shells
/// and assets, the `thanrak` binary itself, and, for each community it
/// trades with, that community's files and its number of edges: the page
/// names it, and the map draws every edge among the neighbours (declared in
/// their files) and, when crowded, keeps the best-connected ones. Pages
/// that show a known set of communities (an area, a network, a partner, an
/// SDG goal) have keys of their own (`AggregateKeys`) and are linked the
/// same way; pages over every community (home, lists, indexes) are always
/// rendered.
///
/// The marker also holds one key for the whole site (every community key,
/// the shared inputs and the base URL) and every file with its size, all
/// of it the same on every run (no times), so two builds of the same
/// content stay byte-identical, marker included. When the site key is
/// unchanged and every file is still as the last build left it, the build
/// leaves the output untouched (`UnchangedSite`).
struct BuildManifest {

    var keys: [String: String] = [:]
    /// Aggregating page (its default-language file path) → key.
    var pageKeys: [String: String] = [:]
    var siteKey = ""
    /// How many of the files are pages (for the report of an untouched build).
    var pages = 0
    /// Every file of the build in job order, with its size.
    var files: [(path: String, size: Int)] = []

    init(keys: [String: String], pageKeys: [String: String] = [:], siteKey: String) {
        self.keys = keys
        self.pageKeys = pageKeys
        self.siteKey = siteKey
    }

    /// Reads a previous build's marker; empty when absent or of another format.
    /// Parsed as bytes: a marker lists every file of the site (82,000 lines
    /// at 10,000 communities), and splitting it into Swift `Character`s
    /// took half a second of every rebuild.
    init(marker: [UInt8]) {
        marker.withUnsafeBufferPointer { all in
            for line in all.split(separator: UInt8(ascii: "\n")) { read(line: UnsafeBufferPointer(rebasing: line)) }
        }
    }

    private mutating func read(line: UnsafeBufferPointer<UInt8>) {
        func text(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> String { String(decoding: part, as: UTF8.self) }
        if let rest = Self.after("community ", in: line) {
            // community <id> <key>: exactly two words.
            let words = rest.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            if words.count == 2, !words[0].isEmpty, !words[1].isEmpty { keys[text(words[0])] = text(words[1]) }
        } else if let rest = Self.after("page ", in: line) {
            // page <key> <path>; the path is the rest of the line.
            guard let space = rest.firstIndex(of: UInt8(ascii: " ")), space > rest.startIndex, space + 1 < rest.endIndex else { return }
            pageKeys[text(rest[(space + 1)...])] = text(rest[rest.startIndex..<space])
        } else if let rest = Self.after("site ", in: line) {
            siteKey = text(rest)
        } else if let rest = Self.after("pages ", in: line) {
            pages = Int(text(rest)) ?? 0
        } else if let rest = Self.after("file ", in: line) {
            // file <size> <path>; the path is the rest of the line.
            guard let space = rest.firstIndex(of: UInt8(ascii: " ")), space > rest.startIndex, space + 1 < rest.endIndex else { return }
            var size = 0
            for digit in rest[rest.startIndex..<space] {
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9"), size < Int.max / 10 - 9 else { return }
                size = size * 10 + Int(digit - UInt8(ascii: "0"))
            }
            files.append((text(rest[(space + 1)...]), size))
        }
    }

    /// The rest of `line` after `prefix`, or nil when it does not start so.
    private static func after(_ prefix: StaticString, in line: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        let head = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard line.count >= head.count, line.prefix(head.count).elementsEqual(head) else { return nil }
        return line[head.count...]
    }

    /// The marker's bytes, written as they are read: one line per file of
    /// the site. It opens with OutputTree's own marker line.
    var marker: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + keys.count * 64 + files.count * 64)
        out.append(utf8: OutputTree.markerText)
        for id in keys.keys.sorted() {
            out.append(literal: "community ")
            out.append(utf8: id)
            out.append(literal: " ")
            out.append(utf8: keys[id] ?? "")
            out.append(literal: "\n")
        }
        // A path with a line break cannot be listed (bytes, so "\r\n" is
        // caught too); without its line the next build simply renders again.
        for path in pageKeys.keys.sorted() where !path.utf8.contains(UInt8(ascii: "\n")) {
            out.append(literal: "page ")
            out.append(utf8: pageKeys[path] ?? "")
            out.append(literal: " ")
            out.append(utf8: path)
            out.append(literal: "\n")
        }
        out.append(literal: "site ")
        out.append(utf8: siteKey)
        out.append(literal: "\npages ")
        out.append(decimal: pages)
        out.append(literal: "\n")
        if !files.contains(where: { $0.path.utf8.contains(UInt8(ascii: "\n")) }) {
            for f in files {
                out.append(literal: "file ")
                out.append(decimal: f.size)
                out.append(literal: " ")
                out.append(utf8: f.path)
                out.append(literal: "\n")
            }
        }
        return out
    }

    /// One key for everything the site is built from: every file of the
    /// content (the shared ones and each community's), the shells and
    /// assets, the binary, the base URL and the sitemap's limits. Taken from
    /// the loaded content alone, so an unchanged build needs no site model.
    static func siteKey(content: LoadedContent, shells: ShellLibrary, limits: SitemapLimits) -> String {
        var f = shared(content: content, shells: shells)
        f.add(content.site.baseURL)
        f.add(limits.urls)
        f.add(limits.bytes)
        for c in content.communities {
            f.add(c.id)
            f.add(c.fingerprint)
        }
        return f.hex
    }

    /// What every page is built from: the shared files, the shells and
    /// assets, and the `thanrak` binary itself.
    static func shared(content: LoadedContent, shells: ShellLibrary) -> Fingerprint {
        var shared = content.sharedFingerprint
        shared.add(shells.fingerprint)
        shared.add(FileSystem.stamp("/proc/self/exe"))
        return shared
    }

    /// The keys of this build's communities.
    static func keys(model: SiteModel, graph: SiteGraph, inputs: CommunityInputs, shared: Fingerprint, jobs: Int = 1) -> [String: String] {
        // Per community on every core (90 ms of one core at 10,000 communities).
        let keyed = Parallel.map(Array(model.communities.indices), jobs: jobs) { i -> (String, String) in
            let v = model.communities[i]
            var f = shared
            f.add(v.id)
            f.add(inputs.fingerprints[i])
            if let node = graph.index["community:" + v.id] {
                for n in graph.neighbours(of: node).sorted() {
                    // Its map draws every edge among its neighbours, each
                    // declared in one of their files (or a shared one).
                    guard case .community(let j) = graph.nodes[n].kind, j != i else { continue }
                    inputs.add(j, to: &f)
                }
            }
            return (v.id, f.hex)
        }
        return Dictionary(keyed, uniquingKeysWith: { _, last in last })
    }
}
