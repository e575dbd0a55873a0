/// Bounds-checked big- and little-endian reads.
struct ByteReader {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    subscript(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

    func has(_ offset: Int, _ length: Int) -> Bool { offset >= 0 && offset + length <= bytes.count }

    func matches(_ signature: [UInt8], at offset: Int) -> Bool {
        has(offset, signature.count) && bytes[offset..<(offset + signature.count)].elementsEqual(signature)
    }

    func uint16BE(_ i: Int) -> Int? { has(i, 2) ? Int(bytes[i]) << 8 | Int(bytes[i + 1]) : nil }

    func uint16LE(_ i: Int) -> Int? { has(i, 2) ? Int(bytes[i + 1]) << 8 | Int(bytes[i]) : nil }

    func uint24LE(_ i: Int) -> Int? { has(i, 3) ? Int(bytes[i + 2]) << 16 | Int(bytes[i + 1]) << 8 | Int(bytes[i]) : nil }

    func uint32BE(_ i: Int) -> Int? {
        guard has(i, 4) else { return nil }
        let value = UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
        return value > UInt32(Int32.max) ? nil : Int(value)
    }
}
