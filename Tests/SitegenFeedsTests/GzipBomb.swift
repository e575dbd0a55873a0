import Foundation

/// A gzip member whose deflate stream is one dynamic-Huffman block with three symbols: the literal 0 and the end
/// of block (2-bit codes) and "length 258" (a 1-bit code), and one distance code, "distance 1" (1 bit). After one
/// literal zero, every zero byte of the stream holds four 258-byte matches: it inflates to 1,032 zero bytes, the
/// most deflate allows. 5 MB of it inflate to 5 GiB.
enum GzipBomb {
    /// gzip data inflating to about `1032 × zeroBytes` zero bytes (`inflated` is exact); the trailer's CRC is right
    /// only when `withTrailer` (computing it for gigabytes is pointless: nobody should get that far).
    static func make(zeroBytes: Int, withTrailer: Bool = false) -> (data: Data, inflated: Int) {
        var writer = BitWriter()
        writer.out = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        writer.put(1, 1)  // BFINAL
        writer.put(2, 2)  // BTYPE 10: dynamic Huffman codes
        writer.put(29, 5)  // HLIT: 286 literal/length codes (up to 285, length 258)
        writer.put(0, 5)  // HDIST: one distance code
        writer.put(15, 4)  // HCLEN: all 19 code-length codes
        // Code-length code lengths, in deflate's order: 18 (a run of zeros) gets 1 bit, 1 and 2 get 2 bits.
        let codeLengthLengths: [Int: UInt32] = [18: 1, 1: 2, 2: 2]
        for symbol in [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15] {
            writer.put(codeLengthLengths[symbol] ?? 0, 3)
        }
        // Canonical codes of that alphabet: 18 → 0, 1 → 10, 2 → 11.
        let zeros = (code: UInt32(0), length: 1), one = (code: UInt32(2), length: 2), two = (code: UInt32(3), length: 2)
        // Literal/length lengths: 0 → 2, 1…255 → 0, 256 → 2, 257…284 → 0, 285 → 1; then the distance code → 1.
        writer.code(two)
        writer.code(zeros); writer.put(138 - 11, 7)
        writer.code(zeros); writer.put(117 - 11, 7)
        writer.code(two)
        writer.code(zeros); writer.put(28 - 11, 7)
        writer.code(one)
        writer.code(one)
        // Canonical literal/length codes: 285 → 0, 0 → 10, 256 → 11; the distance code → 0.
        writer.code((2, 2))  // the literal zero the matches copy
        var matches = 0
        while writer.bits > 0 {
            writer.put(0, 2)  // one match: length 258 (0), distance 1 (0)
            matches += 1
        }
        writer.out.append(contentsOf: repeatElement(0, count: zeroBytes))
        matches += 4 * zeroBytes
        writer.code((3, 2))  // end of block
        if writer.bits > 0 { writer.put(0, 8 - writer.bits) }
        let inflated = 1 + matches * 258
        let crc = withTrailer ? Gzip.crc32([UInt8](repeating: 0, count: inflated)) : 0
        for value in [crc, UInt32(truncatingIfNeeded: inflated)] {
            writer.out.append(contentsOf: (0..<4).map { UInt8((value >> (8 * UInt32($0))) & 0xFF) })
        }
        return (Data(writer.out), inflated)
    }

    /// Deflate's bit order: values least significant bit first, Huffman codes most significant bit first.
    private struct BitWriter {
        var out: [UInt8] = []
        var accumulator: UInt32 = 0
        var bits = 0

        mutating func put(_ value: UInt32, _ count: Int) {
            accumulator |= value << UInt32(bits)
            bits += count
            while bits >= 8 {
                out.append(UInt8(accumulator & 0xFF))
                accumulator >>= 8
                bits -= 8
            }
        }

        mutating func code(_ code: (code: UInt32, length: Int)) {
            for index in stride(from: code.length - 1, through: 0, by: -1) { put((code.code >> UInt32(index)) & 1, 1) }
        }
    }

    /// The deflate stream of a gzip member from `make`, wrapped as zlib data (HTTP's `deflate`); the Adler-32
    /// checksum is left zero, like the bomb's CRC.
    static func zlib(_ gzip: Data) -> Data {
        Data([0x78, 0x01]) + gzip.dropFirst(10).dropLast(8) + Data(count: 4)
    }
}
