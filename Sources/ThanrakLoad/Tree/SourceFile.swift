import ThanrakModel

/// Reads a content file and checks its bytes before any parser sees them:
/// an unreadable file is an I/O error (exit 2), invalid UTF-8 a diagnostic.
struct SourceFile {
    enum Outcome {
        case text(ArraySlice<UInt8>)
        case invalid(Diagnostic)
    }

    /// Reads the file, adding its path and bytes to `fingerprint`.
    static func read(path: String, display: String, fingerprint: inout Fingerprint) throws(FileSystem.IOError) -> Outcome {
        let bytes = try FileSystem.read(path)
        fingerprint.add(display)
        fingerprint.add(bytes)
        if let bad = SourceText.validate(bytes) {
            return .invalid(Diagnostic(
                file: display, span: bad.span, code: .invalidUTF8,
                message: "the file is not valid UTF-8 at byte offset \(bad.byteOffset); save it as UTF-8"))
        }
        return .text(SourceText.droppingBOM(bytes))
    }
}
