/// Turns UTF-16 and UTF-32 documents into UTF-8 before parsing, detected as the XML specification's
/// appendix F describes: by the byte order mark, or without one by how `<` (and `<?xml`) is laid out.
/// libxml2 reads UTF-16LE without a BOM but refuses UTF-16BE without one and every UTF-32.
enum UnicodeTranscoder {
    enum Form {
        case utf16(bigEndian: Bool)
        case utf32(bigEndian: Bool)
    }

    /// The form of `bytes` when it is UTF-16 or UTF-32, with the length of its byte order mark.
    static func detect(_ b: [UInt8]) -> (Form, bom: Int)? {
        func starts(_ prefix: [UInt8]) -> Bool { b.starts(with: prefix) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return (.utf32(bigEndian: true), 4) }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return (.utf32(bigEndian: false), 4) }
        if starts([0xFE, 0xFF]) { return (.utf16(bigEndian: true), 2) }
        if starts([0xFF, 0xFE]) { return (.utf16(bigEndian: false), 2) }
        guard b.count >= 4 else { return nil }
        if b[0] == 0, b[1] == 0, b[2] == 0, b[3] != 0 { return (.utf32(bigEndian: true), 0) }
        if b[0] != 0, b[1] == 0, b[2] == 0, b[3] == 0 { return (.utf32(bigEndian: false), 0) }
        if b[0] == 0, b[1] != 0, b[2] == 0, b[3] != 0 { return (.utf16(bigEndian: true), 0) }
        if b[0] != 0, b[1] == 0, b[2] != 0, b[3] == 0 { return (.utf16(bigEndian: false), 0) }
        return nil
    }

    /// The UTF-8 bytes of a UTF-16 or UTF-32 document (the BOM dropped, unpaired or invalid code units as
    /// U+FFFD), or nil when `bytes` is neither.
    static func utf8(fromWide bytes: [UInt8]) -> [UInt8]? {
        guard let (form, bom) = detect(bytes) else { return nil }
        var scalars = String.UnicodeScalarView()
        switch form {
        case .utf16(let bigEndian):
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var k = bom
            while k + 1 < bytes.count {
                let (hi, lo) = bigEndian ? (bytes[k], bytes[k + 1]) : (bytes[k + 1], bytes[k])
                units.append(UInt16(hi) << 8 | UInt16(lo))
                k += 2
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        case .utf32(let bigEndian):
            var k = bom
            while k + 3 < bytes.count {
                let quad = bigEndian ? [bytes[k], bytes[k + 1], bytes[k + 2], bytes[k + 3]]
                    : [bytes[k + 3], bytes[k + 2], bytes[k + 1], bytes[k]]
                let value = quad.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                k += 4
            }
            return Array(String(scalars).utf8)
        }
    }
}
