#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2

/// Encodings libxml2 cannot take from a declaration, read through iconv first: labels that are not XML encoding
/// names (`encoding="437"`), names only Python's codecs know (`u16`, `maclatin2`, `ebcdic_cp_us`, `ibm039`), and
/// EBCDIC documents (`<?xml` as 4C 6F A7 94). The bytes become UTF-8 and the declaration says so, as feedparser
/// reads them.
enum EncodingLabel {
    /// Python's names (feedparser's) for encodings iconv calls otherwise.
    private static let aliases: [String: String] = [
        "u8": "UTF-8", "utf": "UTF-8", "u16": "UTF-16", "u32": "UTF-32", "utf32": "UTF-32",
        "maciceland": "MAC-IS", "mac-iceland": "MAC-IS", "maclatin2": "MAC-CENTRALEUROPE",
        "mac-latin2": "MAC-CENTRALEUROPE", "maccentraleurope": "MAC-CENTRALEUROPE", "macroman": "MACINTOSH",
        "mac-roman": "MACINTOSH", "maccyrillic": "MACCYRILLIC", "mac-cyrillic": "MACCYRILLIC",
        "ibm039": "IBM037", "csibm037": "IBM037", "csibm500": "IBM500", "ebcdic-cp-wt": "IBM037",
    ]

    /// The bytes as UTF-8 with the declaration relabelled, when their declared (or given) `label` is one libxml2
    /// cannot read itself and iconv can; nil otherwise (libxml2 reads the document as it is).
    static func transcoded(_ bytes: [UInt8], label: String) -> [UInt8]? {
        guard !readableByLibXML2(label), let name = iconvName(label), let utf8 = convert(bytes, from: name) else { return nil }
        return relabelled(utf8)
    }

    /// An EBCDIC document (its declaration read in code page 037, whose ASCII letters all EBCDIC pages share) as
    /// UTF-8 with the declaration relabelled; nil when `bytes` do not start with `<?xm` in EBCDIC.
    static func fromEBCDIC(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]), let head = convert(Array(bytes.prefix(200).prefix { $0 != 0x6E } + [0x6E]), from: "IBM037")
        else { return nil }
        let label = XMLTreeParser.declaredEncoding(head + Array("?>".utf8)) ?? "IBM037"
        guard let name = iconvName(label), let utf8 = convert(bytes, from: name) else { return nil }
        return relabelled(utf8)
    }

    private static func readableByLibXML2(_ label: String) -> Bool {
        guard let first = label.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
            label.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) })
        else { return false }
        guard let handler = xmlFindCharEncodingHandler(label) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// The iconv name for a label: an alias, `CP` before a bare number, or the label itself with `_` as `-`.
    static func iconvName(_ label: String) -> String? {
        let key = label.lowercased().replacingOccurrences(of: "_", with: "-")
        var candidates = [aliases[key] ?? aliases[key.replacingOccurrences(of: "-", with: "")]].compactMap { $0 }
        if !key.isEmpty, key.allSatisfy(\.isNumber) { candidates.append("CP" + key) }
        candidates += [key.uppercased(), label]
        return candidates.first { name in
            let handle = iconv_open("UTF-8", name)
            guard handle != iconv_t(bitPattern: -1) else { return false }
            iconv_close(handle)
            return true
        }
    }

    /// `bytes` converted from the iconv encoding `name` to UTF-8, or nil when they do not convert.
    static func convert(_ bytes: [UInt8], from name: String) -> [UInt8]? {
        let handle = iconv_open("UTF-8", name)
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let count = output.count
        let converted = input.withUnsafeMutableBufferPointer { source -> Int? in
            output.withUnsafeMutableBufferPointer { target -> Int? in
                var inPointer = source.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
                var outPointer = target.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
                var inLeft = source.count
                var outLeft = count
                guard iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return count - outLeft
            }
        }
        return converted.map { Array(output.prefix($0)) }
    }

    /// UTF-8 `bytes` whose XML declaration (if any) names UTF-8, with the rest of the document unchanged.
    static func relabelled(_ bytes: [UInt8]) -> [UInt8] {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        guard body.starts(with: Array("<?xml".utf8)), let close = body.prefix(300).firstRange(of: Array("?>".utf8)),
            let key = body[..<close.lowerBound].firstRange(of: Array("encoding".utf8))
        else { return body }
        var index = key.upperBound
        while index < close.lowerBound, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "=")].contains(body[index]) { index += 1 }
        guard index < close.lowerBound, body[index] == UInt8(ascii: "\"") || body[index] == UInt8(ascii: "'"),
            let end = body[(index + 1)..<close.lowerBound].firstIndex(of: body[index])
        else { return body }
        body.replaceSubrange((index + 1)..<end, with: Array("UTF-8".utf8))
        return body
    }
}
