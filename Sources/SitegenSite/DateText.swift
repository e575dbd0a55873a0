import Foundation

/// Date formats used in pages and feeds; all in UTC with a fixed locale, so output is deterministic.
enum DateText {
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    /// "March 5, 2024".
    static func long(_ date: Date) -> String {
        let c = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        return "\(months[(c.month ?? 1) - 1]) \(c.day ?? 1), \(c.year ?? 1970)"
    }

    /// "2024-03-05".
    static func short(_ date: Date) -> String {
        let c = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    }

    /// "2024-03-05T10:00:00Z".
    static func iso(_ date: Date) -> String {
        let c = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 1970, c.month ?? 1, c.day ?? 1,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// The year, for archives.
    static func year(_ date: Date) -> Int { Calendar.utc.component(.year, from: date) }
}
