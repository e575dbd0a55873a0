import Foundation

/// Splits a BibTeX name list ("A and B and others") and reads each name in the three BibTeX forms —
/// "First von Last", "von Last, First", "von Last, Jr, First" — with `{Braced Names}` as corporate names.
/// The reading follows pandoc's (BibLaTeX's): a von part is the lowercase words before the last name.
enum BibTeXNameParser {
    /// One word of a name: its pieces (text and protected groups) in order.
    private typealias Word = [RichInline]

    /// Parses a raw LaTeX name field.
    static func parse(_ latex: String, useprefix: Bool = false, bibtexStyle: Bool = false) -> [CSLName] {
        let inlines = LaTeXConverter.convert(latex.trimmingCharacters(in: .whitespacesAndNewlines))
        let tokens = tokenize(inlines)
        var names: [[Token]] = [[]]
        for token in tokens {
            if case .word(let w) = token, w == [.text("and")] {
                names.append([])
            } else {
                names[names.count - 1].append(token)
            }
        }
        return names.compactMap { name(from: $0, useprefix: useprefix, bibtexStyle: bibtexStyle) }
    }

    private enum Token: Equatable {
        case word(Word)
        case comma
    }

    /// Words separated by spaces and no-break spaces, commas as their own tokens; groups stay whole.
    private static func tokenize(_ inlines: [RichInline]) -> [Token] {
        var tokens: [Token] = []
        var word: Word = []
        var text = ""
        func endText() {
            if !text.isEmpty { word.append(.text(text)); text = "" }
        }
        func endWord() {
            endText()
            if !word.isEmpty { tokens.append(.word(word)); word = [] }
        }
        for inline in inlines {
            guard case .text(let t) = inline else {
                endText()
                word.append(inline)
                continue
            }
            for ch in t {
                if ch == " " || ch == "\u{00A0}" || ch == "\n" || ch == "\t" {
                    endWord()
                } else if ch == "," {
                    endWord()
                    tokens.append(.comma)
                } else {
                    text.append(ch)
                }
            }
            endText()
        }
        endWord()
        return tokens
    }

    private static func name(from tokens: [Token], useprefix: Bool, bibtexStyle: Bool) -> CSLName? {
        if tokens.isEmpty { return nil }
        if tokens == [.word([.text("others")])] { return CSLName(literal: "others") }
        if tokens.count == 1, case .word(let w) = tokens[0], w.count == 1, case .nocase(let inner) = w[0] {
            return CSLName(literal: RichText.plain(inner))
        }
        var parts: [[Word]] = [[]]
        for token in tokens {
            switch token {
            case .comma: parts.append([])
            case .word(let w): parts[parts.count - 1] += splitInitials(w)
            }
        }
        var first: [Word] = [], vonLast: [Word] = [], jr: [Word] = []
        switch parts.count {
        case 1:
            let all = parts[0]
            let caps = Array(all.prefix(while: isCapitalized))
            let rest = Array(all.dropFirst(caps.count))
            if rest.isEmpty && !caps.isEmpty {
                first = Array(caps.dropLast())
                vonLast = [caps[caps.count - 1]]
            } else {
                first = caps
                vonLast = rest
            }
        case 2:
            vonLast = parts[0]
            first = parts[1]
        default:
            vonLast = parts[0]
            jr = parts[1]
            first = parts[2]
        }
        let (von, last) = splitVon(vonLast, bibtexStyle: bibtexStyle)
        func joined(_ ws: [Word]) -> String? {
            let t = ws.map { RichText.plain($0) }.joined(separator: " ")
            return t.isEmpty ? nil : t
        }
        let prefix = joined(von)
        var n = CSLName(family: joined(last), given: joined(first), suffix: joined(jr))
        if useprefix { n.nonDroppingParticle = prefix } else { n.droppingParticle = prefix }
        return n.isEmpty ? nil : n
    }

    private static func splitVon(_ words: [Word], bibtexStyle: Bool) -> ([Word], [Word]) {
        if bibtexStyle {
            let reversed = Array(words.reversed())
            let caps = Array(reversed.prefix(while: isCapitalized))
            let rest = Array(reversed.dropFirst(caps.count))
            if caps.isEmpty, let w = rest.first { return (Array(rest.dropFirst().reversed()), [w]) }
            return (Array(rest.reversed()), Array(caps.reversed()))
        }
        guard let firstCap = words.firstIndex(where: isCapitalized) else {
            return words.isEmpty ? ([], []) : (Array(words.dropLast()), [words[words.count - 1]])
        }
        return (Array(words[..<firstCap]), Array(words[firstCap...]))
    }

    /// pandoc's test: the first letter of the word's text is uppercase; digits are skipped, groups are skipped.
    private static func isCapitalized(_ word: Word) -> Bool {
        for piece in word {
            guard case .text(let t) = piece else { continue }
            for ch in t {
                if ch.isUppercase { return true }
                if ch.isNumber { continue }
                return false
            }
        }
        return true
    }

    /// "J.G." reads as "J. G." (pandoc issue 392).
    private static func splitInitials(_ word: Word) -> [Word] {
        guard word.count == 1, case .text(let t) = word[0], t.contains(".") else { return [word] }
        let segments = t.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard segments.count >= 3 else { return [word] }
        var words: [String] = []
        var current = ""
        for (n, seg) in segments.enumerated() {
            current += seg
            let isLast = n == segments.count - 1
            if isLast { break }
            current += "."
            let next = segments[n + 1]
            if isSingleCapital(seg) && isSingleCapital(next) {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { [.text($0)] }
    }

    private static func isSingleCapital(_ s: String) -> Bool {
        s.count == 1 && (s.first?.isUppercase ?? false)
    }
}

