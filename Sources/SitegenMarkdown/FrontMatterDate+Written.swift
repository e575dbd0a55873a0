import Foundation

/// The written date forms Quarto reads besides ISO dates: `July 23 2023`, `July 23, 2023`, `Sept 24 2025`,
/// `23 July 2023`, `Jul 23 2023` (English month names, full or abbreviated, `Sept` included) and `2023/07/23`.
extension FrontMatterDate {
    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    /// A date written with a month name (day first or month first), or `YYYY/MM/DD`; nil otherwise.
    static func parseWritten(_ text: String) -> Date? {
        let words = text.lowercased().split { $0 == " " || $0 == "," || $0 == "\t" }.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        if words.count == 1 {
            let parts = words[0].split(separator: "/")
            guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            return make(year: y, month: m, day: d)
        }
        guard words.count == 3 else { return nil }
        if let month = months[words[0]], let day = Int(dayDigits(words[1])), let year = Int(words[2]), words[2].count == 4 {
            return make(year: year, month: month, day: day)
        }
        if let day = Int(dayDigits(words[0])), let month = months[words[1]], let year = Int(words[2]), words[2].count == 4 {
            return make(year: year, month: month, day: day)
        }
        return nil
    }

    /// `23rd` → `23`.
    private static func dayDigits(_ word: String) -> String {
        String(word.prefix { $0.isNumber })
    }

    private static func make(year: Int, month: Int, day: Int) -> Date? {
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard (1...12).contains(month), (1...31).contains(day), let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day else { return nil }
        return date
    }
}
