import ThanrakModel

/// Reads a content file and checks its bytes before any parser sees them:
/// an unreadable file is an I/O error (exit 2), invalid UTF-8 a diagnostic.
struct SourceFile {
    enum Outcome {
        /// The bytes (without a BOM), and what the scan learnt of them.
        case text(ArraySlice<UInt8>, SourceScan.Result)
        case invalid(Diagnostic)
    }

    /// Where a file is read from: its path, or its name in a folder held
    /// open (FileSystem.Folder).
    enum Origin {
        case path(String)
        case name(String, in: FileSystem.Folder)
    }

    /// Reads the file, adding its path and bytes to `fingerprint` when
    /// there is one (nil: the caller has no use for fingerprints).
    static func read(_ origin: Origin, display: String, fingerprint: inout Fingerprint?) throws(FileSystem.IOError) -> Outcome {
        let bytes: [UInt8]
        switch origin {
        case .path(let path): bytes = try FileSystem.read(path)
        case .name(let name, let folder): bytes = try folder.read(name)
        }
        let scan = bytes.withUnsafeBufferPointer { buffer in
            guard var f = fingerprint else { return SourceScan.scan(buffer) }
            f.add(display)
            let result = SourceScan.scan(buffer, into: &f)
            fingerprint = f
            return result
        }
        return outcome(bytes, scan, display: display)
    }

    /// Reads the file, adding its path and bytes to `fingerprint`.
    static func read(path: String, display: String, fingerprint: inout Fingerprint) throws(FileSystem.IOError) -> Outcome {
        var f: Fingerprint? = fingerprint
        let result = try read(.path(path), display: display, fingerprint: &f)
        if let f { fingerprint = f }
        return result
    }

    private static func outcome(_ bytes: [UInt8], _ scan: SourceScan.Result, display: String) -> Outcome {
        if let offset = scan.firstInvalidUTF8 {
            return .invalid(Diagnostic(
                file: display, span: SourceText.span(ofByte: offset, in: bytes), code: .invalidUTF8,
                message: "the file is not valid UTF-8 at byte offset \(offset); save it as UTF-8"))
        }
        return .text(SourceText.droppingBOM(bytes), scan)
    }
}
