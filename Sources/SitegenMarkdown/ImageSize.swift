import Foundation

/// The pixel size of an image, read from the first bytes of a PNG, JPEG, GIF, WebP or SVG file. Every read is
/// bounds-checked: truncated or hostile files give nil, never a crash.
public struct ImageSize: Hashable, Sendable {
    /// Width in pixels (CSS pixels for SVG).
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// How many leading bytes of a file `read(contentsOf:)` looks at; JPEG size markers follow EXIF, which is
    /// at most 64 KiB per segment but may come in several.
    public static let headerLimit = 1 << 20

    /// The size of the image in `bytes`, or nil for unknown formats and damaged headers.
    public static func read(_ bytes: [UInt8]) -> ImageSize? {
        let reader = ByteReader(bytes)
        if let size = png(reader) ?? gif(reader) ?? jpeg(reader) ?? webp(reader) ?? svg(bytes) {
            return size.width > 0 && size.height > 0 ? size : nil
        }
        return nil
    }

    /// The size of the image in `data`.
    public static func read(_ data: Data) -> ImageSize? {
        read([UInt8](data.prefix(headerLimit * 4)))
    }

    /// The size of the image file at `url`, reading at most `headerLimit` bytes.
    public static func read(contentsOf url: URL) -> ImageSize? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: headerLimit) else { return nil }
        return read([UInt8](data))
    }

    static func png(_ r: ByteReader) -> ImageSize? {
        guard r.matches([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], at: 0), r.matches(Array("IHDR".utf8), at: 12),
              let width = r.uint32BE(16), let height = r.uint32BE(20) else { return nil }
        return ImageSize(width: width, height: height)
    }

    static func gif(_ r: ByteReader) -> ImageSize? {
        guard r.matches(Array("GIF87a".utf8), at: 0) || r.matches(Array("GIF89a".utf8), at: 0),
              let width = r.uint16LE(6), let height = r.uint16LE(8) else { return nil }
        return ImageSize(width: width, height: height)
    }

    /// Walks JPEG segments to the first start-of-frame marker.
    static func jpeg(_ r: ByteReader) -> ImageSize? {
        guard r.matches([0xFF, 0xD8], at: 0) else { return nil }
        var i = 2
        var segments = 0
        while i + 1 < r.count, segments < 10_000 {
            segments += 1
            guard r[i] == 0xFF else { return nil }
            var marker = r[i + 1]
            while marker == 0xFF, i + 2 < r.count {
                i += 1
                marker = r[i + 1]
            }
            i += 2
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { continue }
            if marker == 0xD9 || marker == 0xDA { return nil }
            guard let length = r.uint16BE(i), length >= 2 else { return nil }
            if isStartOfFrame(marker) {
                guard let height = r.uint16BE(i + 3), let width = r.uint16BE(i + 5) else { return nil }
                return ImageSize(width: width, height: height)
            }
            i += length
        }
        return nil
    }

    private static func isStartOfFrame(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
    }

    static func webp(_ r: ByteReader) -> ImageSize? {
        guard r.matches(Array("RIFF".utf8), at: 0), r.matches(Array("WEBP".utf8), at: 8) else { return nil }
        if r.matches(Array("VP8X".utf8), at: 12) {
            guard let w = r.uint24LE(24), let h = r.uint24LE(27) else { return nil }
            return ImageSize(width: w + 1, height: h + 1)
        }
        if r.matches(Array("VP8 ".utf8), at: 12) {
            guard r.matches([0x9D, 0x01, 0x2A], at: 23), let w = r.uint16LE(26), let h = r.uint16LE(28) else { return nil }
            return ImageSize(width: w & 0x3FFF, height: h & 0x3FFF)
        }
        if r.matches(Array("VP8L".utf8), at: 12) {
            guard r.count > 24, r[20] == 0x2F else { return nil }
            let bits = UInt32(r[21]) | UInt32(r[22]) << 8 | UInt32(r[23]) << 16 | UInt32(r[24]) << 24
            return ImageSize(width: Int(bits & 0x3FFF) + 1, height: Int((bits >> 14) & 0x3FFF) + 1)
        }
        return nil
    }
}
