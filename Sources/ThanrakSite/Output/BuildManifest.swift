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
/// and assets, the `thanrak` binary itself, and the names of the
/// communities it trades with (they appear on its page and map). Pages
/// that aggregate many communities (lists, areas, SDG goals) are always
/// rendered.
///
/// The marker also holds one key for the whole site (every community key,
/// the shared inputs and the base URL) and every file with its size, all
/// of it the same on every run (no times), so two builds of the same
/// content stay byte-identical, marker included. When the site key is
/// unchanged and every file is still as the last build left it, the build
/// leaves the output untouched (`UnchangedSite`).
struct BuildManifest {
    static let header = "This folder was built by thanrak; the next build replaces it.\n"

    var keys: [String: String] = [:]
    var siteKey = ""
    /// Every file of the build in job order, with its size.
    var files: [(path: String, size: Int)] = []

    init(keys: [String: String], siteKey: String) {
        self.keys = keys
        self.siteKey = siteKey
    }

    /// Reads a previous build's marker; empty when absent or of another format.
    init(markerText: String) {
        for line in markerText.split(separator: "\n") {
            if line.hasPrefix("community ") {
                let parts = line.split(separator: " ")
                if parts.count == 3 { keys[String(parts[1])] = String(parts[2]) }
            } else if line.hasPrefix("site ") {
                siteKey = String(line.dropFirst(5))
            } else if line.hasPrefix("file ") {
                // file <size> <path>; the path is the rest of the line.
                let parts = line.split(separator: " ", maxSplits: 2)
                guard parts.count == 3, let size = Int(parts[1]) else { continue }
                files.append((String(parts[2]), size))
            }
        }
    }

    var markerText: String {
        var out = Self.header
        for id in keys.keys.sorted() { out += "community \(id) \(keys[id] ?? "")\n" }
        out += "site \(siteKey)\n"
        // A path with a line break cannot be listed; without the list the
        // next build simply renders again.
        guard !files.contains(where: { $0.path.contains("\n") }) else { return out }
        out.reserveCapacity(out.utf8.count + files.count * 64)
        for f in files { out += "file \(f.size) \(f.path)\n" }
        return out
    }

    /// One key for everything the site is built from.
    static func siteKey(keys: [String: String], model: SiteModel, shells: ShellLibrary) -> String {
        var f = model.content.sharedFingerprint
        f.add(shells.fingerprint)
        f.add(FileSystem.stamp("/proc/self/exe"))
        f.add(model.site.baseURL)
        for id in keys.keys.sorted() {
            f.add(id)
            f.add(keys[id] ?? "")
        }
        return f.hex
    }

    /// The keys of this build's communities.
    static func keys(model: SiteModel, graph: SiteGraph, shells: ShellLibrary, jobs: Int = 1) -> [String: String] {
        var shared = model.content.sharedFingerprint
        shared.add(shells.fingerprint)
        shared.add(FileSystem.stamp("/proc/self/exe"))
        var fingerprints: [String: Fingerprint] = [:]
        for c in model.content.communities { fingerprints[c.id] = c.fingerprint }
        // Per community on every core (90 ms of one core at 10,000 communities).
        let base = shared
        let found = fingerprints
        let keyed = Parallel.map(Array(model.communities.indices), jobs: jobs) { i -> (String, String) in
            let v = model.communities[i]
            var f = base
            f.add(v.id)
            f.add(found[v.id] ?? Fingerprint())
            if let node = graph.index["community:" + v.id] {
                for n in graph.neighbours(of: node).sorted() {
                    if case .community(let j) = graph.nodes[n].kind, j != i {
                        f.add(model.communities[j].id)
                        for t in model.communities[j].community.name.translations { f.add(t.language); f.add(t.text) }
                    }
                }
            }
            return (v.id, f.hex)
        }
        return Dictionary(keyed, uniquingKeysWith: { _, last in last })
    }
}
