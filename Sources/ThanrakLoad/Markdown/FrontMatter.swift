import ThanrakModel

/// Splits a `.md` file into YAML front matter and the Markdown body (§11):
/// front matter starts only when the first line is exactly `---` and ends at
/// the next line that is exactly `---`. Body lines keep their file numbers.
struct FrontMatterSplit {
    /// The YAML between the fences (nil when the file has none).
    var yaml: ArraySlice<UInt8>?
    var body: ArraySlice<UInt8>
    /// The file line the body starts on.
    var bodyFirstLine: Int
    /// The opening `---` had no closing line.
    var unterminated: Bool

    init(_ bytes: ArraySlice<UInt8>) {
        yaml = nil
        body = bytes
        bodyFirstLine = 1
        unterminated = false
        guard isFence(line(at: bytes.startIndex, in: bytes).content) else { return }
        var cursor = line(at: bytes.startIndex, in: bytes).next
        var lineNumber = 2
        let yamlStart = cursor
        while cursor < bytes.endIndex {
            let l = line(at: cursor, in: bytes)
            if isFence(l.content) {
                yaml = bytes[yamlStart..<cursor]
                body = bytes[l.next...]
                bodyFirstLine = lineNumber + 1
                return
            }
            cursor = l.next
            lineNumber += 1
        }
        unterminated = true
    }

    private func line(at start: Int, in bytes: ArraySlice<UInt8>) -> (content: ArraySlice<UInt8>, next: Int) {
        var end = start
        while end < bytes.endIndex && bytes[end] != 0x0A { end += 1 }
        var content = bytes[start..<end]
        if content.last == 0x0D { content = content.dropLast() }
        return (content, min(end + 1, bytes.endIndex))
    }

    private func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        line.count == 3 && line.allSatisfy { $0 == UInt8(ascii: "-") }
    }
}
