import Foundation

/// A date or date range in CSL-JSON shape: date-parts (year, month, day), a season, circa, or a literal.
public struct CSLDate: Hashable, Sendable {
    /// One or two date-parts arrays (start, optional end); each holds year, month, day (month/day optional).
    public var parts: [[Int]]
    /// 1…4 for spring…winter.
    public var season: Int?
    /// "circa" / approximate.
    public var circa: Bool
    /// A date that is not structured ("forthcoming", "Spring 2020").
    public var literal: String?

    /// Creates a date.
    public init(parts: [[Int]] = [], season: Int? = nil, circa: Bool = false, literal: String? = nil) {
        self.parts = parts
        self.season = season
        self.circa = circa
        self.literal = literal
    }

    /// A date of year, month and day (month and day optional).
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        var p = [year]
        if let month {
            p.append(month)
            if let day { p.append(day) }
        }
        self.init(parts: [p])
    }

    /// The start year, if any.
    public var year: Int? { parts.first?.first }

    /// Parses ISO 8601 / EDTF-like text (`2020`, `2020-05`, `2020-05-17`, `2019/2020`, `2020~`); nil otherwise.
    public static func parse(_ text: String) -> CSLDate? {
        let raw = text.trimmingCharacters(in: .whitespaces)
        guard !raw.isEmpty else { return nil }
        var ranges = raw.split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        if ranges.count == 2, ["open", "unknown", ".."].contains(ranges[1]) { ranges[1] = "" }
        guard ranges.count <= 2 else { return nil }
        let circa = ranges.contains { $0.hasSuffix("~") || $0.hasSuffix("?") }
        var parts: [[Int]] = []
        for r in ranges {
            if r.isEmpty { continue }
            guard let p = isoParts(r) else { return nil }
            parts.append(p)
        }
        guard !parts.isEmpty else { return nil }
        return CSLDate(parts: parts, circa: circa)
    }

    private static func isoParts(_ text: String) -> [Int]? {
        var t = Substring(text)
        while let last = t.last, "~?%".contains(last) { t = t.dropLast() }
        if let tIndex = t.firstIndex(of: "T") { t = t[..<tIndex] }
        var negative = false
        if t.hasPrefix("-") {
            negative = true
            t = t.dropFirst()
        }
        let fields = t.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields[0].count == 4 || (fields[0].count > 0 && fields.count == 1 && fields[0].count <= 4) else { return nil }
        var out: [Int] = []
        for (n, f) in fields.enumerated() {
            guard !f.isEmpty, f.allSatisfy(\.isASCII), let v = Int(f) else { return nil }
            if n > 0 && f.count != 2 { return nil }
            out.append(v)
        }
        if fields[0].count != 4 { return nil }
        if negative { out[0] = -out[0] - 1 }
        if out.count > 1, !(1...24).contains(out[1]) { return nil }
        if out.count > 2, !(1...31).contains(out[2]) { return nil }
        return out
    }
}

