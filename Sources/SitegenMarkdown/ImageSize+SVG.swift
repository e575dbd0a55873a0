import Foundation

extension ImageSize {
    /// How far into an SVG file the `<svg` tag is looked for.
    static let svgSearchLimit = 64 * 1024

    /// `width`/`height` of the root `<svg>` element (plain numbers or `px`), else the `viewBox` size.
    static func svg(_ bytes: [UInt8]) -> ImageSize? {
        guard let tag = svgTag(bytes) else { return nil }
        let attributes = attributes(of: tag)
        if let width = attributes["width"].flatMap(length), let height = attributes["height"].flatMap(length) {
            return ImageSize(width: width, height: height)
        }
        guard let viewBox = attributes["viewBox"] else { return nil }
        let parts = viewBox.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
        guard parts.count == 4, let w = Double(parts[2]), let h = Double(parts[3]), w.isFinite, h.isFinite,
              w > 0, h > 0, w < 1e7, h < 1e7 else { return nil }
        return ImageSize(width: Int(w.rounded()), height: Int(h.rounded()))
    }

    /// The text of the first `<svg …>` start tag.
    private static func svgTag(_ bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, svgSearchLimit)
        let needle = Array("<svg".utf8)
        var i = 0
        while i + needle.count < limit {
            if bytes[i] == UInt8(ascii: "<"), bytes[i..<(i + needle.count)].elementsEqual(needle) {
                let after = bytes[i + needle.count]
                guard after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D || after == UInt8(ascii: ">") else {
                    i += 1
                    continue
                }
                var end = i
                while end < limit, bytes[end] != UInt8(ascii: ">") { end += 1 }
                guard end < limit else { return nil }
                return String(decoding: bytes[i..<end], as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    private static func attributes(of tag: String) -> [String: String] {
        var result: [String: String] = [:]
        let scalars = Array(tag.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "=" else {
                i += 1
                continue
            }
            var nameEnd = i
            while nameEnd > 0, scalars[nameEnd - 1] == " " { nameEnd -= 1 }
            var nameStart = nameEnd
            while nameStart > 0, scalars[nameStart - 1] != " ", scalars[nameStart - 1] != "\n", scalars[nameStart - 1] != "\t" {
                nameStart -= 1
            }
            var j = i + 1
            while j < scalars.count, scalars[j] == " " { j += 1 }
            guard j < scalars.count, scalars[j] == "\"" || scalars[j] == "'" else {
                i += 1
                continue
            }
            let quote = scalars[j]
            var k = j + 1
            while k < scalars.count, scalars[k] != quote { k += 1 }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[nameStart..<nameEnd])
            var value = String.UnicodeScalarView()
            value.append(contentsOf: scalars[min(j + 1, k)..<k])
            result[String(name)] = String(value)
            i = k + 1
        }
        return result
    }

    /// A length in pixels: `120`, `120px`, `120.5`; nil for `%`, `em` and the like.
    private static func length(_ text: String) -> Int? {
        var value = Substring(text.trimmingCharacters(in: .whitespaces))
        if value.hasSuffix("px") { value = value.dropLast(2) }
        guard let number = Double(value), number.isFinite, number > 0, number < 1e7 else { return nil }
        return Int(number.rounded())
    }
}
