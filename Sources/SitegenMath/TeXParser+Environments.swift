/// `\begin{…}…\end{…}`: alignments, cases, matrices and arrays become `mtable`s as texmath writes them.
extension TeXParser {
    private static let fences: [String: (String, String)] = [
        "matrix": ("", ""), "smallmatrix": ("", ""), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"),
        "Bmatrix": ("{", "}"), "vmatrix": ("∣", "∣"), "Vmatrix": ("‖", "‖"), "array": ("", ""),
        "cases": ("{", ""), "dcases": ("{", ""), "rcases": ("", "}"), "aligned": ("", ""), "align": ("", ""),
        "align*": ("", ""), "alignat": ("", ""), "alignat*": ("", ""), "alignedat": ("", ""), "split": ("", ""),
        "gathered": ("", ""), "gather": ("", ""), "gather*": ("", ""), "eqnarray": ("", ""), "eqnarray*": ("", ""),
        "multline": ("", ""), "multline*": ("", ""), "flalign": ("", ""), "flalign*": ("", ""),
        "equation": ("", ""), "equation*": ("", ""), "displaymath": ("", ""), "subarray": ("", ""),
    ]

    func parseEnvironment(at token: TeXToken) -> MathNode? {
        guard let name = rawGroup()?.trimmingBlanks, !name.isEmpty else {
            fail("\\begin needs an environment name", hint: "write \\begin{aligned}", at: token)
            return nil
        }
        guard let (open, close) = Self.fences[name] else {
            fail("unsupported environment \(name)", hint: "use aligned, cases, a matrix or array, or math: mathjax",
                 at: token)
            skipEnvironment(name)
            return .mtext(name)
        }
        var alignments: [String] = []
        if name == "array" || name == "subarray" || name.hasPrefix("alignat") || name == "alignedat" {
            let spec = rawGroup() ?? ""
            if name == "array" || name == "subarray" {
                alignments = spec.compactMap { ["l": "left", "c": "center", "r": "right"][$0] }
            }
        }
        let rows = parseRows(name)
        if name == "equation" || name == "equation*" || name == "displaymath" {
            return .group(rows.first?.first ?? [])
        }
        let table = MathNode("mtable", children: rows.map { row in
            MathNode("mtr", children: row.enumerated().map { column, cell in
                let align = alignment(of: name, column: column, given: alignments)
                return MathNode("mtd", align.map { [.init("columnalign", $0)] } ?? [], children: cell)
            })
        })
        if open.isEmpty && close.isEmpty { return table }
        var children: [MathNode] = []
        if !open.isEmpty { children.append(.fence(open, stretchy: true, prefix: true)) }
        children.append(table)
        if !close.isEmpty { children.append(.fence(close, stretchy: true, prefix: false)) }
        return .row(children)
    }

    private func alignment(of environment: String, column: Int, given: [String]) -> String? {
        switch environment {
        case "array", "subarray": return column < given.count ? given[column] : "center"
        case "cases", "dcases", "rcases": return "left"
        case "aligned", "align", "align*", "split", "alignat", "alignat*", "alignedat", "eqnarray", "eqnarray*",
             "flalign", "flalign*":
            return column % 2 == 0 ? "right" : "left"
        case "multline", "multline*", "gathered", "gather", "gather*": return "center"
        default: return "center"
        }
    }

    /// Cells up to `\end{name}`.
    private func parseRows(_ name: String) -> [[[MathNode]]] {
        var rows: [[[MathNode]]] = [[]]
        while let token = current {
            if isCommand(token, ["end"]) {
                position += 1
                let closing = rawGroup()?.trimmingBlanks
                if closing != name {
                    fail("\\begin{\(name)} ended by \\end{\(closing ?? "")}", hint: "write \\end{\(name)}", at: token)
                }
                break
            }
            let cell = parseSequence { [self] token in
                if case .alignment = token.kind { return true }
                return self.isCommand(token, ["\\", "cr", "end", "hline", "newline"])
            }
            rows[rows.count - 1].append(cell)
            guard let next = current else {
                fail("\\begin{\(name)} without \\end{\(name)}", hint: "add \\end{\(name)}", at: nil)
                break
            }
            if case .alignment = next.kind {
                position += 1
            } else if isCommand(next, ["\\", "cr", "newline"]) {
                position += 1
                if case .character("[")? = current?.kind { skipBracket() }
                rows.append([])
            } else if isCommand(next, ["hline"]) {
                position += 1
                if rows[rows.count - 1].count == 1, rows[rows.count - 1][0].isEmpty { rows[rows.count - 1].removeAll() }
            } else if case .close = next.kind {
                fail("unbalanced braces in \\begin{\(name)}", hint: "check the braces", at: next)
                position += 1
            }
        }
        while let last = rows.last, rows.count > 1, last.allSatisfy(\.isEmpty) { rows.removeLast() }
        return rows
    }

    private func skipBracket() {
        while let token = current {
            position += 1
            if case .character("]") = token.kind { return }
        }
    }

    private func skipEnvironment(_ name: String) {
        while let token = current {
            position += 1
            if isCommand(token, ["end"]) {
                _ = rawGroup()
                return
            }
        }
    }
}
