import Foundation
import SitegenCore

/// The key of one templated output: a hash of the template's name, the theme's templates and the whole context
/// the template sees, so two renders with the same key give the same bytes. With the build cache, an output whose
/// key equals the one recorded for it last time is hard-linked from the previous output without being rendered
/// (`OutputReuse.linkRendered`).
///
/// The context is written out in a canonical form (dictionary keys sorted, every value tagged with its type);
/// a value of any type other than those the templates are given (strings, integers, doubles, booleans, arrays
/// and dictionaries of them) makes the key nil, and the output is then always rendered.
struct RenderKey {
    private var bytes: [UInt8] = []

    /// The key of rendering `template` of the theme with templates `theme` over `context`.
    static func of(template: String, theme: ContentHash, context: [String: Any]) -> ContentHash? {
        var key = RenderKey()
        key.bytes.reserveCapacity(16_384)
        key.text(template)
        key.word(theme.high)
        key.word(theme.low)
        guard key.add(context) else { return nil }
        return key.bytes.withUnsafeBufferPointer { ContentHash(UnsafeRawBufferPointer($0)) }
    }

    private mutating func add(_ value: Any) -> Bool {
        switch value {
        case let s as String:
            bytes.append(1)
            text(s)
        case let b as Bool:
            bytes.append(b ? 2 : 3)
        case let i as Int:
            bytes.append(4)
            word(UInt64(bitPattern: Int64(i)))
        case let d as Double:
            bytes.append(5)
            word(d.bitPattern)
        case let map as [String: Any]:
            bytes.append(6)
            word(UInt64(map.count))
            for key in map.keys.sorted() {
                text(key)
                guard add(map[key]!) else { return false }
            }
        case let list as [Any]:
            bytes.append(7)
            word(UInt64(list.count))
            for item in list {
                guard add(item) else { return false }
            }
        default:
            return false
        }
        return true
    }

    private mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            word(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    private mutating func word(_ w: UInt64) {
        withUnsafeBytes(of: w.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

extension RenderKey {
    /// What every render of a build shares besides its context: sitegen itself and its options (the built-in
    /// templates are part of the binary) and the site's template overrides under `Themes/<name>/templates/`.
    static func theme(_ name: String, root: URL, options: BuildOptions) -> ContentHash {
        var data = Data("render-key|\(BuildCache.fingerprint(options))|\(name)".utf8)
        let folder = root.appendingPathComponent("Themes").appendingPathComponent(name).appendingPathComponent("templates")
        for file in FileTree.files(under: folder) {
            data.append(0)
            data.append(contentsOf: file.utf8)
            data.append(0)
            data.append(FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) ?? Data())
        }
        return ContentHash(data)
    }
}
