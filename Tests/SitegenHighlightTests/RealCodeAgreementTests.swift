import Foundation
import Testing
@testable import SitegenHighlight

/// Real research-blog code: the Quarto-rendered posts of the shared research feed carry skylighting's classes
/// (the highlighter pandoc uses), so every code block there is a held-out check of the grammars.
@Suite struct RealCodeAgreementTests {
    /// `../shared` beside the repository (CI), or `/work/shared`.
    static let feed: URL? = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return [repository.deletingLastPathComponent().appendingPathComponent("shared"),
                URL(fileURLWithPath: "/work/shared")]
            .map { $0.appendingPathComponent("corpus/feeds/research-quarto.xml") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// The feed's `pre.sourceCode` blocks: language and the HTML inside `<code>`.
    static func blocks(in xml: String) -> [(language: String, html: String)] {
        let text = xml.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        var result: [(String, String)] = []
        var rest = text[...]
        while let pre = rest.range(of: "<pre class=\"sourceCode ") {
            let language = String(rest[pre.upperBound...].prefix { $0.isLetter })
            guard let end = rest[pre.upperBound...].range(of: "</code></pre>") else { break }
            result.append((language, String(rest[pre.lowerBound..<end.upperBound])))
            rest = rest[end.upperBound...]
        }
        return result
    }

    @Test(.enabled(if: RealCodeAgreementTests.feed != nil, "the shared research feed is not present"))
    func agreesWithQuartoOnTheResearchFeedsCode() throws {
        let xml = try String(contentsOf: try #require(Self.feed), encoding: .utf8)
        let blocks = Self.blocks(in: xml)
        try #require(!blocks.isEmpty)
        var same = 0, total = 0
        for block in blocks where Highlighter.languageName(for: block.language) != nil {
            let theirs = PandocHighlight.classes(ofHTML: block.html)
            let code = String(theirs.map(\.0))
            let ours = HighlightAgreementTests.ownClasses(code, language: block.language)
            try #require(String(ours.map(\.0)) == code)
            for (a, b) in zip(theirs, ours) where !a.0.isWhitespace {
                total += 1
                if a.1 == b.1 { same += 1 }
            }
        }
        let percent = 100 * Double(same) / Double(max(total, 1))
        print("highlight agreement with the research feed's Quarto output: \(String(format: "%.2f", percent)) % of \(total) characters in \(blocks.count) blocks")
        #expect(percent >= 95)
    }
}
