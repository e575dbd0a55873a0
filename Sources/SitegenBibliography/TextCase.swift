/// CSL `text-case` transformations over rich text, working word by word with the same state machine pandoc's
/// citeproc uses (so "iPhone", all-caps words, stop words and protected spans behave as in pandoc).
enum TextCase: String, Sendable {
    case lowercase, uppercase
    case capitalizeFirst = "capitalize-first"
    case capitalizeAll = "capitalize-all"
    case sentence, title

    enum State: Equatable {
        case start, startSentence, afterWordEnd, afterWordChar, afterSentencePunct, afterOtherPunct, beforeLastWord
    }

    /// Transforms the text of `inlines`; protected (`nocase`), small-caps, super- and subscript content is kept.
    func apply(_ inlines: [RichInline]) -> [RichInline] {
        var state = State.start
        let tokens = Self.tokenize(inlines)
        var out: [RichInline] = []
        for (n, token) in tokens.enumerated() {
            if n == tokens.count - 1, n > 0, case .text(let t) = token, !t.contains(where: Self.isWordBreak),
                state == .afterWordEnd || state == .startSentence || state == .start {
                state = .beforeLastWord
            }
            out.append(transform(token, &state))
        }
        return RichInlineBuilder.normalize(out)
    }

    /// Splits top-level text at spaces so the last word can be recognised as pandoc's last `Str`.
    private static func tokenize(_ inlines: [RichInline]) -> [RichInline] {
        var out: [RichInline] = []
        for inline in inlines {
            guard case .text(let t) = inline else { out.append(inline); continue }
            var word = ""
            for ch in t {
                if ch == " " || ch == "\n" || ch == "\t" {
                    if !word.isEmpty { out.append(.text(word)); word = "" }
                    out.append(.text(" "))
                } else {
                    word.append(ch)
                }
            }
            if !word.isEmpty { out.append(.text(word)) }
        }
        return out
    }

    private func transform(_ inline: RichInline, _ state: inout State) -> RichInline {
        switch inline {
        case .text(let t):
            return .text(Self.chunks(t).map { step($0, &state) }.joined())
        case .math:
            return inline
        case .nocase(let c), .smallCaps(let c), .superscript(let c), .subscript(let c):
            state = Self.next(after: RichText.plain(c), from: state)
            return inline
        default:
            return inline.replacingChildren(inline.children.map { transform($0, &state) })
        }
    }

    private func step(_ chunk: String, _ state: inout State) -> String {
        let before = state
        state = Self.next(after: chunk, from: state)
        guard chunk.allSatisfy({ $0.isLetter || $0.isNumber }) else { return chunk }
        return change(chunk, before)
    }

    /// The state after `chunk` (citeproc's `g`).
    private static func next(after chunk: String, from state: State) -> State {
        guard let c = chunk.last else { return state }
        if c == "." || c == "?" || c == "!" || c == ":" { return .afterSentencePunct }
        if c.isLetter || c.isNumber { return .afterWordChar }
        if c.isWhitespace && state == .afterSentencePunct { return .startSentence }
        if isWordBreak(c) { return .afterWordEnd }
        // pandoc 2.17's citeproc leaves the state alone after other punctuation: "(in)visible" → "(In)visible".
        return state
    }

    static func isWordBreak(_ c: Character) -> Bool {
        c == "-" || c == "/" || c == "\u{2013}" || c == "\u{2014}" || c.isWhitespace
    }

    /// Groups characters as pandoc 2.17's citeproc does: alphanumerics together, spaces together, anything else
    /// one by one.
    private static func chunks(_ t: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var last: Character?
        for ch in t {
            if let l = last, sameType(l, ch) { cur.append(ch) } else {
                if !cur.isEmpty { out.append(cur) }
                cur = String(ch)
            }
            last = ch
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    private static func sameType(_ c: Character, _ d: Character) -> Bool {
        ((c.isLetter || c.isNumber) && (d.isLetter || d.isNumber)) || (c.isWhitespace && d.isWhitespace)
    }

    private func change(_ chunk: String, _ st: State) -> String {
        switch self {
        case .uppercase: return chunk.uppercased()
        case .lowercase: return chunk.lowercased()
        case .capitalizeAll:
            if Self.isMixed(chunk) { return chunk }
            if st == .start || st == .startSentence || st == .afterWordEnd || st == .beforeLastWord {
                return Self.isAllLower(chunk) ? Self.capitalize(chunk) : chunk
            }
            return chunk
        case .capitalizeFirst:
            if Self.isMixed(chunk) { return chunk }
            return st == .start && Self.isAllLower(chunk) ? Self.capitalize(chunk) : chunk
        case .sentence:
            let atStart = st == .start || st == .startSentence
            if Self.isCapitalized(chunk) && !atStart { return chunk.lowercased() }
            if (Self.isCapitalized(chunk) || Self.isAllLower(chunk)) && atStart { return Self.capitalize(chunk.lowercased()) }
            return chunk
        case .title:
            if Self.isMixed(chunk) { return chunk }
            if chunk.allSatisfy({ $0.isUppercase || !$0.isCased }) && chunk.contains(where: \.isUppercase) { return chunk }
            if st == .startSentence || st == .start { return Self.capitalize(chunk.lowercased()) }
            if st == .afterWordEnd, !Self.stopWords.contains(chunk), chunk.count > 1 { return Self.capitalize(chunk.lowercased()) }
            if st == .beforeLastWord, chunk.count > 1 { return Self.capitalize(chunk.lowercased()) }
            return chunk
        }
    }

    private static func isMixed(_ t: String) -> Bool { t.contains(where: \.isUppercase) && t.contains(where: \.isLowercase) }
    private static func isAllLower(_ t: String) -> Bool { t.allSatisfy { $0.isLowercase || !$0.isCased } }
    private static func isCapitalized(_ t: String) -> Bool {
        guard let f = t.first, f.isUppercase else { return false }
        return t.dropFirst().allSatisfy { $0.isLowercase || !$0.isCased }
    }

    static func capitalize(_ t: String) -> String {
        guard let f = t.first else { return t }
        return f.uppercased() + t.dropFirst()
    }

    private static let stopWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on", "onto",
        "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet", "about", "van", "von", "de", "d", "l",
    ]
}

extension Character {
    /// True for characters that have case (letters with upper/lowercase forms).
    var isCased: Bool { isUppercase || isLowercase }
}
