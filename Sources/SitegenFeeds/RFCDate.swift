import Foundation

/// Formats dates for the feeds sitegen writes, in UTC, independent of locale and time zone.
public enum RFCDate {
    /// RFC 3339, e.g. `2024-01-05T10:00:00Z` (whole seconds).
    public static func rfc3339(_ date: Date) -> String {
        let c = CivilTime(date)
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
    }

    /// RFC 822 as RSS 2.0 wants it, e.g. `Fri, 05 Jan 2024 10:00:00 +0000`.
    public static func rfc822(_ date: Date) -> String {
        let c = CivilTime(date)
        let day = CivilTime.dayNames[c.weekday]
        let month = CivilTime.monthNames[c.month - 1]
        return "\(day), \(pad(c.day)) \(month) \(pad(c.year, 4)) \(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)) +0000"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
