import Foundation

/// Folders of this repository that tests read: the example site and the
/// built-in page shells.
public enum Repository {
    /// The repository's root (this file is Tests/ThanrakTestSupport/Repository.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The example site, content/.
    public static let exampleContent = root.appendingPathComponent("content").path
    /// The built-in shells, Templates/.
    public static let templates = root.appendingPathComponent("Templates")
}
