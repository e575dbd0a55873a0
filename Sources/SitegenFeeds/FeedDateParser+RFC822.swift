import Foundation

extension FeedDateParser {
    private static let dayNames: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// RFC 822 the way feedparser reads it: optional (and unchecked) day name, day and month in either order,
    /// two-digit years (< 90 → 20xx), missing seconds, time and zone optional, named and numeric zones,
    /// `GMT+01:00` and `Etc/GMT`. Lowercased input.
    static func rfc822(_ text: String) -> Date? {
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
        if parts.count < 5 { parts += ["00:00:00", "0000"] }
        if let first = parts.first, dayNames.contains(String(first.prefix(3))) { parts.removeFirst() }
        guard parts.count >= 5 else { return nil }
        guard let (day, month) = dayAndMonth(parts[0], parts[1]) else { return nil }
        guard var year = Int(parts[2]) else { return nil }
        if parts[2].count <= 2 { year += year < 90 ? 2000 : 1900 }
        let clock = parts[3].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard clock.count <= 3 else { return nil }
        let fields = (clock + Array(repeating: "0", count: 3 - clock.count)).map { Int($0) }
        guard let hour = fields[0], let minute = fields[1], let second = fields[2] else { return nil }
        guard let offset = rfc822Zone(parts[4]) else { return nil }
        let civil = CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return civil.date(offsetSeconds: offset)
    }

    private static func dayAndMonth(_ first: String, _ second: String) -> (Int, Int)? {
        if let day = Int(first) {
            guard let month = months[String(second.prefix(3))] else { return nil }
            return (day, month)
        }
        guard let month = months[String(first.prefix(3))], let day = Int(second) else { return nil }
        return (day, month)
    }

    private static func rfc822Zone(_ raw: String) -> Int? {
        var zone = Substring(raw)
        if zone.hasPrefix("etc/") { zone = zone.dropFirst(4) }
        if zone.hasPrefix("gmt") {
            let rest = zone.dropFirst(3).filter { $0 != ":" }
            zone = rest.isEmpty ? "gmt" : Substring(rest)
        }
        guard let sign = zone.first, sign == "+" || sign == "-" else {
            return (zoneHours[String(zone)] ?? 0) * 3_600
        }
        let body = zone.dropFirst().filter { $0 != ":" }
        guard body.count == 4 || body.count == 3, body.allSatisfy(\.isASCIIDigit) else { return nil }
        let hours = Int(body.prefix(2)) ?? 0
        let minutes = Int(body.dropFirst(2)) ?? 0
        let total = hours * 3_600 + minutes * 60
        return sign == "-" ? -total : total
    }

    /// `Sun Jan  4 16:29:06 2004` and `Sun Jan 4 16:29:06 +0100 2004`, reordered into RFC 822.
    static func asctime(_ text: String) -> Date? {
        var parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if parts.count == 5 { parts.insert("+0000", at: 4) }
        guard parts.count == 6 else { return nil }
        return rfc822([parts[0], parts[2], parts[1], parts[5], parts[3], parts[4]].joined(separator: " "))
    }
}
