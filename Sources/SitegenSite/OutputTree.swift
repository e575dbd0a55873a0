import Foundation
import SitegenCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output being built: a staging folder beside the real output that replaces it in one atomic step only when
/// the whole build succeeded, so a failed or killed build leaves the previous `Site/` untouched.
///
/// Opening a tree checks the output folder (`OutputFolderCheck`), takes the folder's `BuildLock` (held until
/// `commit()` or `discard()`), and removes staging and old folders that interrupted builds left beside it: while
/// this build holds the lock, no other live build can own them.
final class OutputTree: @unchecked Sendable {
    /// The output folder (its physical path: symbolic links resolved).
    let destination: URL
    /// The folder this build writes into; it becomes `destination` at `commit()`.
    let staging: URL
    /// Notices about the output folder (adopted, forced, leftovers removed) for the build summary.
    let notices: [Diagnostic]
    private let buildLock: BuildLock
    private let lock = NSLock()
    private var written: Set<String> = []
    private var writtenHTMLBytes = 0
    private var createdDirectories: Set<String> = []
    /// When set, unchanged files are hard-linked from the previous output instead of written (OutputReuse.swift).
    var reuse: OutputReuse?

    /// Opens the output for a site rooted at `source`. `force` allows replacing a folder sitegen did not make;
    /// a second build of the same output waits up to `lockTimeout` seconds (`waiting` is told), then refuses.
    init(destination requested: URL, source: URL, force: Bool = false, lockTimeout: TimeInterval = 600,
         waiting: (String) -> Void = { _ in }) throws {
        let check = try OutputFolderCheck(output: requested, source: source, force: force)
        destination = check.destination
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw SitegenError("cannot create the folder \(parent.path) for the output: \(error.localizedDescription)", isUsageError: true)
        }
        buildLock = try BuildLock.acquire(at: parent.appendingPathComponent(".\(name).sitegen-lock").path, timeout: lockTimeout, waiting: waiting)
        staging = parent.appendingPathComponent(".\(name).sitegen-staging-\(getpid())")
        notices = check.notices + Self.removeLeftovers(of: destination)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            buildLock.release()
            throw SitegenError("cannot create the output folder next to \(destination.path): \(error.localizedDescription)")
        }
    }

    /// Staging (`-staging-`) and replaced (`-old-`) folders of builds that were killed; held by no live build
    /// because the caller holds the output's lock. An old folder is the previous output when a kill came between
    /// the two renames of the fallback swap and the output is missing: it is put back instead of removed.
    private static func removeLeftovers(of destination: URL) -> [Diagnostic] {
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let prefixes = [".\(name).sitegen-staging-", ".\(name).sitegen-old-"]
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return [] }
        var leftovers = entries.filter { entry in prefixes.contains { entry.hasPrefix($0) } }.sorted()
        var notices: [Diagnostic] = []
        if !fm.fileExists(atPath: destination.path),
           let old = leftovers.filter({ $0.hasPrefix(prefixes[1]) }).max(by: { modified(parent, $0) < modified(parent, $1) }),
           rename(parent.appendingPathComponent(old).path, destination.path) == 0 {
            leftovers.removeAll { $0 == old }
            notices.append(.warning("restored \(destination.path) from a build that was interrupted while replacing it",
                                    at: SourceLocation(file: destination.path), rule: "output-folder"))
        }
        var removed = 0
        for entry in leftovers where (try? fm.removeItem(at: parent.appendingPathComponent(entry))) != nil { removed += 1 }
        if removed > 0 {
            notices.append(Diagnostic(.note, "removed \(removed) folder(s) left beside \(name)/ by interrupted builds",
                                      at: SourceLocation(file: parent.path), rule: "output-folder"))
        }
        return notices
    }

    private static func modified(_ parent: URL, _ entry: String) -> Date {
        let attributes = try? FileManager.default.attributesOfItem(atPath: parent.appendingPathComponent(entry).path)
        return attributes?[.modificationDate] as? Date ?? .distantPast
    }

    /// Bytes of the HTML pages written so far (the measure the search index's size is reported against).
    var htmlBytes: Int { lock.withLock { writtenHTMLBytes } }

    /// Number of files written so far.
    var fileCount: Int { lock.withLock { written.count } }

    /// Writes `data` at `path` (relative, `/`-separated); a path that escapes the output is refused.
    func write(_ path: String, _ data: Data) throws {
        try write(path, data, key: nil)
    }

    private func write(_ path: String, _ data: Data, key: ContentHash?) throws {
        let path = try Self.checked(path)
        let url = staging.appendingPathComponent(path)
        try ensureDirectory(url.deletingLastPathComponent())
        if let reuse, !reuse.link(path, data, key: key, to: url) {
            // Never write through a hard link to the previous output.
            unlink(url.path)
            try Self.writeFile(url.path, data)
        } else if reuse == nil {
            try Self.writeFile(url.path, data)
        }
        lock.withLock {
            _ = written.insert(path)
            if path.hasSuffix(".html") { writtenHTMLBytes += data.count }
        }
    }

    /// Writes the text `render` makes at `path`, unless the previous output holds a file rendered from the same
    /// `RenderKey` (nil: always render), which is then hard-linked without rendering.
    func write(_ path: String, key: ContentHash?, render: () throws -> String) throws {
        if let key, let reuse {
            let checked = try Self.checked(path)
            let url = staging.appendingPathComponent(checked)
            try ensureDirectory(url.deletingLastPathComponent())
            if let size = reuse.linkRendered(checked, key: key, to: url) {
                lock.withLock {
                    _ = written.insert(checked)
                    if checked.hasSuffix(".html") { writtenHTMLBytes += size }
                }
                return
            }
        }
        try write(path, Data(try render().utf8), key: key)
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

    /// Replaces the destination with the staged output in one atomic exchange (two renames where the platform
    /// cannot exchange), then removes the previous output and releases the lock.
    func commit() throws {
        defer { buildLock.release() }
        try write(OutputFolderCheck.marker, text: "This folder is generated by sitegen and replaced by every build.\n"
                  + "Do not keep your own files here: edit Content/ and rebuild.\n")
        lock.withLock { _ = written.remove(OutputFolderCheck.marker) }
        let fm = FileManager.default
        var info = stat()
        guard lstat(destination.path, &info) == 0 else {
            guard rename(staging.path, destination.path) == 0 else {
                throw SitegenError("cannot move the new output into place at \(destination.path): \(String(cString: strerror(errno)))")
            }
            return
        }
        if AtomicSwap.exchange(staging.path, destination.path) {
            // The previous output now sits at the staging path; a kill before it is gone leaves a leftover
            // that the next build removes.
            try? fm.removeItem(at: staging)
            return
        }
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).sitegen-old-\(getpid())")
        try? fm.removeItem(at: old)
        guard rename(destination.path, old.path) == 0 else {
            throw SitegenError("cannot move the previous output aside: \(String(cString: strerror(errno)))")
        }
        guard rename(staging.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old.path, destination.path)
            throw SitegenError("cannot move the new output into place at \(destination.path): \(reason)")
        }
        try? fm.removeItem(at: old)
    }

    /// Throws the staged output away and releases the lock.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
        buildLock.release()
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
