/// Splits the text after a citation key (", pp. 33-35 and passim") into a CSL locator label, the locator and
/// the remaining suffix, as pandoc does: a locator term from the locale ("p.", "chap.", "sec.", "§"…) or a
/// bare number (a page), then number-like words.
struct LocatorParser {
    struct Result: Equatable {
        var label: String?
        var locator: String?
        var suffix: String
    }

    private let labels: [(String, String)]

    /// Builds the table of locator terms of `locale` (long and short, singular and plural, symbols).
    init(locales: [CSLLocale]) {
        let kinds = ["book", "chapter", "column", "figure", "folio", "issue", "line", "note", "opus", "page",
                     "paragraph", "part", "section", "sub verbo", "verse", "volume"]
        var table: [(String, String)] = []
        for locale in locales {
        for kind in kinds {
            for form in ["long", "short", "symbol"] {
                for plural in [false, true] {
                    if let t = locale.terms[kind + "|" + form].map({ plural ? $0.multiple : $0.single }), !t.isEmpty {
                        table.append((t, kind))
                    }
                }
            }
        }
        }
        table += [("no.", "issue"), ("nos.", "issue"), ("number", "issue"), ("numbers", "issue")]
        labels = table.sorted { $0.0.count > $1.0.count }
    }

    func parse(_ suffix: String) -> Result {
        var rest = Substring(suffix)
        rest = rest.drop { $0 == " " }
        if rest.hasPrefix(",") { rest = rest.dropFirst().drop { $0 == " " } }
        if rest.hasPrefix("{"), let close = rest.firstIndex(of: "}") {
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            let (label, loc) = splitLabel(Substring(inner))
            return Result(label: label ?? "page", locator: String(loc).trimmingCharacters(in: .whitespaces), suffix: String(rest[rest.index(after: close)...]))
        }
        let (label, afterLabel) = splitLabel(rest)
        let (locator, remainder) = takeLocator(afterLabel)
        guard let locator, !locator.isEmpty else {
            return Result(label: nil, locator: nil, suffix: suffix)
        }
        return Result(label: label ?? "page", locator: locator, suffix: String(remainder))
    }

    private func splitLabel(_ s: Substring) -> (String?, Substring) {
        let lower = s.lowercased()
        for (term, kind) in labels where lower.hasPrefix(term.lowercased()) {
            let after = s.dropFirst(term.count)
            if term.last?.isLetter == true, let next = after.first, next.isLetter { continue }
            return (kind, after.drop { $0 == " " || $0 == "\u{00A0}" })
        }
        return (nil, s)
    }

    /// Number-like words ("33", "iv", "3-5", "12a"), joined by ",", "&" or "and" when another follows.
    private func takeLocator(_ s: Substring) -> (String?, Substring) {
        var words: [Substring] = []
        var rest = s
        func core(_ w: Substring) -> Substring { w.hasSuffix(",") ? w.dropLast() : w }
        func nextWord(_ t: Substring) -> Substring { t.drop { $0 == " " }.prefix { $0 != " " } }
        var guardCount = 0
        while guardCount < 100 {
            guardCount += 1
            let trimmed = rest.drop { $0 == " " }
            let word = trimmed.prefix { $0 != " " }
            if word.isEmpty { break }
            let after = trimmed.dropFirst(word.count)
            if isLocatorWord(core(word)) {
                if word.hasSuffix(","), !isLocatorWord(core(nextWord(after))) {
                    words.append(core(word))
                    rest = trimmed.dropFirst(word.count - 1)
                    break
                }
                words.append(word)
                rest = after
                continue
            }
            if word == "and" || word == "&", !words.isEmpty, isLocatorWord(core(nextWord(after))) {
                words.append(word)
                rest = after
                continue
            }
            break
        }
        guard !words.isEmpty else { return (nil, s) }
        return (words.joined(separator: " "), rest)
    }

    private func isLocatorWord(_ w: Substring) -> Bool {
        guard !w.isEmpty else { return false }
        if w.contains(where: \.isNumber) {
            return w.allSatisfy { $0.isNumber || $0.isLetter || "-–—:.()/".contains($0) }
        }
        return w.split(whereSeparator: { $0 == "-" || $0 == "–" }).allSatisfy { Self.isRoman(String($0)) }
    }

    private static func isRoman(_ w: String) -> Bool {
        guard !w.isEmpty, w.count <= 12 else { return false }
        return w.lowercased().wholeMatch(of: /m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})/) != nil
    }
}
