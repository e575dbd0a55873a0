/// Matches compiled rules against one line at a moving position.
struct LineScanner {
    /// The identifier at a position, built once however many word rules look at it.
    final class WordCache {
        var start = -1
        var word = ""
    }

    let line: [Unicode.Scalar]
    let cache = WordCache()
    let grammar: CompiledGrammar
    var position = 0
    let firstNonBlank: Int
    /// Where the line's content ends: before trailing blanks and a comment that starts with ` #`.
    let contentEnd: Int

    /// The line's index in the block.
    let lineIndex: Int

    init(line: [Unicode.Scalar], grammar: CompiledGrammar, lineIndex: Int) {
        self.line = line
        self.lineIndex = lineIndex
        self.grammar = grammar
        firstNonBlank = line.firstIndex { $0 != " " && $0 != "\t" } ?? line.count
        var end = line.count
        for index in line.indices where line[index] == "#" && index > 0 && (line[index - 1] == " " || line[index - 1] == "\t") {
            end = index
            break
        }
        while end > 0, line[end - 1] == " " || line[end - 1] == "\t" { end -= 1 }
        contentEnd = end
    }

    func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 {
            return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || v == 0x5F || grammar.identifierStarts.contains(c)
        }
        return c.properties.isAlphabetic || grammar.identifierStarts.contains(c)
    }

    func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 {
            return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || v == 0x5F || (v >= 0x30 && v <= 0x39)
                || grammar.identifierExtras.contains(c)
        }
        return c.properties.isAlphabetic || grammar.identifierExtras.contains(c)
    }

    /// An identifier starts at the position and is not the tail of a longer one.
    var identifierStartsHere: Bool {
        position < line.count && isIdentifierStart(line[position])
            && (position == 0 || !isIdentifierPart(line[position - 1]))
    }

    func identifierEnd(from start: Int? = nil) -> Int {
        var end = (start ?? position) + 1
        while end < line.count, isIdentifierPart(line[end]) { end += 1 }
        return end
    }

    /// Where `rule` ends when it matches at the position, or nil.
    func match(_ rule: CompiledRule) -> Int? {
        switch rule.position {
        case .anywhere: break
        case .lineStart: if position != 0 { return nil }
        case .firstNonBlank: if position != firstNonBlank { return nil }
        }
        if rule.onlyFirstLine, lineIndex != 0 { return nil }
        if let notAfter = rule.notAfter, position > 0 {
            let previous = line[position - 1]
            if notAfter.contains(previous) { return nil }
        }
        guard var end = matchPattern(rule.pattern) else { return nil }
        if rule.endsValue, end != contentEnd { return nil }
        if let follower = rule.followedBy {
            var look = end
            while look < line.count, line[look] == " " || line[look] == "\t" { look += 1 }
            guard hasText(follower, at: look) else { return nil }
            if rule.takesFollower { end = look + follower.count }
            if let not = rule.notFollowedBy, hasText(not, at: look + follower.count) { return nil }
        } else if let not = rule.notFollowedBy, hasText(not, at: end) {
            return nil
        }
        return end
    }

    private func hasText(_ text: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + text.count <= line.count else { return false }
        for (offset, c) in text.enumerated() where line[start + offset] != c { return false }
        return true
    }

    private func hasTextIgnoringCase(_ text: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + text.count <= line.count else { return false }
        for (offset, c) in text.enumerated() where lower(line[start + offset]) != lower(c) { return false }
        return true
    }

    private func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c
    }

    private func matchPattern(_ pattern: CompiledRule.Pattern) -> Int? {
        guard position < line.count else { return nil }
        switch pattern {
        case .literals(let texts):
            for text in texts where grammar.ignoresCase
                ? hasTextIgnoringCase(text, at: position) : hasText(text, at: position) {
                // A literal that ends in an identifier character must end at a word boundary.
                let end = position + text.count
                if let first = text.first, isIdentifierStart(first), position > 0, isIdentifierPart(line[position - 1]) {
                    continue
                }
                if let first = text.first, let last = text.last, isIdentifierStart(first), isIdentifierPart(last),
                    end < line.count, isIdentifierPart(line[end]) {
                    continue
                }
                return end
            }
            return nil
        case .words(let words):
            guard identifierStartsHere else { return nil }
            let end = identifierEnd()
            if cache.start != position {
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: line[position..<end])
                cache.word = grammar.ignoresCase ? String(scalars).lowercased() : String(scalars)
                cache.start = position
            }
            return words.contains(cache.word) ? end : nil
        case .identifier:
            return identifierStartsHere ? identifierEnd() : nil
        case .capitalized:
            guard identifierStartsHere, line[position].properties.isUppercase else { return nil }
            return identifierEnd()
        case .number: return numberEnd()
        case .rest: return line.count
        case .run(let set):
            var end = position
            while end < line.count, set.contains(line[end]) { end += 1 }
            return end > position ? end : nil
        case .oneOf(let set): return set.contains(line[position]) ? position + 1 : nil
        case .any: return position + 1
        case .through(let close):
            var end = position + 1
            while end < line.count {
                if hasText(close, at: end) { return end + close.count }
                end += 1
            }
            return line.count
        case .between(let open, let close):
            guard hasText(open, at: position) else { return nil }
            var end = position + open.count
            while end < line.count {
                if hasText(close, at: end) { return end + close.count }
                end += 1
            }
            return line.count
        case .prefixed(let prefix):
            let start = position + prefix.count
            guard hasText(prefix, at: position), start < line.count else { return nil }
            if isDigit(line[start]) { return start + 1 }
            return isIdentifierStart(line[start]) ? identifierEnd(from: start) : nil
        case .printf:
            guard line[position] == "%", position + 1 < line.count else { return nil }
            var end = position + 1
            if line[end] == "%" { return end + 1 }
            while end < line.count, "-+ #0123456789.*lhzjtqL".unicodeScalars.contains(line[end]) { end += 1 }
            guard end < line.count, "diouxXeEfFgGaAcspnvqTtbw".unicodeScalars.contains(line[end]) else { return nil }
            return end + 1
        case .charLiteral:
            guard line[position] == "'", position + 2 < line.count else { return nil }
            let close = line[position + 1] == "\\" ? position + 3 : position + 2
            return close < line.count && line[close] == "'" ? close + 1 : nil
        case .yamlKey:
            var end = position
            while end < line.count {
                if line[end] == ":", end + 1 == line.count || line[end + 1] == " " || line[end + 1] == "\t" {
                    return end > position ? end : nil
                }
                if line[end] == "#", end > position, line[end - 1] == " " { return nil }
                end += 1
            }
            return nil
        case .orderedListMarker:
            var end = position
            while end < line.count, end - position < 9, isDigit(line[end]) { end += 1 }
            guard end > position, end + 1 < line.count, line[end] == "." || line[end] == ")",
                  line[end + 1] == " " else { return nil }
            return end + 2
        case .escape: return line[position] == "\\" && position + 1 < line.count ? position + 2 : nil
        case .empty: return position
        }
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    private func numberEnd() -> Int? {
        if position > 0, isIdentifierPart(line[position - 1]) || line[position - 1] == "." && position > 1
            && isIdentifierPart(line[position - 2]) && !isDigit(line[position - 2]) {
            return nil
        }
        var end = position
        let startsWithDot = line[end] == "."
        if startsWithDot {
            guard end + 1 < line.count, isDigit(line[end + 1]) else { return nil }
        } else if !isDigit(line[end]) {
            return nil
        }
        if line[end] == "0", end + 1 < line.count, "xXbBoO".unicodeScalars.contains(line[end + 1]) {
            end += 2
            while end < line.count, line[end].properties.isASCIIHexDigit || line[end] == "_" { end += 1 }
            return suffixEnd(end)
        }
        func digits() { while end < line.count, isDigit(line[end]) || line[end] == "_" { end += 1 } }
        digits()
        if end < line.count, line[end] == ".", !(end + 1 < line.count && line[end + 1] == ".") {
            let next = end + 1 < line.count ? line[end + 1] : " "
            if !isIdentifierStart(next) || next == "e" || next == "E" {
                end += 1
                digits()
            }
        }
        if end < line.count, line[end] == "e" || line[end] == "E" {
            var look = end + 1
            if look < line.count, line[look] == "+" || line[look] == "-" { look += 1 }
            if look < line.count, isDigit(line[look]) {
                end = look
                digits()
            }
        }
        return suffixEnd(end)
    }

    private func suffixEnd(_ end: Int) -> Int {
        var end = end
        while end < line.count, grammar.numberSuffixes.contains(line[end]) { end += 1 }
        return end
    }

    /// `bn`, `fl` or `dv` for the number from the position to `end`.
    func numberClass(upTo end: Int) -> TokenClass {
        let text = line[position..<end]
        if text.count > 1, text.first == "0", "xXbBoO".unicodeScalars.contains(text[text.startIndex + 1]) {
            return .baseN
        }
        return text.contains(".") || text.contains("e") || text.contains("E") ? .float : .decimal
    }
}
