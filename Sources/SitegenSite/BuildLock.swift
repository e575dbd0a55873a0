import Foundation
import SitegenCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one output folder, held from the start of a build to its commit, so two builds of one
/// site never interleave. It is an advisory `flock(2)` on `.<name>.sitegen-lock` beside the output: the kernel
/// drops it when its process dies, so a killed build never leaves a stale lock, and a reused pid proves nothing.
final class BuildLock: @unchecked Sendable {  // the descriptor is written once, then only closed under `state`
    /// The lock file.
    let path: String
    private let state = NSLock()
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Takes the lock at `path`, waiting up to `timeout` seconds for another build to finish (`waiting` is told once).
    static func acquire(at path: String, timeout: TimeInterval, waiting: (String) -> Void) throws -> BuildLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw SitegenError("cannot create the build lock \(path): \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(max(0, timeout))
        var told = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw SitegenError("cannot lock \(path): \(reason)")
            }
            let holder = Self.holder(fd)
            if Date() >= deadline {
                close(fd)
                throw SitegenError("another build of this site is writing the same output folder\(holder)", diagnostics: [
                    .error("the output folder is locked by another sitegen build\(holder)", at: SourceLocation(file: path), rule: "output-locked",
                           hint: "wait for it to finish; the lock goes away by itself when that process ends"),
                ], isUsageError: true)
            }
            if !told {
                waiting("waiting for another sitegen build\(holder) to finish writing this output folder…")
                told = true
            }
            usleep(50_000)
        }
        // For people reading the file: who holds it. Nothing trusts this pid; the flock is the lock.
        _ = ftruncate(fd, 0)
        let text = "\(getpid())\n"
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        return BuildLock(path: path, descriptor: fd)
    }

    /// Releases the lock (also done when the process ends, however it ends).
    func release() {
        state.withLock {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
        }
    }

    private static func holder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = pread(fd, &buffer, buffer.count, 0)
        guard n > 0, let pid = Int(String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else { return "" }
        return " (process \(pid))"
    }
}
