import Foundation

/// One fixture of the CSL processor test suite: sections between `>>==== NAME ====>>` and `<<==== NAME ====<<`.
struct CSLSuiteFixture {
    /// The file name (`affix_CommaAfterQuote.txt`).
    var name: String
    /// Section text by upper-case name (`MODE`, `RESULT`, `CSL`, `INPUT`, `CITATION-ITEMS`, `CITATIONS`, …).
    var sections: [String: String]

    /// The fixture's category: the part of its name before the first underscore.
    var category: String { String(name.prefix { $0 != "_" }) }

    var mode: String { (sections["MODE"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Parses a fixture file's text.
    static func parse(_ text: String, name: String) -> CSLSuiteFixture {
        var sections: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.drop { $0 == "\u{FEFF}" }.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if let open = marker(line, opening: true) {
                current = open
                lines = []
            } else if let close = marker(line, opening: false), close == current {
                sections[close] = lines.joined(separator: "\n")
                current = nil
            } else if current != nil {
                lines.append(Substring(line))
            }
        }
        return CSLSuiteFixture(name: name, sections: sections)
    }

    /// The section name of a `>>=== NAME ===>>` (opening) or `<<=== NAME ===<<` (closing) line.
    private static func marker(_ line: String, opening: Bool) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        let (start, end) = opening ? (">>", ">>") : ("<<", "<<")
        guard t.hasPrefix(start + "="), t.hasSuffix("=" + end), t.count > 4 else { return nil }
        let inner = t.dropFirst(2).dropLast(2).trimmingCharacters(in: CharacterSet(charactersIn: "= "))
        return inner.isEmpty ? nil : inner.uppercased()
    }
}
