import Foundation
import SitegenCore

/// The rendered content of every post and page from the last build (`.sitegen/build/v1/<output>.content`), so a
/// build re-renders only the pages whose inputs changed.
///
/// An entry is reused when two things hold: its `digest` (the page's source text, path and kind, sitegen.yml,
/// the build options and binary, and for a page that cites, the bibliography and style files) equals today's,
/// and every dependency recorded while it was rendered still gives the same answer: each cross-post label it
/// resolved (the target's path, title, number and anchor), each link and image URL it rewrote, each image size it
/// read. Anything else a page shows (neighbours, listings, templates) is applied after this stage, on every build.
struct ContentCache {
    static let magic = "sitegen-content-cache 1\n"

    /// What one page's rendering produced and what it depended on.
    struct Entry: Sendable {
        var digest: ContentHash
        /// (kind, question, answer) triples: `x` cross-post label, `l` URL rewrite, `i` image size.
        var dependencies: [Dependency]
        var html: String
        var toc: [TOCItem]
        var summary: String
        var wordCount: Int
        var mathEngine: String
        var hasMath: Bool
        var hasSidenotes: Bool
        /// The renderer's own findings and the citation processor's, without the image check (run every build).
        var renderDiagnostics: [Diagnostic]
        var citationDiagnostics: [Diagnostic]
    }

    struct Dependency: Hashable, Sendable {
        var kind: Character
        var question: String
        var answer: String
    }

    let file: URL

    init(manifest: URL) {
        file = manifest.deletingPathExtension().appendingPathExtension("content")
    }

    /// Entries by source path; empty when the file is missing, of another version or damaged.
    func load() -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        var reader = FieldReader(data: data)
        guard reader.readMagic(Self.magic) else { return [:] }
        var entries: [String: Entry] = [:]
        while !reader.atEnd {
            guard let entry = reader.entry() else { return [:] }
            entries[entry.0] = entry.1
        }
        return entries
    }

    /// Writes all entries atomically; a failure only costs the next build its reuse.
    func save(_ entries: [String: Entry]) {
        var out = Data(Self.magic.utf8)
        out.reserveCapacity(entries.values.reduce(0) { $0 + $1.html.utf8.count + $1.summary.utf8.count + 256 })
        let encoder = JSONEncoder()
        func field(_ s: String) {
            var s = s
            s.withUTF8 { bytes in
                out.append(contentsOf: "\(bytes.count):".utf8)
                out.append(bytes.baseAddress!, count: bytes.count)
            }
        }
        func diagnostics(_ list: [Diagnostic]) {
            field(list.isEmpty ? "" : (try? encoder.encode(list)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        }
        for (path, e) in entries {
            field(path)
            field(e.digest.description)
            field(String(e.dependencies.count))
            for d in e.dependencies {
                field(String(d.kind))
                field(d.question)
                field(d.answer)
            }
            field(e.html)
            field(String(e.toc.count))
            for t in e.toc {
                field(String(t.level))
                field(t.id)
                field(t.titleHTML)
                field(t.number.map { "+" + $0 } ?? "-")
            }
            field(e.summary)
            field(String(e.wordCount))
            field(e.mathEngine)
            field(e.hasMath ? "1" : "0")
            field(e.hasSidenotes ? "1" : "0")
            diagnostics(e.renderDiagnostics)
            diagnostics(e.citationDiagnostics)
        }
        let fm = FileManager.default
        try? fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = file.appendingPathExtension("tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard fm.createFile(atPath: temporary.path, contents: out) else { return }
        if rename(temporary.path, file.path) != 0 { try? fm.removeItem(at: temporary) }
    }

    /// Forgets the stored content (a failed or uncached build).
    func remove() { try? FileManager.default.removeItem(at: file) }

    /// Reads the length-prefixed fields `save` writes.
    private struct FieldReader {
        let data: Data
        var offset: Int

        init(data: Data) {
            self.data = data
            offset = data.startIndex
        }

        var atEnd: Bool { offset >= data.endIndex }

        mutating func readMagic(_ magic: String) -> Bool {
            let bytes = Data(magic.utf8)
            guard data.count >= bytes.count, data.prefix(bytes.count) == bytes else { return false }
            offset += bytes.count
            return true
        }

        mutating func field() -> String? {
            var length = 0
            var digits = 0
            while offset < data.endIndex, data[offset] != UInt8(ascii: ":") {
                let b = data[offset]
                guard b >= 0x30, b <= 0x39, digits < 12 else { return nil }
                length = length * 10 + Int(b - 0x30)
                digits += 1
                offset += 1
            }
            guard digits > 0, offset < data.endIndex, offset + 1 + length <= data.endIndex else { return nil }
            offset += 1
            let text = String(decoding: data[offset..<offset + length], as: UTF8.self)
            offset += length
            return text
        }

        mutating func int() -> Int? { field().flatMap { Int($0) } }

        mutating func diagnostics() -> [Diagnostic]? {
            guard let text = field() else { return nil }
            if text.isEmpty { return [] }
            return try? JSONDecoder().decode([Diagnostic].self, from: Data(text.utf8))
        }

        mutating func entry() -> (String, Entry)? {
            guard let path = field(), let digestText = field(), let digest = ContentHash(hex: Substring(digestText)),
                  let dependencyCount = int(), dependencyCount >= 0 else { return nil }
            var dependencies: [Dependency] = []
            for _ in 0..<dependencyCount {
                guard let kind = field()?.first, let question = field(), let answer = field() else { return nil }
                dependencies.append(Dependency(kind: kind, question: question, answer: answer))
            }
            guard let html = field(), let tocCount = int(), tocCount >= 0 else { return nil }
            var toc: [TOCItem] = []
            for _ in 0..<tocCount {
                guard let level = int(), let id = field(), let title = field(), let number = field() else { return nil }
                toc.append(TOCItem(level: level, id: id, titleHTML: title, number: number.hasPrefix("+") ? String(number.dropFirst()) : nil))
            }
            guard let summary = field(), let words = int(), let engine = field(), let math = field(), let sidenotes = field(),
                  let renderDiagnostics = diagnostics(), let citationDiagnostics = diagnostics() else { return nil }
            return (path, Entry(digest: digest, dependencies: dependencies, html: html, toc: toc, summary: summary,
                                wordCount: words, mathEngine: engine, hasMath: math == "1", hasSidenotes: sidenotes == "1",
                                renderDiagnostics: renderDiagnostics, citationDiagnostics: citationDiagnostics))
        }
    }
}
