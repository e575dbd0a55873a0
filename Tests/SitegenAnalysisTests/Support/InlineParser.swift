import SitegenCore

/// Parses the fixture inline syntax: `**strong**`, `*em*`, `` `code` ``, `$math$`, `[text](url)`, `[@key]`.
enum InlineParser {
    static func parse(_ text: String, file: String, line: Int) -> [Inline] {
        var out: [Inline] = []
        var plain = ""
        var rest = Substring(text)
        func flushPlain() {
            if !plain.isEmpty { out.append(.text(plain)); plain = "" }
        }
        while let c = rest.first {
            if c == "\n" {
                flushPlain(); out.append(.softBreak); rest = rest.dropFirst()
            } else if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                flushPlain()
                out.append(.strong(parse(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]), file: file, line: line)))
                rest = rest[end.upperBound...]
            } else if let (inner, after) = delimited(rest, open: "`", close: "`") {
                flushPlain(); out.append(.code(inner)); rest = after
            } else if let (inner, after) = delimited(rest, open: "$", close: "$") {
                flushPlain(); out.append(.math(tex: inner, display: false)); rest = after
            } else if let (inner, after) = delimited(rest, open: "*", close: "*") {
                flushPlain(); out.append(.emphasis(parse(inner, file: file, line: line))); rest = after
            } else if rest.hasPrefix("[@"), let close = rest.firstIndex(of: "]") {
                flushPlain()
                let key = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
                let location = SourceLocation(file: file, line: line, column: 1)
                out.append(.citation(Citation(items: [.init(key: key, location: location)], location: location)))
                rest = rest[rest.index(after: close)...]
            } else if c == "[", let close = rest.firstIndex(of: "]"), rest[rest.index(after: close)...].hasPrefix("("),
                      let paren = rest[close...].firstIndex(of: ")") {
                flushPlain()
                let label = String(rest[rest.index(after: rest.startIndex)..<close])
                let url = String(rest[rest.index(close, offsetBy: 2)..<paren])
                out.append(.link(destination: url, title: "", children: parse(label, file: file, line: line)))
                rest = rest[rest.index(after: paren)...]
            } else {
                plain.append(c); rest = rest.dropFirst()
            }
        }
        flushPlain()
        return out
    }

    private static func delimited(_ s: Substring, open: Character, close: Character) -> (String, Substring)? {
        guard s.first == open, let end = s.dropFirst().firstIndex(of: close) else { return nil }
        let inner = s[s.index(after: s.startIndex)..<end]
        guard !inner.isEmpty, inner.first != " ", inner.last != " " else { return nil }
        if open == "$", s[s.index(after: end)...].first?.isNumber == true { return nil }
        return (String(inner), s[s.index(after: end)...])
    }
}
