import Foundation
import Testing
@testable import SitegenHighlight

/// Compares, character by character, the token class sitegen gives each non-blank character of the fixtures with
/// the class `pandoc --highlight-style=pygments` (2.17) gives it.
@Suite struct HighlightAgreementTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Fixture file → pandoc language name; console sessions are not highlighted by pandoc 2.17.
    static let languages: [(file: String, language: String)] = [
        ("python.py", "python"), ("r.r", "r"), ("julia.jl", "julia"), ("bash.sh", "bash"), ("c.c", "c"),
        ("cpp.cpp", "cpp"), ("swift.swift", "swift"), ("rust.rs", "rust"), ("go.go", "go"),
        ("javascript.js", "javascript"), ("typescript.ts", "typescript"), ("sql.sql", "sql"), ("stan.stan", "stan"),
        ("yaml.yaml", "yaml"), ("json.json", "json"), ("toml.toml", "toml"), ("latex.tex", "latex"),
        ("markdown.md", "markdown"), ("diff.diff", "diff"), ("dockerfile.dockerfile", "dockerfile"),
        ("makefile.mk", "makefile"), ("haskell.hs", "haskell"),
    ]

    /// Per-character classes of sitegen's tokens, with "\n" between lines.
    static func ownClasses(_ code: String, language: String) -> [(Character, String)] {
        guard let lines = Highlighter.tokens(of: code, language: language) else { return [] }
        var result: [(Character, String)] = []
        for (number, line) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where number < lines.count {
            if number > 0 { result.append(("\n", "")) }
            let scalars = Array(line.unicodeScalars)
            var classes = [String](repeating: "", count: scalars.count)
            for token in lines[number] { for i in token.start..<token.end { classes[i] = token.kind.rawValue } }
            for (i, scalar) in scalars.enumerated() { result.append((Character(scalar), classes[i])) }
        }
        return result
    }

    struct Score { var same = 0, total = 0, mismatches: [String] = [] }

    static func score(file: String, language: String) throws -> Score {
        var code = try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)
        if code.hasSuffix("\n") { code.removeLast() }
        let theirs = PandocHighlight.classes(ofHTML: try PandocHighlight.html(code, language: language))
        let ours = ownClasses(code, language: language)
        var score = Score()
        let theirText = String(theirs.map(\.0)), ourText = String(ours.map(\.0))
        guard theirText == ourText else {
            score.total = 1
            score.mismatches = ["texts differ"]
            return score
        }
        var line = 1
        for (a, b) in zip(theirs, ours) {
            if a.0 == "\n" { line += 1 }
            if a.0.isWhitespace { continue }
            score.total += 1
            if a.1 == b.1 { score.same += 1 } else if score.mismatches.count < 400 {
                score.mismatches.append("\(line): '\(a.0)' pandoc=\(a.1) ours=\(b.1)")
            }
        }
        return score
    }

    @Test(.enabled(if: PandocHighlight.executable != nil, "pandoc is not installed: agreement not measured"))
    func agreesWithPandocOnNinetyFivePercentOfCharacters() throws {
        var same = 0, total = 0
        var report: [String] = []
        for (file, language) in Self.languages {
            let score = try Self.score(file: file, language: language)
            same += score.same
            total += score.total
            let percent = score.total == 0 ? 100 : 100 * Double(score.same) / Double(score.total)
            report.append("\(language): \(String(format: "%.1f", percent)) % of \(score.total)")
            if ProcessInfo.processInfo.environment["HIGHLIGHT_MISMATCHES"] == language {
                print(score.mismatches.joined(separator: "\n"))
            }
        }
        let overall = 100 * Double(same) / Double(max(total, 1))
        print("highlight agreement with pandoc: \(String(format: "%.2f", overall)) % of \(total) characters\n"
              + report.joined(separator: "\n"))
        #expect(overall >= 95, "agreement \(overall) % is below 95 %")
    }
}
