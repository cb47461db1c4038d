#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the loader needs: list a folder, read a file.
/// (Foundation's file APIs are slower and hide errno.)
public enum FileSystem {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var isDirectory: Bool
    }

    public struct IOError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot read \(path): \(reason)" }
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Entries of a folder, sorted by name (byte order), `.` and `..` left out.
    public static func list(_ path: String) throws(IOError) -> [Entry] {
        try Folder(path).list()
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Size and modification time, as a cache key (empty when unreadable).
    public static func stamp(_ path: String) -> String {
        var st = stat()
        guard stat(path, &st) == 0 else { return "" }
        return "\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }

    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// The whole file. Reads by its size, then to EOF in case it grew.
    public static func read(_ path: String) throws(IOError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IOError(path: path, reason: errnoText()) }
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    /// The rest of an open file; `path` names it in errors. Reads into
    /// uninitialised room for its size and one byte more: a read that stops
    /// short of the room is the end of a regular file, so one read takes a
    /// file that did not change; one that fills it means the file grew, and
    /// reading goes on to the end.
    static func readAll(_ fd: Int32, path: @autoclosure () -> String) throws(IOError) -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw IOError(path: path(), reason: errnoText()) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw IOError(path: path(), reason: "is a folder") }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(st.st_size), 0) + 1) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let n = systemRead(fd, base + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                count += n
                if n == 0 || count < buffer.count { return }
            }
        }
        if failure != 0 {
            errno = failure
            throw IOError(path: path(), reason: errnoText())
        }
        guard bytes.count == max(Int(st.st_size), 0) + 1 else { return bytes }
        while true {  // it grew: the rest, a block at a time
            let count = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
            let n = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return systemRead(fd, base + count, raw.count - count)
            }
            if n < 0 {
                bytes.removeLast(bytes.count - count)
                if errno == EINTR { continue }
                throw IOError(path: path(), reason: errnoText())
            }
            bytes.removeLast(bytes.count - count - n)
            if n == 0 { return bytes }
        }
    }
}
