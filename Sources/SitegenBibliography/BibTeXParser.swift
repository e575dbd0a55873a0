import SitegenCore

/// Reads the entry structure of a BibTeX/BibLaTeX file: `@string` macros, `@comment`/`@preamble`, entries with
/// braced, quoted, numeric and macro values joined by `#`. A malformed entry gives a diagnostic at its line and
/// column saying what was expected; reading resumes at the next entry.
public struct BibTeXParser {
    private let s: [Unicode.Scalar]
    private let file: String
    private var i = 0
    private var line = 1
    private var column = 1
    private var macros: [String: String]
    private(set) var diagnostics: [Diagnostic] = []

    /// Creates a parser for `text`, read from `file` (used in diagnostics).
    public init(text: String, file: String) {
        s = Array(text.unicodeScalars)
        self.file = file
        macros = Self.monthMacros
    }

    private static let monthMacros: [String: String] = [
        "jan": "1", "feb": "2", "mar": "3", "apr": "4", "may": "5", "jun": "6",
        "jul": "7", "aug": "8", "sep": "9", "oct": "10", "nov": "11", "dec": "12",
    ]

    private struct ParseFailure: Error {
        var expected: String
        var location: SourceLocation
    }

    /// Reads every entry; diagnostics cover malformed entries, and duplicate keys (a warning naming both places).
    public mutating func parse() -> (entries: [BibTeXEntry], diagnostics: [Diagnostic]) {
        var entries: [BibTeXEntry] = []
        var seen: [String: SourceLocation] = [:]
        while skipToAt() {
            let start = here
            advance()  // '@'
            do {
                if let entry = try parseItem(start: start) {
                    if let first = seen[entry.key] {
                        diagnostics.append(Diagnostic(
                            .warning, "duplicate bibliography key '\(entry.key)' (first defined at \(first))",
                            at: entry.location, rule: "duplicate-citation-key",
                            hint: "rename one of the entries; the first definition is used",
                            related: [.init(location: first, message: "first definition of '\(entry.key)'")]))
                        continue
                    }
                    seen[entry.key] = entry.location
                    entries.append(entry)
                }
            } catch let failure as ParseFailure {
                diagnostics.append(.error(
                    "malformed bibliography entry: expected \(failure.expected)", at: failure.location,
                    rule: "bibliography-syntax", hint: "check the braces, commas and '=' of the entry starting at line \(start.line)"))
                skipToNextEntryLine()
            } catch {
                skipToNextEntryLine()
            }
        }
        return (entries, diagnostics)
    }

    // MARK: - positions

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    private var atEnd: Bool { i >= s.count }
    private var current: Unicode.Scalar? { i < s.count ? s[i] : nil }

    private mutating func advance() {
        guard i < s.count else { return }
        if s[i] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        i += 1
    }

    private mutating func skipWhitespace() {
        while let c = current, c.properties.isWhitespace { advance() }
    }

    /// Moves to the next '@'; text between entries is a comment in BibTeX.
    private mutating func skipToAt() -> Bool {
        while let c = current, c != "@" { advance() }
        return !atEnd
    }

    /// After an error, resumes at the next '@' that starts a line, so one bad entry does not swallow the file.
    private mutating func skipToNextEntryLine() {
        var back = i - 1
        while back >= 0, s[back] == " " || s[back] == "\t" { back -= 1 }
        var lineStart = back < 0 || s[back] == "\n"
        while let c = current {
            if c == "@" && lineStart { return }
            if c == "\n" { lineStart = true } else if !c.properties.isWhitespace { lineStart = false }
            advance()
        }
    }

    private mutating func expect(_ c: Unicode.Scalar, _ what: String) throws {
        guard current == c else { throw ParseFailure(expected: what + found, location: here) }
        advance()
    }

    private var found: String {
        guard let c = current else { return ", found end of file" }
        if c == "\n" { return ", found end of line" }
        return ", found '\(Character(c))'"
    }

    // MARK: - entries

    private mutating func identifier(_ allowed: (Unicode.Scalar) -> Bool) -> String {
        var out = ""
        while let c = current, allowed(c) {
            out.unicodeScalars.append(c)
            advance()
        }
        return out
    }

