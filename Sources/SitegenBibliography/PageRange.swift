import Foundation

/// Page ranges: `-` turned to the locale's range delimiter and the second number shortened per
/// `page-range-format` (expanded, minimal, minimal-two, chicago, chicago-16).
enum PageRange {
    static func format(_ text: String, format: String?, delimiter: String) -> String {
        let ranges = text.components(separatedBy: ", ")
        return ranges.map { formatOne($0, format: format, delimiter: delimiter) }.joined(separator: ", ")
    }

    private static func formatOne(_ text: String, format: String?, delimiter: String) -> String {
        let seps: [String] = ["--", "-", "–", "—"]
        for sep in seps {
            let parts = text.components(separatedBy: sep)
            guard parts.count == 2 else { continue }
            let a = parts[0].trimmingCharacters(in: .whitespaces), b = parts[1].trimmingCharacters(in: .whitespaces)
            guard !a.isEmpty, !b.isEmpty else { continue }
            if let (prefix, ta, tb) = commonPrefix(a, b) {
                return a + delimiter + shortenTail(ta, tb, format: format, prefix: prefix)
            }
            guard let format, let x = Int(a), let y = Int(b), a.allSatisfy(\.isNumber), b.allSatisfy(\.isNumber) else {
                return a + delimiter + b
            }
            return a + delimiter + shorten(a: a, b: b, x: x, y: y, format: format)
        }
        return text
    }

    /// "45:1" and "45:30" share "45:"; the tails are numbers.
    private static func commonPrefix(_ a: String, _ b: String) -> (String, String, String)? {
        guard let ia = a.lastIndex(where: { !$0.isNumber }), let ib = b.lastIndex(where: { !$0.isNumber }) else { return nil }
        let pa = a[...ia], pb = b[...ib]
        guard pa == pb, pa.count < a.count, pb.count < b.count else { return nil }
        return (String(pa), String(a[a.index(after: ia)...]), String(b[b.index(after: ib)...]))
    }

    private static func shortenTail(_ a: String, _ b: String, format: String?, prefix: String) -> String {
        guard let format, format != "expanded", let x = Int(a), let y = Int(b) else { return prefix + b }
        return shorten(a: a, b: b, x: x, y: y, format: format)
    }

    private static func shorten(a: String, b: String, x: Int, y: Int, format: String) -> String {
        guard y > x, b.count == a.count || b.count > a.count else { return b }
        let full = b.count < a.count ? String(a.prefix(a.count - b.count)) + b : b
        switch format {
        case "expanded": return full
        case "minimal": return minimal(a, full, keep: 1)
        case "minimal-two": return minimal(a, full, keep: 2)
        case "chicago", "chicago-15", "chicago-16": return chicago(a, full, x: x, sixteen: format == "chicago-16")
        default: return full
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

