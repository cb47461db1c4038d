import Foundation
import ThanrakLoad

/// A refusal or failure of `thanrak new`: one line on stderr, exit 2.
struct NewError: Error, CustomStringConvertible {
    var description: String
}

/// Creates the folders and files of a skeleton. A file is never replaced
/// (O_EXCL: one made since the checks, or by a second `new` at the same
/// time, loses nothing), and when a step fails everything made so far is
/// removed again, so a failed `new` leaves no half skeleton behind.
struct SkeletonWriter {
    /// What was made, in order; folders end in `/`.
    private(set) var created: [String] = []

    /// Makes `path` and any missing parents, remembering those it made.
    mutating func makeFolders(_ path: String) throws(NewError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o777) == 0 {
                created.append(prefix + "/")
            } else if errno != EEXIST {
                throw NewError(description: "cannot create \(prefix)/: \(String(cString: strerror(errno)))")
            } else if !FileSystem.isDirectory(prefix) {
                throw NewError(description: "\(prefix) exists and is not a folder")
            }
            prefix += "/"
        }
    }

    /// Makes one new folder; one that already exists is refused, since
    /// what is in it is someone's work.
    mutating func makeNewFolder(_ path: String) throws(NewError) {
        guard mkdir(path, 0o777) == 0 else {
            let reason = errno == EEXIST ? "it already exists" : String(cString: strerror(errno))
            throw NewError(description: "cannot create \(path)/: \(reason)")
        }
        created.append(path + "/")
    }

    mutating func create(_ path: String, containing text: String) throws(NewError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw NewError(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        created.append(path)
        var failed = false
        Array(text.utf8).withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failed = true; return }
                offset += n
            }
        }
        if failed {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw NewError(description: "cannot write \(path): \(reason)")
        }
        if close(fd) != 0 { throw NewError(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    /// Removes what this writer made, newest first (files before their folders).
    func rollBack() {
        for path in created.reversed() {
            if path.hasSuffix("/") { rmdir(String(path.dropLast())) } else { unlink(path) }
        }
    }
}
