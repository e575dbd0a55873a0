/// Finds whether a column of a Markdown line falls inside a code span or inline math.
enum InlineSpans {
    /// `.code` or `.math` when the 1-based scalar `column` is inside such a span on `line`, else nil.
    static func scope(in line: String, column: Int) -> LintScope? {
        let scalars = Array(line.unicodeScalars)
        let target = column - 1
        var i = 0
        while i < scalars.count, i <= target {
            if scalars[i] == "\\" {
                i += 2
                continue
            }
            if scalars[i] == "`", let end = closingBackticks(scalars, from: i) {
                if target >= i && target <= end { return .code }
                i = end + 1
                continue
            }
            if scalars[i] == "$", let end = closingDollar(scalars, from: i) {
                if target >= i && target <= end { return .math }
                i = end + 1
                continue
            }
            i += 1
        }
        return nil
    }

    private static func closingBackticks(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var run = 0
        while start + run < s.count, s[start + run] == "`" { run += 1 }
        var i = start + run
        while i < s.count {
            guard s[i] == "`" else {
                i += 1
                continue
            }
            var closing = 0
            while i + closing < s.count, s[i + closing] == "`" { closing += 1 }
            if closing == run { return i + closing - 1 }
            i += closing
        }
        return nil
    }

    /// Pandoc's rule: `$` opens math when not followed by a space; closes when not preceded by a space
    /// and not followed by a digit. `$$…$$` on one line is display math.
    private static func closingDollar(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        let display = start + 1 < s.count && s[start + 1] == "$"
        let open = start + (display ? 2 : 1)
        guard open < s.count, s[open] != " " else { return nil }
        var i = open
        while i < s.count {
            if s[i] == "\\" {
                i += 2
                continue
            }
            if s[i] == "$" && s[i - 1] != " " {
                if display {
                    if i + 1 < s.count && s[i + 1] == "$" { return i + 1 }
                } else if i + 1 >= s.count || !("0"..."9").contains(s[i + 1]) {
                    return i
                }
            }
            i += 1
        }
        return nil
    }
}
