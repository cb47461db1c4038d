/// File-name helpers for classifying entries of a content folder.
enum FileName {
    /// The name without its last extension.
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The last extension, lower-cased ("" when none).
    static func lowercasedExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    static let yamlLike: Set<String> = ["yaml", "yml"]
    static let markdownLike: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn"]
}
