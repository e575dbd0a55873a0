import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Physical paths: every symbolic link in the part of a path that exists is followed, so two spellings of one
/// folder (`linkroot/out` where `linkroot → Content`) compare equal.
enum ResolvedPath {
    /// The absolute physical path of `url`; components below the deepest existing folder are appended as written.
    static func of(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var missing: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                var base = String(cString: real)
                if base.hasSuffix("/") { base.removeLast() }
                return missing.reversed().reduce(base) { $0 + "/" + $1 }
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return url.standardizedFileURL.path }
            missing.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }

    /// True when `path` is `folder` or lies inside it (both physical paths).
    static func isWithin(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    /// True when `path` is a symbolic link whose target does not exist.
    static func isDanglingLink(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return false }
        return stat(path, &info) != 0
    }
}
