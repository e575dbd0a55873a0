import Foundation

extension FeedAuthor {
    /// Reads RSS's free-form author text the way feedparser does: `jane@example.org (Jane Doe)`,
    /// `Jane Doe <jane@example.org>`, or a bare name or address.
    static func parse(rss text: String) -> FeedAuthor? {
        let trimmed = HTMLText.collapse(text)
        guard !trimmed.isEmpty else { return nil }
        guard let email = firstEmail(in: trimmed) else { return FeedAuthor(name: trimmed) }
        var name = trimmed.replacingOccurrences(of: email, with: "")
        for wrapper in ["()", "<>", "&lt;&gt;"] { name = name.replacingOccurrences(of: wrapper, with: "") }
        name = name.trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("(") { name.removeFirst() }
        if name.hasSuffix(")") { name.removeLast() }
        return FeedAuthor(name: name.trimmingCharacters(in: .whitespaces), email: email)
    }

    /// The first `local@domain.tld` in `text`.
    private static func firstEmail(in text: String) -> String? {
        let chars = Array(text)
        guard let at = chars.firstIndex(of: "@") else { return nil }
        var start = at
        while start > 0, isLocal(chars[start - 1]) { start -= 1 }
        var end = at + 1
        while end < chars.count, isDomain(chars[end]) { end += 1 }
        while end > at + 1, chars[end - 1] == "." { end -= 1 }
        let domain = chars[(at + 1)..<end]
        guard start < at, domain.contains("."), domain.last.map({ $0.isLetter || $0.isNumber }) == true else { return nil }
        return String(chars[start..<end])
    }

    private static func isLocal(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || "_-.+".contains(c))
    }

    private static func isDomain(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == ".")
    }
}
