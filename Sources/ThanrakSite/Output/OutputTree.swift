import CSystem
import ThanrakLoad
#if canImport(Glibc)
import Glibc
#endif

/// Writes a site into a staging folder beside the output and swaps it in,
/// so a failed or killed build never leaves a half-written site (§11).
/// Pages are written with POSIX calls (Foundation's writers fsync every
/// file); a page whose bytes equal the previous build's is hard-linked
/// from it instead, keeping its mtime so rsync uploads only what changed.
/// A rebuild that keeps most files moves only the new ones into the output
/// instead (`InPlaceUpdate`).
public final class OutputTree: Sendable {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The marker file in every folder Thanrak builds.
    public static let marker = ".thanrak"
    public static let markerText = "This folder was built by thanrak; the next build replaces it.\n"

    public let output: String
    public let staging: String
    /// The previous build, when there is one (to link unchanged pages).
    let previous: String?
    /// When the previous build wrote its marker, its last file: a file of
    /// it modified later was edited by hand, and is not reused unread.
    let previousFinished: Int
    /// What the previous build's marker says (empty when there is none),
    /// read once: at 10,000 communities it lists 82,000 files.
    let previousBuild: BuildManifest
    /// Workers for removing the old tree.
    let jobs: Int

    /// Checks the output may be (re)built and prepares an empty staging folder.
    public init(output: String, content: String, jobs: Int = 1) throws(Problem) {
        self.jobs = jobs
        var out = output
        while out.count > 1 && out.hasSuffix("/") { out.removeLast() }
        self.output = out
        let name = out.split(separator: "/").last.map(String.init) ?? out
        let parent = out.contains("/") ? String(out[..<(out.lastIndex(of: "/") ?? out.endIndex)]) : "."
        self.staging = (parent.isEmpty ? "" : parent + "/") + "." + name + ".staging"
        guard name != "." && name != ".." && !name.isEmpty else { throw Problem(description: "'\(output)' cannot be an output folder; name a folder such as public") }
        try OutputTree.refuseOverlap(output: out, parent: parent.isEmpty ? "/" : parent, name: name, content: content)
        if FileSystem.exists(out) {
            guard FileSystem.isDirectory(out) else { throw Problem(description: "'\(out)' exists and is not a folder") }
            let entries = (try? FileSystem.list(out)) ?? []
            if !entries.isEmpty && !entries.contains(where: { $0.name == OutputTree.marker }) {
                throw Problem(description: "'\(out)' is not empty and was not built by thanrak (no \(OutputTree.marker) file); refusing to replace it")
            }
            previous = entries.isEmpty ? nil : out
        } else {
            previous = nil
        }
        var st = stat()
        if let previous, lstat(previous + "/" + OutputTree.marker, &st) == 0 {
            previousFinished = FileStamp(st).modified
        } else {
            previousFinished = Int.min
        }
        previousBuild = BuildManifest(marker: previous.flatMap { try? FileSystem.read($0 + "/" + OutputTree.marker) } ?? [])
        if FileSystem.exists(staging) { try OutputTree.removeTree(staging) }
        guard mkdir(staging, 0o755) == 0 else { throw Problem(description: "cannot create \(staging): \(String(cString: strerror(errno)))") }
    }

