import Foundation

/// Extracts arrow chains (`A → B → C`, `A -> B`, `A ⇒ B`) from prose. Arrows that are notation are not claims:
/// a side without a word (`$500 → $1000`, `x → 0`, `1 -> 2`), both sides the same (`Python 2 → Python 3`),
/// and short capitalised menu paths (`File → Save As`). Code and math never reach this point.
enum ClaimExtractor {
    /// Words naming menus and settings: a short capitalised path through them is navigation, not causation.
    static let interfaceWords: Set<String> = [
        "file", "edit", "view", "window", "help", "tools", "settings", "preferences", "options", "menu", "save",
        "save as", "open", "new", "export", "import", "print", "format", "insert", "account", "profile", "privacy",
        "security", "general", "advanced", "system preferences", "control panel", "extensions", "plugins",
        "add-ons", "developer", "developer tools", "appearance", "display", "network", "sharing", "share",
        "users", "apps", "applications", "downloads", "history", "bookmarks", "tab", "tabs", "page", "layout",
        "project", "build", "run", "debug", "source control", "terminal", "copy", "paste", "select all", "undo",
        "redo", "find", "replace", "close", "exit", "quit", "sign in", "log in", "login", "logout", "home",
    ]

    /// Words that introduce a navigation path.
    static let navigationWords: Set<String> = [
        "click", "clicking", "navigate", "select", "choose", "open", "menu", "tap", "press", "goto",
    ]

    /// Verbs of substitution: "swap tanh → relu", "replacing Redis → Postgres" name a change, not a cause.
    static let substitutionWords: Set<String> = [
        "swap", "swaps", "swapped", "swapping", "replace", "replaces", "replaced", "replacing", "switch",
        "switches", "switched", "switching", "change", "changes", "changed", "changing", "migrate", "migrates",
        "migrated", "migrating", "rename", "renames", "renamed", "renaming", "convert", "converts", "converted",
        "converting", "upgrade", "upgraded", "upgrading", "downgrade", "downgraded", "downgrading", "map", "maps",
        "mapped", "mapping", "substitute", "substituted", "substituting", "translate", "translated", "from",
    ]

    /// Generic words that label the parts of a template chain ("Impact → Internal Process → Observable
    /// Effect", "Mechanism"): scaffolding, not claims; a node made only of them is dropped.
    static let scaffoldWords: Set<String> = [
        "mechanism", "mechanisms", "process", "internal", "external", "observable", "effect", "effects", "impact",
        "impacts", "cause", "causes", "outcome", "outcomes", "result", "results", "consequence", "consequences",
        "causal", "chain", "root", "symptom", "symptoms", "trigger", "triggers", "input", "output", "stage",
        "step", "pathway", "factor", "factors", "driver", "drivers", "response", "mitigation", "solution",
        "problem", "issue", "implication", "implications", "analysis",
    ]

    /// The arrow chains of a passage's text (after any label).
    static func chains(_ text: String) -> [[ClaimStatement.Node]] {
        let unified = ArrowScanner.unifyArrows(text)
        guard unified.contains("\u{2192}") else { return [] }
        return clauses(unified).filter { $0.contains("\u{2192}") }.flatMap(chains(inClause:))
    }

    /// Splits at sentence ends, semicolons and line breaks (scanning scalars, not grapheme clusters).
    static func clauses(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            let atEnd = next == scalars.endIndex || scalars[next].properties.isWhitespace
            if c == "\n" || c == ";" || ((c == "." || c == "!" || c == "?") && atEnd) {
                result.append(text[start..<i])
                start = next
            }
            i = next
        }
        result.append(text[start...])
        return result.filter { !$0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
    }

    private static func chains(inClause clause: Substring) -> [[ClaimStatement.Node]] {
        let parts = clause.split(separator: "\u{2192}", omittingEmptySubsequences: false)
        var raw: [[Substring]] = []
        var current: [Substring] = [tail(parts[0])]
        for (i, part) in parts.enumerated().dropFirst() {
            if i == parts.count - 1 {
                current.append(head(part))
            } else if let split = firstDelimiter(part) {
                current.append(part[..<split.lowerBound])
                raw.append(current)
                current = [tail(part)]
            } else {
                current.append(part)
            }
        }
        raw.append(current)
        let words = Tokenizer.words(String(clause))
        let navigation = words.contains { navigationWords.contains($0) }
            || zip(words, words.dropFirst()).contains { $0 == "go" && $1 == "to" }
        // "swapping tanh → relu": a substitution named before the first arrow, not a causal chain.
        let beforeFirstArrow = Tokenizer.words(String(parts[0]))
        if beforeFirstArrow.suffix(4).contains(where: substitutionWords.contains) { return [] }
        return raw.compactMap { validated(withoutScaffolding($0), navigation: navigation) }
    }

    /// The chain without nodes that only name template parts ("Internal Process", "Observable Effect").
    private static func withoutScaffolding(_ parts: [Substring]) -> [Substring] {
        parts.filter { part in
            let words = Tokenizer.words(String(part)).filter { !StopWords.all.contains($0) }
            return words.isEmpty || !words.allSatisfy(scaffoldWords.contains)
        }
    }

