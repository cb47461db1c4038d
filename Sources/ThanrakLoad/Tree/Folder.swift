#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// A folder held open while its files are read: each is opened by its
    /// name relative to the folder, so the kernel resolves one name instead
    /// of walking the whole path again for every file (a tenth of the
    /// kernel's time in a large check).
    public final class Folder {
        /// As given; paths in errors start with it.
        public let path: String
        private let dir: OpaquePointer
        /// A fresh DIR reads from the start; only a second listing rewinds
        /// (a system call saved per folder).
        private var listed = false

        public init(_ path: String) throws(IOError) {
            guard let dir = opendir(path) else { throw IOError(path: path, reason: FileSystem.errnoText()) }
            self.path = path
            self.dir = dir
        }

        deinit { closedir(dir) }

        /// Entries, sorted by name (byte order), `.` and `..` left out.
        public func list() -> [Entry] {
            if listed { rewinddir(dir) }
            listed = true
            var entries: [Entry] = []
            while let ent = readdir(dir) {
                let name = withUnsafeBytes(of: ent.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                var isDirectory = Int32(ent.pointee.d_type) == Int32(DT_DIR)
                if Int32(ent.pointee.d_type) == Int32(DT_UNKNOWN) || Int32(ent.pointee.d_type) == Int32(DT_LNK) {
                    isDirectory = FileSystem.isDirectory(path + "/" + name)
                }
                entries.append(Entry(name: name, isDirectory: isDirectory))
            }
            entries.sort { Folder.bytesPrecede($0.name, $1.name) }
            return entries
        }

        /// Byte order of the UTF-8, compared with memcmp: the generic
        /// `utf8.lexicographicallyPrecedes` walked String indices byte by
        /// byte, and sorting the 10,000 names of `communities/` is serial.
        static func bytesPrecede(_ a: String, _ b: String) -> Bool {
            var a = a, b = b
            return a.withUTF8 { x in
                b.withUTF8 { y in
                    let common = min(x.count, y.count)
                    if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                        let order = memcmp(p, q, common)
                        if order != 0 { return order < 0 }
                    }
                    return x.count < y.count
                }
            }
        }

        /// The whole file `name` of this folder, as FileSystem.read.
        public func read(_ name: String) throws(IOError) -> [UInt8] {
            let fd = openat(dirfd(dir), name, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw IOError(path: path + "/" + name, reason: FileSystem.errnoText()) }
            defer { close(fd) }
            return try FileSystem.readAll(fd, path: self.path + "/" + name)
        }
    }
}
