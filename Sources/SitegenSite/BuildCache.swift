import Foundation
import SitegenCore

/// The persistent build cache under `.sitegen/build/` (versioned, safe to delete, ignored by git; separate from
/// the feed cache in `.sitegen/cache/`). One manifest per output folder records what the last successful build
/// read (every input file's stamp) and wrote (every output file's size, hash and stamp).
///
/// It gives two things: a build whose inputs, options and sitegen binary are all unchanged does nothing and
/// keeps the output as it is; any other build renders everything but writes only the outputs whose bytes
/// changed, hard-linking the rest from the previous output into the staging tree (so untouched files keep their
/// modification time and the swap stays atomic). Either way the output is byte-identical to a clean build.
struct BuildCache {
    /// Bump when the manifest format or what the build depends on changes.
    static let formatVersion = 1
    /// The manifest file's own format (2: outputs carry their render key).
    static let manifestVersion = 2
    static let folderName = ".sitegen/build"

    let file: URL

    /// The manifest for builds of `options` (one per output folder).
    init(options: BuildOptions) {
        let key = ContentHash(Data(options.output.path.utf8)).description.prefix(16)
        file = options.source.appendingPathComponent(Self.folderName)
            .appendingPathComponent("v\(Self.formatVersion)").appendingPathComponent("\(key).manifest")
    }

    /// Everything besides input files that decides the output: options, and the sitegen binary itself.
    static func fingerprint(_ options: BuildOptions) -> String {
        let executable = Bundle.main.executablePath.flatMap { FileStamp(path: $0) }
        let parts: [String] = [
            "format=\(formatVersion)", "output=\(options.output.path)", "drafts=\(options.includeDrafts)",
            "base=\(options.baseURL ?? "")", "strict=\(options.strict)",
            "exe=\(executable.map { "\($0.size):\($0.modified):\($0.inode)" } ?? "?")",
        ]
        return parts.joined(separator: "|")
    }

    /// The stored state of the last successful build.
    struct Manifest {
        struct Header: Codable {
            var fingerprint: String
            /// When the input stamps were taken (ns since 1970): files modified within `racyWindow` of it carry a hash.
            var snapshotTime: Int64
            /// The earliest date of a post left out for being in the future: the output changes then.
            var validUntil: Date?
            var pages: Int
            var feeds: Int
            var files: Int
            var diagnostics: [Diagnostic]
        }
        var header: Header
        var inputs: [String: InputRecord]
        var outputs: [String: OutputRecord]
    }

    struct InputRecord: Equatable {
        var stamp: FileStamp
        /// Only for files modified close to the snapshot, whose stamp alone might miss a same-size edit in the same tick.
        var hash: ContentHash?
    }

    struct OutputRecord: Equatable {
        var stamp: FileStamp
        var hash: ContentHash
        /// For a templated output: the `RenderKey` it was rendered from.
        var key: ContentHash?
    }

    /// Two seconds: well above any file system's timestamp granularity that sitegen runs on.
    static let racyWindow: Int64 = 2_000_000_000

    // MARK: reading and writing

    func load() -> Manifest? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == "sitegen-build-cache \(Self.formatVersion).\(Self.manifestVersion)" else { return nil }
        lines = lines.dropFirst()
        guard let headerLine = lines.first,
              let header = try? JSONDecoder().decode(Manifest.Header.self, from: Data(headerLine.utf8)) else { return nil }
        var inputs: [String: InputRecord] = [:]
        var outputs: [String: OutputRecord] = [:]
        for line in lines.dropFirst() {
            let fieldCount = line.first == "O" ? 7 : 6
            let f = line.split(separator: "\t", maxSplits: fieldCount - 1, omittingEmptySubsequences: false)
            guard f.count == fieldCount, let size = Int64(f[1]), let modified = Int64(f[2]), let inode = UInt64(f[3]) else { return nil }
            let stamp = FileStamp(size: size, modified: modified, inode: inode)
            let path = Self.unescape(f[fieldCount - 1])
            switch f[0] {
            case "I": inputs[path] = InputRecord(stamp: stamp, hash: f[4] == "-" ? nil : ContentHash(hex: f[4]))
            case "O":
                guard let hash = ContentHash(hex: f[4]) else { return nil }
                outputs[path] = OutputRecord(stamp: stamp, hash: hash, key: ContentHash(hex: f[5]))
            default: return nil
            }
        }
        return Manifest(header: header, inputs: inputs, outputs: outputs)
    }

    /// Writes the manifest atomically (temporary file, then rename); a failure only costs the next build its cache.
    func save(_ manifest: Manifest) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let header = try? encoder.encode(manifest.header) else { return }
        var text = "sitegen-build-cache \(Self.formatVersion).\(Self.manifestVersion)\n" + String(decoding: header, as: UTF8.self) + "\n"
        for (path, r) in manifest.inputs.sorted(by: { $0.key < $1.key }) {
            text += "I\t\(r.stamp.size)\t\(r.stamp.modified)\t\(r.stamp.inode)\t\(r.hash?.description ?? "-")\t\(Self.escape(path))\n"
        }
        for (path, r) in manifest.outputs.sorted(by: { $0.key < $1.key }) {
            text += "O\t\(r.stamp.size)\t\(r.stamp.modified)\t\(r.stamp.inode)\t\(r.hash)\t\(r.key?.description ?? "-")\t\(Self.escape(path))\n"
        }
        let fm = FileManager.default
        try? fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = file.appendingPathExtension("tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard fm.createFile(atPath: temporary.path, contents: Data(text.utf8)) else { return }
        if rename(temporary.path, file.path) != 0 { try? fm.removeItem(at: temporary) }
    }

    /// Forgets the manifest (a failed or uncached build).
    func remove() { try? FileManager.default.removeItem(at: file) }

    private static func escape(_ path: String) -> String {
        path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func unescape(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var out = ""
        var escaped = false
        for c in field {
            if escaped {
                out.append(c == "t" ? "\t" : c == "n" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
