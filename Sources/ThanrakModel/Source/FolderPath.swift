/// Path arithmetic on the strings the user typed, without touching the
/// file system. Foundation's `NSString.deletingLastPathComponent` traps on
/// "." (swift-corelibs-foundation on Linux), and `thanrak check --content .`
/// is what a user types inside the content folder.
public enum FolderPath {
    /// The folder that holds `path`: "content" → ".", "site/content/" →
    /// "site", "/content" → "/", "." → "..", "../.." → "../../..".
    public static func parent(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed.isEmpty || trimmed == "." { return ".." }
        if trimmed == "/" { return "/" }
        let slash = trimmed.lastIndex(of: "/")
        let last = slash.map { trimmed[trimmed.index(after: $0)...] } ?? trimmed[...]
        // "." and ".." name a folder by where the user stands, so its
        // parent is one ".." further, not the text before the last slash.
        if last == "." || last == ".." { return trimmed + "/.." }
        guard let slash else { return "." }
        let head = withoutTrailingSlashes(String(trimmed[..<slash]))
        return head.isEmpty ? "/" : head
    }

    /// `folder` + "/" + `name`, without doubling the slash after "/".
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Without trailing slashes; "/" (or "//") stays "/".
    public static func withoutTrailingSlashes(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return String(p)
    }
}