    private static func isKeyChar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c) || ".:;?!`'()/*@_+=-[]&<>|\"^$~".unicodeScalars.contains(c) && c != ","
    }

    private static func isFieldChar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c) || "-_:+.".unicodeScalars.contains(c)
    }

    private mutating func parseItem(start: SourceLocation) throws -> BibTeXEntry? {
        let type = identifier { $0.properties.isAlphabetic }.lowercased()
        guard !type.isEmpty else { throw ParseFailure(expected: "an entry type after '@'" + found, location: here) }
        skipWhitespace()
        if type == "comment" {
            if current == "{" || current == "(" { _ = try balanced() }
            return nil
        }
        guard let open = current, open == "{" || open == "(" else {
            throw ParseFailure(expected: "'{' after '@\(type)'" + found, location: here)
        }
        let close: Unicode.Scalar = open == "{" ? "}" : ")"
        advance()
        skipWhitespace()
        switch type {
        case "preamble":
            _ = try value()
            skipWhitespace()
            try expect(close, "'\(Character(close))' to end @preamble")
            return nil
        case "string":
            let (name, text) = try field()
            macros[name] = text
            skipWhitespace()
            try expect(close, "'\(Character(close))' to end @string")
            return nil
        default:
            return try entryBody(type: type, close: close, start: start)
        }
    }

    private mutating func entryBody(type: String, close: Unicode.Scalar, start: SourceLocation) throws -> BibTeXEntry {
        let key = identifier { Self.isKeyChar($0) && $0 != close }
        guard !key.isEmpty else { throw ParseFailure(expected: "a citation key after '@\(type){'" + found, location: here) }
        skipWhitespace()
        var fields: [String: String] = [:]
        if current == close {
            advance()
            return BibTeXEntry(type: type, key: key, fields: fields, location: start)
        }
        try expect(",", "',' after the key '\(key)'")
        var count = 0
        while count < 10_000 {
            count += 1
            skipWhitespace()
            if current == close {
                advance()
                return BibTeXEntry(type: type, key: key, fields: fields, location: start)
            }
            let (name, text) = try field()
            if fields[name] == nil { fields[name] = text }
            skipWhitespace()
            if current == "," {
                advance()
                continue
            }
            if current == close {
                advance()
                return BibTeXEntry(type: type, key: key, fields: fields, location: start)
            }
            throw ParseFailure(expected: "',' or '\(Character(close))' after the value of '\(name)' in '\(key)'" + found, location: here)
        }
        throw ParseFailure(expected: "the end of entry '\(key)'", location: here)
    }

    private mutating func field() throws -> (String, String) {
        let name = identifier(Self.isFieldChar).lowercased()
        guard !name.isEmpty else { throw ParseFailure(expected: "a field name" + found, location: here) }
        skipWhitespace()
        try expect("=", "'=' after field name '\(name)'")
        skipWhitespace()
        var text = try value()
        var parts = 0
        while parts < 10_000 {
            parts += 1
            skipWhitespace()
            guard current == "#" else { break }
            advance()
            skipWhitespace()
            text += try value()
        }
        return (Self.alias(name), text)
    }

    private static func alias(_ name: String) -> String {
        switch name {
        case "archiveprefix": return "eprinttype"
        case "primaryclass": return "eprintclass"
        default: return name
        }
    }

    private mutating func value() throws -> String {
        guard let c = current else { throw ParseFailure(expected: "a value", location: here) }
        if c == "{" { return try balanced() }
        if c == "\"" { return try quoted() }
        if ("0"..."9").contains(c) { return identifier { ("0"..."9").contains($0) } }
        let start = here
        let name = identifier(Self.isFieldChar).lowercased()
        guard !name.isEmpty else {
            throw ParseFailure(expected: "a value ('{…}', '\"…\"', a number or a @string name)" + found, location: here)
        }
        if let expansion = macros[name] { return expansion }
        diagnostics.append(.warning(
            "undefined @string macro '\(name)'", at: start, rule: "bibliography-syntax",
            hint: "define it with @string{\(name) = {…}} or put the value in braces"))
        return name
    }

    /// A `{…}` group; the outer braces are dropped, inner ones kept.
    private mutating func balanced() throws -> String {
        let start = here
        advance()
        var depth = 1
        var out = ""
        while let c = current {
            if c == "\\" {
                out.unicodeScalars.append(c)
                advance()
                if let n = current, n == "{" || n == "}" || n == "\\" {
                    out.unicodeScalars.append(n)
                    advance()
                }
                continue
            }
            if c == "{" { depth += 1 }
            if c == "}" {
                depth -= 1
                if depth == 0 {
                    advance()
                    return out
                }
            }
            if c == "@" && depth >= 1 && isAtLineStart(out) && looksLikeEntry() {
                throw ParseFailure(expected: "'}' to close the '{' at line \(start.line), column \(start.column)", location: start)
            }
            out.unicodeScalars.append(c)
            advance()
        }
        throw ParseFailure(expected: "'}' to close the '{' at line \(start.line), column \(start.column)", location: start)
    }

    private func isAtLineStart(_ text: String) -> Bool {
        guard let lastNewline = text.unicodeScalars.lastIndex(of: "\n") else { return false }
        return text.unicodeScalars[text.unicodeScalars.index(after: lastNewline)...].allSatisfy { $0.properties.isWhitespace }
    }

    private func looksLikeEntry() -> Bool {
        var j = i + 1
        var name = ""
        while j < s.count, s[j].properties.isAlphabetic {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        while j < s.count, s[j] == " " { j += 1 }
        return !name.isEmpty && j < s.count && (s[j] == "{" || s[j] == "(")
    }

    private mutating func quoted() throws -> String {
        let start = here
        advance()
        var out = ""
        var depth = 0
        while let c = current {
            if c == "\\" {
                out.unicodeScalars.append(c)
                advance()
                if let n = current {
                    out.unicodeScalars.append(n)
                    advance()
                }
                continue
            }
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            if c == "\"" && depth <= 0 {
                advance()
                return out
            }
            out.unicodeScalars.append(c)
            advance()
        }
        throw ParseFailure(expected: "'\"' to close the value opened at line \(start.line), column \(start.column)", location: start)
    }
}
