import Foundation

/// Listing entries (the `summary` template's output for each post) rendered by the previous build, by `RenderKey`,
/// so a changed build renders only the entries whose context changed. Kept in `.sitegen/build/v1/<output>.summaries`
/// by `sitegen build` and in memory by a `BuildSession`. Entries not used by a build are dropped when it saves.
final class SummaryMemo: @unchecked Sendable {
    static let magic = "sitegen-summaries 1\n"

    private let previous: [ContentHash: String]
    private let lock = NSLock()
    private var used: [ContentHash: String] = [:]

    init(previous: [ContentHash: String]) {
        self.previous = previous
    }

    /// The entry rendered from `key`, rendering it with `render` when no earlier build did.
    func html(_ key: ContentHash, render: () throws -> String) rethrows -> String {
        let html = try previous[key] ?? render()
        lock.withLock { used[key] = html }
        return html
    }

    /// The entries this build used.
    var entries: [ContentHash: String] { lock.withLock { used } }

    /// The entries stored in `file`; empty when it is missing, of another version or damaged.
    static func load(_ file: URL) -> [ContentHash: String] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        return data.withUnsafeBytes { raw -> [ContentHash: String] in
            let bytes = raw.bindMemory(to: UInt8.self)
            let magic = Array(Self.magic.utf8)
            guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { return [:] }
            var out: [ContentHash: String] = [:]
            var i = magic.count
            // Each entry: 32 hex digits, a tab, the byte length, a newline, the bytes.
            while i < bytes.count {
                guard i + 33 <= bytes.count, let key = ContentHash(hex: Substring(String(decoding: bytes[i..<i + 32], as: UTF8.self))),
                      bytes[i + 32] == UInt8(ascii: "\t") else { return [:] }
                i += 33
                var length = 0
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") {
                    guard bytes[i] >= 0x30, bytes[i] <= 0x39, length < 1 << 40 else { return [:] }
                    length = length * 10 + Int(bytes[i] - 0x30)
                    i += 1
                }
                guard i < bytes.count, i + 1 + length <= bytes.count else { return [:] }
                i += 1
                out[key] = String(decoding: bytes[i..<i + length], as: UTF8.self)
                i += length
            }
            return out
        }
    }

    /// Writes the entries this build used to `file` atomically; a failure only costs the next build its reuse.
    func save(_ file: URL) {
        var out = Data(Self.magic.utf8)
        for (key, html) in entries {
            out.append(contentsOf: "\(key)\t\(html.utf8.count)\n".utf8)
            out.append(contentsOf: html.utf8)
        }
        let fm = FileManager.default
        try? fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = file.appendingPathExtension("tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard fm.createFile(atPath: temporary.path, contents: out) else { return }
        if rename(temporary.path, file.path) != 0 { try? fm.removeItem(at: temporary) }
    }
}
