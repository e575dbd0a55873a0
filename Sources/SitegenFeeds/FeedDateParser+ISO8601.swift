import Foundation

extension FeedDateParser {
    /// W3C-DTF, RFC 3339 and ISO 8601: `2024-01-05T10:00:00.5+01:00`, `2024-01-05 10:00:00 +0000`,
    /// `20240105T1000Z`, `2024-01-05` (midnight UTC), `2024-01`, `2024`. Lowercased input.
    static func iso8601(_ text: String) -> Date? {
        var scanner = DateScanner(text)
        guard let year = scanner.digits(exactly: 4) else { return nil }
        var civil = CivilTime(year: year, month: 1, day: 1)
        if scanner.skip("-") {
            guard let month = scanner.digits(atMost: 2) else { return nil }
            civil.month = month
            if scanner.skip("-") {
                guard let day = scanner.digits(atMost: 2) else { return nil }
                civil.day = day
            }
        } else if let month = scanner.digits(exactly: 2) {
            guard let day = scanner.digits(exactly: 2) else { return nil }
            civil.month = month
            civil.day = day
        }
        guard !scanner.atEnd else { return civil.date() }
        guard scanner.skip("t") || scanner.skipSpaces() else { return nil }
        guard readTime(&scanner, into: &civil) else { return nil }
        scanner.skipSpaces()
        guard !scanner.atEnd else { return civil.date() }
        guard let offset = zoneOffset(scanner.rest) else { return nil }
        return civil.date(offsetSeconds: offset)
    }

    /// `HH:MM[:SS[.fraction]]` or `HHMM[SS]`; the fraction is dropped, as feedparser does.
    private static func readTime(_ scanner: inout DateScanner, into civil: inout CivilTime) -> Bool {
        guard let hour = scanner.digits(exactly: 2) else { return false }
        civil.hour = hour
        let colon = scanner.skip(":")
        guard let minute = scanner.digits(exactly: 2) else { return false }
        civil.minute = minute
        if colon ? scanner.skip(":") : scanner.peekDigit {
            guard let second = scanner.digits(exactly: 2) else { return false }
            civil.second = second
            if scanner.skip(".") || scanner.skip(",") {
                guard scanner.digits(atMost: 12) != nil else { return false }
            }
        }
        return true
    }
}

/// A cursor over a short ASCII date string.
struct DateScanner {
    private let chars: [Character]
    private var index = 0

    init(_ text: String) { chars = Array(text) }

    var atEnd: Bool { index >= chars.count }
    var rest: Substring { Substring(String(chars[index...])) }
    var peekDigit: Bool { !atEnd && chars[index].isASCIIDigit }

    mutating func skip(_ c: Character) -> Bool {
        guard !atEnd, chars[index] == c else { return false }
        index += 1
        return true
    }

    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = index
        while !atEnd, chars[index] == " " || chars[index] == "\t" { index += 1 }
        return index > start
    }

    mutating func digits(exactly count: Int) -> Int? {
        guard index + count <= chars.count else { return nil }
        let slice = chars[index..<index + count]
        guard slice.allSatisfy(\.isASCIIDigit) else { return nil }
        index += count
        return Int(String(slice))
    }

    mutating func digits(atMost count: Int) -> Int? {
        let start = index
        while !atEnd, chars[index].isASCIIDigit, index - start < count { index += 1 }
        guard index > start else { return nil }
        return Int(String(chars[start..<index]))
    }
}
