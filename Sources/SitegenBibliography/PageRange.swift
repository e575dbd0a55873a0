import Foundation

/// Page ranges: `-` turned to the locale's range delimiter and the second number shortened per
/// `page-range-format` (expanded, minimal, minimal-two, chicago / chicago-15, chicago-16), as citeproc-js does:
/// a shortened second number ("1536-38") is expanded first, a range whose two ends carry different prefixes
/// ("n11564-1568", "110-N6") keeps its plain hyphen, and an escaped hyphen (`\-`) is never a range.
enum PageRange {
    static func format(_ text: String, format: String?, delimiter: String) -> String {
        // Each range of a list ("142-145 & 235", "321-328,330-335") is formatted on its own, and the separators
        // are spaced as pandoc and citeproc-js print them (", ", " & ").
        var out = ""
        var rest = Substring(text)
        while let sep = rest.firstIndex(where: { $0 == "," || $0 == "&" }) {
            let range = rest[..<sep].trimmingCharacters(in: .whitespaces)
            var end = rest.index(after: sep)
            while end < rest.endIndex, rest[end] == " " { end = rest.index(after: end) }
            out += formatOne(range, format: format, delimiter: delimiter) + (rest[sep] == "," ? ", " : " & ")
            rest = rest[end...]
        }
        return out + formatOne(String(rest), format: format, delimiter: delimiter)
    }

    private static func formatOne(_ text: String, format: String?, delimiter: String) -> String {
        if text.contains("\\-") { return text.replacingOccurrences(of: "\\-", with: "-") }
        let seps: [String] = ["--", "-", "–", "—"]
        for sep in seps {
            let parts = text.components(separatedBy: sep)
            guard parts.count == 2 else { continue }
            let a = parts[0].trimmingCharacters(in: .whitespaces), b = parts[1].trimmingCharacters(in: .whitespaces)
            guard !a.isEmpty, !b.isEmpty else { continue }
            let (pa, na) = split(a), (pb, nb) = split(b)
            // Roman numerals and other numberless ranges only get the delimiter.
            if na.isEmpty && nb.isEmpty { return a + delimiter + b }
            guard !na.isEmpty, !nb.isEmpty else { return a + "-" + b }
            guard pa == pb else { return format == nil ? a + delimiter + b : a + "-" + b }
            let full = nb.count < na.count ? String(na.prefix(na.count - nb.count)) + nb : nb
            guard let format, let x = Int(na), let y = Int(full), y > x else { return a + delimiter + b }
            // Expanded ranges repeat the prefix ("N110–N115"); shortened ones drop it ("45:1–30", "n11564–8").
            return a + delimiter + (format == "expanded" ? pb + full : shorten(na, full, x: x, format: format))
        }
        return text
    }

    /// A range end as its prefix and trailing digits ("8n11564" → "8n", "11564").
    private static func split(_ s: String) -> (String, String) {
        let digits = s.reversed().prefix { $0.isASCII && $0.isNumber }
        return (String(s.dropLast(digits.count)), String(digits.reversed()))
    }

    private static func shorten(_ a: String, _ b: String, x: Int, format: String) -> String {
        switch format {
        case "minimal": return minimal(a, b, keep: 1)
        case "minimal-two": return minimal(a, b, keep: 2)
        case "chicago", "chicago-15": return chicago(a, b, x: x, sixteen: false)
        case "chicago-16": return chicago(a, b, x: x, sixteen: true)
        default: return b
        }
    }

    private static func minimal(_ a: String, _ b: String, keep: Int) -> String {
        guard a.count == b.count else { return b }
        let ac = Array(a), bc = Array(b)
        var k = 0
        while k < ac.count && ac[k] == bc[k] { k += 1 }
        let differing = bc.count - k
        return String(bc.suffix(max(differing, min(keep, bc.count))))
    }

    private static func chicago(_ a: String, _ b: String, x: Int, sixteen: Bool) -> String {
        if x < 100 || x % 100 == 0 { return b }
        if x % 100 < 10 { return minimal(a, b, keep: 1) }
        if !sixteen, a.count == 4, minimal(a, b, keep: 1).count > 2 { return b }
        return minimal(a, b, keep: 2)
    }
}
