import Testing
import SitegenCore
@testable import SitegenAnalysis

/// Source-level repetition: phrases learned per source from its posts against general-English frequencies.
@Suite struct SourceRepetitionTests {
    static let topics = [
        ("urban gardening", "soil", "compost"), ("jazz improvisation", "listening", "chord changes"),
        ("compiler design", "error messages", "parsers"), ("beekeeping", "patience", "hives"),
        ("city planning", "sidewalks", "zoning"), ("bread baking", "starter", "ovens"),
        ("chess engines", "search depth", "openings"), ("coral reefs", "water temperature", "divers"),
    ]

    /// An essay built on the same opener, metaphor, contrast and closer, around a different topic.
    static func essay(_ topic: (String, String, String), stock: Bool) -> String {
        let (name, detail, other) = topic
        // Only common words and the post's own topic words: nothing but the stock phrases recurs.
        let body = """
            I spent the week on \(name). The \(detail) part was hard, the \(other) part was easy, and the rest \
            took longer than I thought it would.
            """
        guard stock else { return "# \(name)\n\n\(body)\n" }
        return """
            # \(name)

            In the realm of \(name), few things are as revealing as \(detail).

            \(body)

            It is a tapestry of \(detail) and quiet persistence, woven by people who rarely meet.

            As I conclude this reflection on \(name), I am reminded that \(detail) is where the work begins.
            """
    }

    private func documents(stock: (Int) -> Bool, folder: String) -> [Document] {
        Self.topics.enumerated().map { i, topic in
            var document = Fixture.document("\(folder)/post-\(i)", Self.essay(topic, stock: stock(i)))
            document.origin = .file(path: "\(folder)/post-\(i).md")
            return document
        }
    }

    @Test func aSourceRepeatingItsSkeletonIsFlaggedPostByPost() throws {
        let report = Analyzer().analyze(documents(stock: { _ in true }, folder: "voices"))
        let findings = report.findings(of: .sourceRepetition)
        #expect(findings.count == Self.topics.count)
        let source = try #require(report.sources.first { $0.source == "voices" })
        #expect(source.documentCount == Self.topics.count)
        #expect(source.flaggedDocuments == Self.topics.count)
        let phrases = source.repeatedPhrases.map(\.text)
        #expect(phrases.contains("the realm of"))
        #expect(phrases.contains { $0.contains("tapestry") })
        #expect(source.repeatedPhrases.allSatisfy { Double($0.documents) > 5 * $0.expectedDocuments })
        let evidence = try #require(findings.first?.evidence.phrases)
        #expect(evidence.contains { $0.text == "the realm of" && $0.count == Self.topics.count })
        #expect(report.documents.allSatisfy { $0.scores.template > 0 })
    }

    @Test func oneStockPhraseInOneHumanPostIsNotFlagged() {
        let report = Analyzer().analyze(documents(stock: { $0 == 0 }, folder: "human"))
        #expect(report.findings(of: .sourceRepetition).isEmpty)
        #expect(report.sources.first?.repeatedPhrases.isEmpty == true)
    }

    @Test func sourcesAreFoldersSitesAndFeeds() {
        func file(_ path: String) -> Document {
            var document = Fixture.document(path, "Text.")
            document.origin = .file(path: path)
            return document
        }
        #expect(SourceNaming.source(of: file("Content/posts/a.md")) == "Content")
        #expect(SourceNaming.source(of: file("blog/2024/a.md")) == "blog/2024")
        #expect(SourceNaming.source(of: file("blog/a/index.md")) == "blog")
        #expect(SourceNaming.source(of: file("a.md")) == ".")
        #expect(SourceNaming.source(of: Fixture.document("e", source: "feed.xml", "Text.")) == "feed.xml")
        let report = Analyzer().analyze([file("x/a.md"), file("x/b.md"), file("y/c.md")], sources: ["one", "one", "two"])
        #expect(report.sources.map(\.documentCount).sorted() == [1, 2])
    }
}