    /// True when a side of an arrow is an identifier (`load_config`, `fooBar`, `self.cache`, `f()`): an
    /// arrow between identifiers is a data flow or a rename, not a claim.
    private static func isIdentifier(_ part: Substring) -> Bool {
        let words = part.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard words.count == 1, let word = words.first else { return false }
        let scalars = Array(word.unicodeScalars)
        if word.contains("_") || word.contains("()") || word.contains("::") { return true }
        if let dot = word.firstIndex(of: "."), dot != word.startIndex, word.index(after: dot) < word.endIndex { return true }
        return zip(scalars, scalars.dropFirst()).contains { CharacterSet.lowercaseLetters.contains($0) && CharacterSet.uppercaseLetters.contains($1) }
    }

    private static func validated(_ parts: [Substring], navigation: Bool) -> [ClaimStatement.Node]? {
        guard parts.count >= 2, parts.allSatisfy(ClaimNormalizer.hasWord), !touchesNotation(parts) else { return nil }
        guard !parts.contains(where: isIdentifier) else { return nil }
        guard !isMenuPath(parts, navigation: navigation) else { return nil }
        var nodes: [ClaimStatement.Node] = []
        for (i, part) in parts.enumerated() {
            guard let node = ClaimNormalizer.node(part, keepFirst: i > 0) else { return nil }
            if let previous = nodes.last, previous.terms == node.terms { return nil }
            nodes.append(node)
        }
        return nodes
    }

    /// True when a word touching an arrow has no letters (`$500 → $1000`, `Python 2 → Python 3`, `x → 0`).
    private static func touchesNotation(_ parts: [Substring]) -> Bool {
        for (i, part) in parts.enumerated() {
            let words = part.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
            if i > 0, let first = words.first, !ClaimNormalizer.hasWord(first) { return true }
            if i < parts.count - 1, let last = words.last, !ClaimNormalizer.hasWord(last) { return true }
        }
        return false
    }

    /// The capitalised words next to each arrow are at most three per side, and either name a menu or
    /// follow a navigation verb ("click", "open", "go to").
    private static func isMenuPath(_ parts: [Substring], navigation: Bool) -> Bool {
        var runs: [String] = []
        for (i, part) in parts.enumerated() {
            let words = part.split(separator: " ").map { $0.trimmingCharacters(in: ClaimNormalizer.trimSet) }.filter { !$0.isEmpty }
            let capitalised = { (word: String) in word.first.map { !$0.isLetter || $0.isUppercase } ?? false }
            let run = i == 0 ? Array(words.reversed().prefix(while: capitalised).reversed()) : Array(words.prefix(while: capitalised))
            guard !run.isEmpty, run.count <= 3, i == 0 || i == parts.count - 1 || run.count == words.count else { return false }
            runs.append(run.joined(separator: " "))
        }
        return navigation || runs.contains { interfaceWords.contains($0.lowercased()) }
    }

    /// The first soft delimiter (", ", ": ", "; ", brackets, dashes, quotes), scanning scalars.
    static func firstDelimiter(_ text: Substring) -> Range<Substring.Index>? {
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if let length = delimiterLength(scalars, at: i) { return i..<scalars.index(i, offsetBy: length) }
            i = scalars.index(after: i)
        }
        return nil
    }

    /// The last soft delimiter.
    static func lastDelimiter(_ text: Substring) -> Range<Substring.Index>? {
        let scalars = text.unicodeScalars
        var i = scalars.endIndex
        while i > scalars.startIndex {
            i = scalars.index(before: i)
            if let length = delimiterLength(scalars, at: i) { return i..<scalars.index(i, offsetBy: length) }
        }
        return nil
    }

    /// The length in scalars of a delimiter starting at `i`, if one does.
    private static func delimiterLength(_ s: Substring.UnicodeScalarView, at i: Substring.Index) -> Int? {
        let c = s[i]
        let next = s.index(after: i)
        let spaceFollows = next < s.endIndex && s[next] == " "
        switch c {
        case ",", ":", ";": return spaceFollows ? 2 : nil
        case "(", ")", "\u{201C}", "\u{201D}", "\"", "\u{2014}": return 1
        case "\u{2013}": return i > s.startIndex && s[s.index(before: i)] == " " && spaceFollows ? 1 : nil
        case "-":
            return i > s.startIndex && s[s.index(before: i)] == " " && spaceFollows ? 1 : nil
        default: return nil
        }
    }

    /// The text after the last delimiter: the first node of a chain.
    static func tail(_ text: Substring) -> Substring {
        var result = text
        if let range = lastDelimiter(text) { result = text[range.upperBound...] }
        // Leading list numbering ("1. ", "2) ") is not part of the node.
        let trimmed = result.drop(while: { $0 == " " })
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = trimmed.dropFirst(digits.count)
        if !digits.isEmpty, let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
            result = rest.dropFirst(2)
        }
        return result
    }

    /// The text before the first delimiter: the last node of a chain.
    static func head(_ text: Substring) -> Substring {
        guard let range = firstDelimiter(text) else { return text }
        return text[..<range.lowerBound]
    }
}
