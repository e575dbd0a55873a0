import Foundation

/// Decides which URLs feed content may keep: http, https, mailto and relative references (resolved against
/// the feed's base), plus `data:` raster images for `<img src>`. Everything else — `javascript:`, `vbscript:`,
/// `data:text/html`, `file:` — is refused, however it is disguised with case, entities, whitespace or controls.
enum URLPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]
    static let allowedDataImages: [String] = [
        "data:image/png", "data:image/gif", "data:image/jpeg", "data:image/jpg", "data:image/webp",
        "data:image/avif", "data:image/bmp",
    ]

    /// The URL to write out, or nil when it must be dropped.
    static func sanitize(_ raw: String, base: URL?, allowDataImage: Bool = false) -> String? {
        let cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.filter { !isStripped($0) }))
            .trimmingCharacters(in: .whitespaces)
        let probe = schemeProbe(raw)
        if let found = scheme(of: probe) {
            if found == "data" {
                guard allowDataImage, allowedDataImages.contains(where: { probe.hasPrefix($0 + ";") || probe.hasPrefix($0 + ",") })
                else { return nil }
                return cleaned
            }
            guard allowedSchemes.contains(found), scheme(of: cleaned.lowercased()) == found else { return nil }
            return cleaned
        }
        return resolve(cleaned, against: base)
    }

    /// Resolves a relative reference; absolute results must still be http(s).
    static func resolve(_ reference: String, against base: URL?) -> String? {
        guard let base, !reference.isEmpty else { return reference.isEmpty ? nil : reference }
        guard let url = URL(string: reference, relativeTo: base) ?? encoded(reference).flatMap({ URL(string: $0, relativeTo: base) })
        else { return reference }
        let absolute = url.absoluteString
        guard let found = scheme(of: absolute.lowercased()), allowedSchemes.contains(found) else { return nil }
        return absolute
    }

    /// A base URL for resolution, only when it is an absolute http(s) URL.
    static func baseURL(_ string: String?) -> URL? {
        guard let string, let url = URL(string: string.trimmingCharacters(in: .whitespacesAndNewlines)),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else { return nil }
        return url
    }

    private static func encoded(_ reference: String) -> String? {
        var allowed = CharacterSet.urlFragmentAllowed
        allowed.insert("%")
        allowed.insert("#")
        return reference.addingPercentEncoding(withAllowedCharacters: allowed)
    }

    /// Browsers ignore tabs and newlines anywhere in a URL and controls and spaces at its ends.
    private static func isStripped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }

    /// The lowercased URL with every space and control removed and the HTML5 entities that libxml2's HTML4
    /// parser leaves alone (`&colon;`, `&Tab;`, `&NewLine;`, numeric references) decoded, for the scheme check only.
    static func schemeProbe(_ raw: String) -> String {
        var text = raw
        for (entity, replacement) in [("&colon;", ":"), ("&tab;", ""), ("&newline;", ""), ("&sol;", "/")] {
            text = text.replacingOccurrences(of: entity, with: replacement, options: .caseInsensitive)
        }
        text = decodeNumericReferences(text)
        let kept = text.unicodeScalars.filter { !isStripped($0) && $0 != " " && $0.value != 0xA0 }
        return String(String.UnicodeScalarView(kept)).lowercased()
    }

    private static func decodeNumericReferences(_ text: String) -> String {
        guard text.contains("&#") else { return text }
        var out = ""
        var rest = Substring(text)
        var guardCount = 0
        while let range = rest.range(of: "&#"), guardCount < 10_000 {
            guardCount += 1
            out += rest[..<range.lowerBound]
            var digits = rest[range.upperBound...]
            let hex = digits.first == "x" || digits.first == "X"
            if hex { digits = digits.dropFirst() }
            let number = digits.prefix { hex ? $0.isHexDigit : $0.isASCIIDigit }
            if let value = UInt32(number, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = digits.dropFirst(number.count)
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                out += "&#"
                rest = rest[range.upperBound...]
            }
        }
        return out + rest
    }

    /// The scheme of a lowercased URL: the letters before the first `:` when no `/`, `?` or `#` comes earlier.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter else { return nil }
        guard candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") })
        else { return nil }
        return String(candidate)
    }
}
