import Foundation

/// Reads the date forms front matter accepts: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` (a space may replace
/// the `T`), optionally followed by `Z` or an offset `±HH:MM` / `±HHMM` / `±HH`; and Quarto's US form
/// `M/D/YYYY`, and the written forms of `FrontMatterDate+Written`. Times without a zone are UTC.
enum FrontMatterDate {
    /// The accepted forms, for hints.
    static let acceptedForms = "YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS, or with a zone: 2024-03-05T14:30:00Z, 2024-03-05T14:30:00+01:00"

    /// Quarto's moving dates, which would make builds depend on the day they run.
    static let movingDates: Set<String> = ["today", "now", "last-modified"]

    /// The date written in `text`, or nil when it is not one of the accepted forms or not a real day.
    static func parse(_ text: String) -> Date? {
        parseNumeric(text) ?? parseWritten(text)
    }

    private static func parseNumeric(_ text: String) -> Date? {
        let b = Array(text.utf8)
        if b.contains(UInt8(ascii: "/")) { return parseUS(b) }
        guard b.count >= 10, let year = number(b, 0, 4), b[4] == minus, let month = number(b, 5, 2), b[7] == minus,
              let day = number(b, 8, 2), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        guard b.count > 10 else { return Date(timeIntervalSince1970: seconds) }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == UInt8(ascii: " "),
              let (time, next) = parseTime(b, 11) else { return nil }
        seconds += time
        guard let offset = parseZone(b, next) else { return nil }
        return Date(timeIntervalSince1970: seconds - offset)
    }

    private static let minus = UInt8(ascii: "-")

    /// `M/D/YYYY` (one or two digits for month and day), as Quarto reads slashed dates.
    private static func parseUS(_ b: [UInt8]) -> Date? {
        let parts = b.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let month = number(Array(parts[0]), 0, parts[0].count), let day = number(Array(parts[1]), 0, parts[1].count),
              let year = number(Array(parts[2]), 0, 4), (1...12).contains(month), day >= 1,
              day <= daysIn(month: month, year: year) else { return nil }
        return Date(timeIntervalSince1970: Double(daysFromCivil(year: year, month: month, day: day)) * 86_400)
    }

    /// Seconds since midnight and the index after the time.
    private static func parseTime(_ b: [UInt8], _ start: Int) -> (Double, Int)? {
        guard let hour = number(b, start, 2), start + 2 < b.count, b[start + 2] == UInt8(ascii: ":"),
              let minute = number(b, start + 3, 2), hour < 24, minute < 60 else { return nil }
        var i = start + 5
        var seconds = Double(hour * 3600 + minute * 60)
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let second = number(b, i + 1, 2), second <= 60 else { return nil }
            seconds += Double(second)
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                var fraction = 0.0
                var scale = 0.1
                i += 1
                let digitsStart = i
                while i < b.count, let d = digit(b[i]) {
                    fraction += Double(d) * scale
                    scale /= 10
                    i += 1
                }
                guard i > digitsStart else { return nil }
                seconds += fraction
            }
        }
        return (seconds, i)
    }

    /// The zone offset in seconds east of UTC, or nil when the rest is not a zone.
    private static func parseZone(_ b: [UInt8], _ start: Int) -> Double? {
        var i = start
        if i < b.count, b[i] == UInt8(ascii: " ") { i += 1 }
        guard i < b.count else { return 0 }
        if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") { return i + 1 == b.count ? 0 : nil }
        guard b[i] == UInt8(ascii: "+") || b[i] == minus, let hours = number(b, i + 1, 2), hours <= 14 else { return nil }
        let sign: Double = b[i] == minus ? -1 : 1
        var j = i + 3
        var minutes = 0
        if j < b.count, b[j] == UInt8(ascii: ":") { j += 1 }
        if j < b.count {
            guard let m = number(b, j, 2), m < 60 else { return nil }
            minutes = m
            j += 2
        }
        guard j == b.count else { return nil }
        return sign * Double(hours * 3600 + minutes * 60)
    }

    private static func digit(_ b: UInt8) -> Int? {
        b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil
    }

    private static func number(_ b: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start >= 0, start + length <= b.count else { return nil }
        var value = 0
        for i in start..<(start + length) {
            guard let d = digit(b[i]) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
