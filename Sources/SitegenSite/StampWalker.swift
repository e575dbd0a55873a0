import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists every regular file under a folder with its stamp, with `readdir` and `fstatat` (the build cache stamps
/// every input and checks every output on each build, so this walk is on the no-op build's path). Symbolic links
/// are followed as `stat` does; a folder reached twice (a link cycle) is walked once.
enum StampWalker {
    /// (path relative to `root`, stamp) for every regular file under `root`; empty when `root` is not a folder.
    static func files(under root: String) -> [(String, FileStamp)] {
        var out: [(String, FileStamp)] = []
        var seen: Set<UInt64> = []
        walk(root, prefix: "", into: &out, seen: &seen)
        return out
    }

    private static func walk(_ folder: String, prefix: String, into out: inout [(String, FileStamp)], seen: inout Set<UInt64>) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var info = stat()
        guard fstat(fd, &info) == 0, seen.insert(UInt64(info.st_ino) ^ (UInt64(info.st_dev) << 48)).inserted else { return }
        var folders: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            guard fstatat(fd, name, &info, 0) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                let stamp = FileStamp(size: Int64(info.st_size),
                                      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                                      inode: UInt64(info.st_ino))
                out.append((prefix + name, stamp))
            case S_IFDIR:
                folders.append(name)
            default:
                continue
            }
        }
        for name in folders {
            walk(folder + "/" + name, prefix: prefix + name + "/", into: &out, seen: &seen)
        }
    }
}
