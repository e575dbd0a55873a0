import Foundation
import SitegenCore
#if canImport(Glibc)
import Glibc
#endif

/// The output being built: a staging folder beside the real output that replaces it only when the whole
/// build succeeded, so a failed build leaves the previous `Site/` untouched.
final class OutputTree: @unchecked Sendable {
    let destination: URL
    let staging: URL
    private let lock = NSLock()
    private var written: Set<String> = []
    private var createdDirectories: Set<String> = []
    /// When set, unchanged files are hard-linked from the previous output instead of written (OutputReuse.swift).
    var reuse: OutputReuse?

    init(destination: URL) throws {
        self.destination = destination
        let parent = destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(destination.lastPathComponent).sitegen-staging-\(ProcessInfo.processInfo.processIdentifier)")
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw SitegenError("cannot create the output folder next to \(destination.path): \(error.localizedDescription)")
        }
    }

    /// Number of files written so far.
    var fileCount: Int { lock.withLock { written.count } }

    /// Writes `data` at `path` (relative, `/`-separated); a path that escapes the output is refused.
    func write(_ path: String, _ data: Data) throws {
        let path = try Self.checked(path)
        let url = staging.appendingPathComponent(path)
        try ensureDirectory(url.deletingLastPathComponent())
        if reuse?.link(path, data, to: url) != true { try Self.writeFile(url.path, data) }
        lock.withLock { _ = written.insert(path) }
    }

    /// open/write/close without the fsync Foundation adds: the staging folder is renamed into place at the end,
    /// and durability of a static site's output is not worth a sync per file.
    private static func writeFile(_ path: String, _ data: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SitegenError("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw SitegenError("cannot write \(path): \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
    }

    /// Writes UTF-8 text at `path`.
    func write(_ path: String, text: String) throws {
        try write(path, Data(text.utf8))
    }

    /// Copies a file into the output (a hard link would be faster but would alias the source).
    func copy(_ source: URL, to path: String) throws {
        if reuse != nil, let data = FileManager.default.contents(atPath: source.path) { return try write(path, data) }
        let path = try Self.checked(path)
        let url = staging.appendingPathComponent(path)
        try ensureDirectory(url.deletingLastPathComponent())
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.copyItem(at: source, to: url)
        lock.withLock { _ = written.insert(path) }
    }

    /// True when something was already written at `path`.
    func contains(_ path: String) -> Bool { lock.withLock { written.contains(path) } }

    /// Replaces the destination with the staged output.
    func commit() throws {
        let fm = FileManager.default
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).sitegen-old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: old)
        let hadPrevious = fm.fileExists(atPath: destination.path)
        if hadPrevious { try fm.moveItem(at: destination, to: old) }
        do {
            try fm.moveItem(at: staging, to: destination)
        } catch {
            if hadPrevious { try? fm.moveItem(at: old, to: destination) }
            throw SitegenError("cannot move the new output into place: \(error.localizedDescription)")
        }
        try? fm.removeItem(at: old)
    }

    /// Throws the staged output away.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func ensureDirectory(_ url: URL) throws {
        let key = url.path
        if lock.withLock({ createdDirectories.contains(key) }) { return }
        // One mkdir(2) when the parent exists (the common case); Foundation's recursive create stats every level.
        if mkdir(key, 0o755) != 0 && errno != EEXIST {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        lock.withLock { _ = createdDirectories.insert(key) }
    }

    private static func checked(_ path: String) throws -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw SitegenError("refusing to write outside the output folder: '\(path)'")
        }
        return parts.joined(separator: "/")
    }
}