    /// Refuses an output that is, contains or is inside the content folder
    /// (real paths, symlinks followed).
    static func refuseOverlap(output: String, parent: String, name: String, content: String) throws(Problem) {
        guard let realContent = realPath(content) else { return }
        let realOutput: String
        if let r = realPath(output) {
            realOutput = r
        } else if let p = realPath(parent) {
            realOutput = (p == "/" ? "" : p) + "/" + name
        } else {
            // Not created here: a build writes only inside --output and the
            // staging folder beside it (§11), and a mistyped parent should
            // not become a new folder tree.
            throw Problem(description: "the folder that should hold '\(output)' does not exist: '\(parent)'; create it first (mkdir -p '\(parent)') or choose another --output")
        }
        if realOutput == realContent || realContent.hasPrefix(realOutput + "/") || realOutput.hasPrefix(realContent + "/") {
            throw Problem(description: "the output '\(output)' is, contains or is inside the content folder '\(content)'; choose another --output")
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Creates the folder `relative` of the staging folder and any missing
    /// parents. Folders are made when a file first needs one, inside the
    /// parallel writers, instead of all up front: on a journaled ext4 the
    /// 70,000 folders of a 10,000-community site took 2.0–2.3 s of their
    /// own (mkdirs in one parent take turns on its lock), now spread under
    /// the other core's rendering. Two writers may race for the same folder;
    /// the loser sees EEXIST, which is success here.
    func makeFolder(_ relative: Substring, in root: String? = nil) throws(Problem) {
        let path = (root ?? staging) + "/" + relative
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = relative.lastIndex(of: "/") else {
            throw Problem(description: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        try makeFolder(relative[..<slash], in: root)
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Problem(description: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Runs `attempt` (an open or link that reports ENOENT when the file's
    /// folder is missing); on ENOENT makes the folder and tries once more.
    func withFolder(of relative: String, in root: String? = nil, _ attempt: () -> Bool) throws(Problem) -> Bool {
        if attempt() { return true }
        guard errno == ENOENT, let slash = relative.lastIndex(of: "/") else { return false }
        try makeFolder(relative[..<slash], in: root)
        return attempt()
    }

    public enum Outcome: Sendable { case written, linked }

    /// A file's size and modification time (ns).
    public struct FileStamp: Sendable, Equatable {
        public var size: Int
        public var modified: Int

        init(_ st: stat) {
            size = Int(st.st_size)
            modified = Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
        }
    }

    /// The stamp of a regular file of the current output (nil when missing).
    public func currentStamp(_ relative: String) -> FileStamp? {
        var st = stat()
        guard lstat(output + "/" + relative, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(st)
    }

    /// Links a file of the previous build into the new one unread (or, in
    /// place, leaves it where it is) and returns its size; nil when there is
    /// no such file, or it was modified after the previous build (the caller
    /// renders it instead).
    public func reuse(_ relative: String, inPlace: Bool = false) -> Int? {
        guard let previous else { return nil }
        var st = stat()
        let source = previous + "/" + relative
        guard lstat(source, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, FileStamp(st).modified <= previousFinished else { return nil }
        if inPlace { return Int(st.st_size) }
        let target = staging + "/" + relative
        guard (try? withFolder(of: relative, { link(source, target) == 0 })) == true else { return nil }
        return Int(st.st_size)
    }

    /// Writes one file into the staging folder (making its folder when
    /// missing), or links the previous build's copy when the bytes are the
    /// same; in place, such a copy is simply left where it is.
    public func write(_ relative: String, _ bytes: [UInt8], inPlace: Bool = false) throws(Problem) -> Outcome {
        let target = staging + "/" + relative
        if let previous, OutputTree.sameBytes(previous + "/" + relative, bytes) {
            if inPlace { return .linked }
            if try withFolder(of: relative, { link(previous + "/" + relative, target) == 0 }) { return .linked }
        }
        try create(relative, bytes)
        return .written
    }

    /// Writes the bytes as a new file of the staging folder.
    func create(_ relative: String, _ bytes: [UInt8]) throws(Problem) {
        let target = staging + "/" + relative
        var fd: Int32 = -1
        guard try withFolder(of: relative, {
            fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            return fd >= 0
        }) else { throw Problem(description: "cannot write \(target): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, raw.count - offset)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw Problem(description: "cannot write \(target): \(String(cString: strerror(errno)))") }
            offset += n
        }
    }

    /// True when the file exists with exactly these bytes.
    static func sameBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, Int(st.st_size) == bytes.count else { return false }
        var buffer = [UInt8](repeating: 0, count: bytes.count)
        var read = 0
        while read < bytes.count {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.read(fd, base + read, raw.count - read)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            read += n
        }
        return buffer == bytes
    }

    /// Marks the staging folder as ours and swaps it into place; the old
    /// tree is removed after the swap, never before the writes.
    public func commit(marker: [UInt8] = Array(OutputTree.markerText.utf8)) throws(Problem) {
        // Always a new file, never linked when its bytes are the same: its
        // time must be after every file of this build (`UnchangedSite`).
        try create(OutputTree.marker, marker)
        guard FileSystem.exists(output) else {
            guard rename(staging, output) == 0 else { throw Problem(description: "cannot move \(staging) to \(output): \(String(cString: strerror(errno)))") }
            return
        }
        if thanrak_exchange_paths(staging, output) == 0 {
            try OutputTree.removeTree(staging, jobs: jobs)
            return
        }
        // No atomic exchange here: two renames, the old tree parked aside.
        let aside = staging + ".old"
        if FileSystem.exists(aside) { try OutputTree.removeTree(aside) }
        guard rename(output, aside) == 0, rename(staging, output) == 0 else {
            throw Problem(description: "cannot swap \(staging) into \(output): \(String(cString: strerror(errno)))")
        }
        try OutputTree.removeTree(aside, jobs: jobs)
    }

    /// A file the previous build left in the output for the next one (a
    /// cache), or nil when there is none or it cannot be read.
    func previousFile(_ name: String) -> [UInt8]? {
        previous.flatMap { try? FileSystem.read($0 + "/" + name) }
    }

    /// Removes the staging folder after a failed build; the output stays whole.
    public func abandon() {
        try? OutputTree.removeTree(staging)
    }

    /// Deletes a folder and everything in it, its top-level branches on
    /// every core (symlinks are removed, not followed).
    static func removeTree(_ path: String, jobs: Int) throws(Problem) {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, jobs > 1 else { return try removeTree(path) }
        let entries: [FileSystem.Entry]
        do { entries = try FileSystem.list(path) } catch { throw Problem(description: error.description) }
        let failures = Parallel.map(entries, jobs: jobs) { entry -> String? in
            do throws(Problem) { try removeTree(path + "/" + entry.name) } catch { return error.description }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw Problem(description: failure) }
        try removeTree(path)
    }

    /// Deletes a folder and everything in it (symlinks are removed, not followed).
    static func removeTree(_ path: String) throws(Problem) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            let entries: [FileSystem.Entry]
            do { entries = try FileSystem.list(path) } catch { throw Problem(description: error.description) }
            for e in entries {
                let child = path + "/" + e.name
                var cst = stat()
                if lstat(child, &cst) == 0 && (cst.st_mode & S_IFMT) == S_IFDIR {
                    try removeTree(child)
                } else if unlink(child) != 0 && errno != ENOENT {
                    throw Problem(description: "cannot remove \(child): \(String(cString: strerror(errno)))")
                }
            }
            if rmdir(path) != 0 && errno != ENOENT { throw Problem(description: "cannot remove \(path): \(String(cString: strerror(errno)))") }
        } else if unlink(path) != 0 && errno != ENOENT {
            throw Problem(description: "cannot remove \(path): \(String(cString: strerror(errno)))")
        }
    }
}
