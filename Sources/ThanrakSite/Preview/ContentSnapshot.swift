import ThanrakLoad
#if canImport(Glibc)
import Glibc
#endif

/// What `serve` watches: every file under the content folder and the
/// site's `Templates/`, by path, size and modification time, folded into
/// one fingerprint. Polling keeps it portable and needs no watcher limits;
/// a walk over 10,000 communities (30,000 files) is a few tens of ms.
public struct ContentSnapshot: Equatable, Sendable {
    public private(set) var fingerprint = Fingerprint()
    public private(set) var files = 0

    public init(folders: [String]) {
        for folder in folders { add(folder, relative: folder) }
    }

    private mutating func add(_ path: String, relative: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        fingerprint.add(relative)
        if (st.st_mode & S_IFMT) == S_IFDIR {
            for entry in (try? FileSystem.list(path)) ?? [] {
                add(path + "/" + entry.name, relative: relative + "/" + entry.name)
            }
        } else {
            files += 1
            fingerprint.add(Int(st.st_size))
            fingerprint.add(Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
        }
    }
}
