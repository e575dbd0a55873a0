#if os(Linux)
import Foundation
import Glibc

/// Watches with Linux inotify: one watch per folder under the trees (added as folders appear) and one per
/// folder holding a single watched file. Folders rather than files are watched so that a save by rename
/// (write `x.tmp`, rename over `x`) is seen as `IN_MOVED_TO x`. A queue overflow reports every tree as changed.
final class InotifyWatcher: FileWatcher, @unchecked Sendable {
    private let targets: WatchTargets
    private let fd: Int32
    private let stopPipe: (read: Int32, write: Int32)
    private let lock = NSLock()
    private var folders: [Int32: String] = [:]
    private var thread: Thread?
    private let done = DispatchSemaphore(value: 0)
    private var stopped = false

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MODIFY)

    init?(_ targets: WatchTargets) {
        self.targets = targets
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { close(fd); return nil }
        stopPipe = (ends[0], ends[1])
    }

    deinit {
        close(fd)
        close(stopPipe.read)
        close(stopPipe.write)
    }

    func start(onChange: @escaping @Sendable ([String]) -> Void) throws {
        for tree in targets.trees { addTree(tree) }
        for folder in targets.fileFolders { add(folder) }
        let thread = Thread { [self] in
            defer { done.signal() }
            loop(onChange)
        }
        thread.name = "sitegen-inotify"
        self.thread = thread
        thread.start()
    }

    func stop() {
        let shouldWait = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped && thread != nil
        }
        guard shouldWait else { return }
        var byte: UInt8 = 1
        _ = write(stopPipe.write, &byte, 1)
        done.wait()
    }

    private func add(_ folder: String) {
        let wd = inotify_add_watch(fd, folder, Self.mask | UInt32(IN_ONLYDIR))
        guard wd >= 0 else { return }
        lock.withLock { folders[wd] = folder }
    }

    /// Watches `folder` and every folder under it (hidden ones skipped, as the build skips them).
    private func addTree(_ folder: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        add(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") { addTree(folder + "/" + name) }
    }

    private func loop(_ onChange: @Sendable ([String]) -> Void) {
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        var polls = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&polls, 2, -1)
            if ready < 0 { if errno == EINTR { continue } else { return } }
            if polls[1].revents != 0 { return }
            let count = read(fd, buffer, capacity)
            if count <= 0 { if errno == EINTR || errno == EAGAIN { continue } else { return } }
            var changed: [String] = []
            var offset = 0
            while offset + 16 <= count {
                let wd = buffer.load(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
                var name = ""
                if length > 0 {
                    let start = buffer.advanced(by: offset + 16).assumingMemoryBound(to: CChar.self)
                    name = String(cString: start)
                }
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { changed += targets.trees + targets.files; continue }
                guard let folder = lock.withLock({ folders[wd] }) else { continue }
                if mask & UInt32(IN_IGNORED) != 0 { lock.withLock { _ = folders.removeValue(forKey: wd) }; continue }
                let path = name.isEmpty ? folder : folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !name.hasPrefix(".") {
                    addTree(path)
                    changed += Self.filesUnder(path)
                }
                changed.append(path)
            }
            let relevant = Array(Set(changed.filter(targets.isRelevant))).sorted()
            if !relevant.isEmpty { onChange(relevant) }
        }
    }

    /// Files already inside a folder that appeared (moved in, or created and filled before its watch existed).
    private static func filesUnder(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let rel = walker.nextObject() as? String { paths.append(folder + "/" + rel) }
        return paths
    }
}
#endif
