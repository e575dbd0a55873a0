import Foundation

/// A gzip member whose deflate stream is one fixed-Huffman block: a literal zero byte, then back-references
/// of 258 bytes at distance 1 — 13 bits for every 258 zero bytes, so a few MB inflate to gigabytes.
enum GzipBomb {
    /// gzip data inflating to `inflatedSize` zero bytes (rounded down to 1 + a multiple of 258); the trailer's
    /// CRC is right only when `withTrailer` (computing it for gigabytes is pointless: nobody should reach it).
    static func make(inflatedSize: Int, withTrailer: Bool = false) -> (data: Data, inflated: Int) {
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        var accumulator: UInt32 = 0
        var bits = 0
        func put(_ value: UInt32, _ count: Int) {
            accumulator |= value << UInt32(bits)
            bits += count
            while bits >= 8 {
                out.append(UInt8(accumulator & 0xFF))
                accumulator >>= 8
                bits -= 8
            }
        }
        put(1, 1)  // BFINAL
        put(1, 2)  // BTYPE 01: fixed Huffman codes
        put(0x0C, 8)  // literal 0 (code 00110000, written bit-reversed)
        let matches = max(0, (inflatedSize - 1) / 258)
        out.reserveCapacity(out.count + matches * 13 / 8 + 16)
        for _ in 0..<matches {
            put(0xA3, 8)  // length 258: symbol 285, code 11000101 reversed
            put(0, 5)  // distance 1: code 00000
        }
        put(0, 7)  // end of block
        if bits > 0 { put(0, 8 - bits) }
        let inflated = 1 + matches * 258
        let crc = withTrailer ? Gzip.crc32([UInt8](repeating: 0, count: inflated)) : 0
        for value in [crc, UInt32(truncatingIfNeeded: inflated)] {
            out.append(contentsOf: (0..<4).map { UInt8((value >> (8 * UInt32($0))) & 0xFF) })
        }
        return (Data(out), inflated)
    }
}
