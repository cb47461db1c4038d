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
struct BuildManifest {
    static let header = "This folder was built by thanrak; the next build replaces it.\n"

    var keys: [String: String] = [:]

    init(keys: [String: String]) { self.keys = keys }

    /// Reads a previous build's marker; empty when absent or of another format.
    init(markerText: String) {
        for line in markerText.split(separator: "\n") where line.hasPrefix("community ") {
            let parts = line.split(separator: " ")
            if parts.count == 3 { keys[String(parts[1])] = String(parts[2]) }
        }
    }

    var markerText: String {
        var out = Self.header
        for id in keys.keys.sorted() { out += "community \(id) \(keys[id] ?? "")\n" }
        return out
    }

    /// The keys of this build's communities.
    static func keys(model: SiteModel, graph: SiteGraph, shells: ShellLibrary) -> [String: String] {
        var shared = model.content.sharedFingerprint
        shared.add(shells.fingerprint)
        shared.add(FileSystem.stamp("/proc/self/exe"))
        var fingerprints: [String: Fingerprint] = [:]
        for c in model.content.communities { fingerprints[c.id] = c.fingerprint }
        var keys: [String: String] = [:]
        for (i, v) in model.communities.enumerated() {
            var f = shared
            f.add(v.id)
            f.add(fingerprints[v.id] ?? Fingerprint())
            if let node = graph.index["community:" + v.id] {
                for n in graph.neighbours(of: node).sorted() {
                    if case .community(let j) = graph.nodes[n].kind, j != i {
                        f.add(model.communities[j].id)
                        for t in model.communities[j].community.name.translations { f.add(t.language); f.add(t.text) }
                    }
                }
            }
            keys[v.id] = f.hex
        }
        return keys
    }
}
