import Foundation

/// Parses the dates feeds carry, as forgivingly as feedparser: RFC 822 and its real-world variants,
/// W3C-DTF / RFC 3339 / ISO 8601, asctime, and common broken mixtures. Every result is a UTC instant,
/// truncated to the second.
public enum FeedDateParser {
    /// The instant `text` names, or nil when no known form matches or a field is out of range.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.utf8.count < 200 else { return nil }
        let lower = trimmed.lowercased()
        if let date = iso8601(lower) { return date }
        if let date = rfc822(lower) { return date }
        return asctime(lower)
    }

    /// Named zones feedparser knows, in hours east of UTC; other names count as UTC, as in feedparser.
    /// The military letters keep feedparser's (RFC 822's reversed) signs.
    static let zoneHours: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0,
        "adt": -3, "ast": -4, "at": -4, "edt": -4, "est": -5, "et": -5, "cdt": -5, "cst": -6, "ct": -6,
        "mdt": -6, "mst": -7, "mt": -7, "pdt": -7, "pst": -8, "pt": -8,
        "a": -1, "n": 1, "m": -12, "y": 12, "met": 1, "mest": 2,
    ]

    /// `±HH:MM`, `±HHMM`, `±HH`, `Z` or a zone name, in seconds east of UTC.
    static func zoneOffset(_ zone: Substring) -> Int? {
        guard let sign = zone.first, sign == "+" || sign == "-" else {
            guard zone.allSatisfy({ $0.isLetter || $0 == "/" }) else { return nil }
            return (zoneHours[String(zone)] ?? 0) * 3_600
        }
        let digits = zone.dropFirst().filter { $0 != ":" }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        let hours = Int(digits.prefix(2)) ?? 0
        let minutes = digits.count == 4 ? Int(digits.suffix(2)) ?? 0 : 0
        let total = hours * 3_600 + minutes * 60
        return sign == "-" ? -total : total
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
