import ThanrakLoad

/// Reads the files that diagnostics point into, once each, for snippets.
public final class SourceCache {
    private var lines: [String: [Substring]] = [:]

    public init() {}

    /// Line `n` (1-based) of a file, without its line break; nil if unreadable.
    public func line(_ n: Int, of file: String) -> Substring? {
        if lines[file] == nil {
            guard let bytes = try? FileSystem.read(file) else { return nil }
            let text = String(decoding: SourceText.droppingBOM(bytes), as: UTF8.self)
            lines[file] = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.last == "\r" ? $0.dropLast() : $0
            }
        }
        guard let all = lines[file], n >= 1, n <= all.count else { return nil }
        return all[n - 1]
    }
}
