/// A light suffix stripper: enough to make "penalized"/"penalizes"/"penalizing" and "metric"/"metrics" meet,
/// without a full Porter stemmer's over-stemming of short words.
enum Stemmer {
    private static let rules: [(suffix: String, replacement: String)] = [
        ("ational", "ate"), ("ization", "ize"), ("isation", "ize"), ("fulness", "ful"), ("iveness", "ive"),
        ("ousness", "ous"), ("ations", "ate"), ("ation", "ate"), ("ingly", ""), ("edly", ""), ("ments", "ment"),
        ("ities", "ity"), ("ness", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("sses", "ss"),
        ("ises", "ize"), ("ised", "ize"), ("ise", "ize"), ("ed", ""), ("es", "e"), ("ly", ""),
    ]

    /// The stem of a lowercase word.
    static func stem(_ word: String) -> String {
        guard word.utf8.count > 3, word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        var stem = word
        if let rule = rules.first(where: { word.hasSuffix($0.suffix) && word.utf8.count - $0.suffix.utf8.count >= 3 }) {
            stem = String(word.dropLast(rule.suffix.count)) + rule.replacement
        } else if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            stem = String(word.dropLast())
        }
        if stem.utf8.count > 3, stem.hasSuffix("e") { stem.removeLast() }
        return stem
    }
}
