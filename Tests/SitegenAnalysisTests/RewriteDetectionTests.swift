import Testing
import SitegenCore
@testable import SitegenAnalysis

@Suite struct RewriteDetectionTests {
    /// Three paraphrased versions of one article under new headings, as generated posts do.
    static let rewrittenPost = Fixture.document("posts/tidal", date: "2024-03-01", """
    # Tidal caching

    ## Expert Analysis: Tidal Caching — A Rigorous Look

    \(Articles.tidalV1)

    ## Analytical Deep Dive: The Morrow Buffer Explained

    \(Articles.tidalV2)

    ## Technical Reconstruction of Tidal Caching

    \(Articles.tidalV3)
    """)

    @Test func paraphrasedRewritesInOnePostFormOneClusterAroundTheFirst() throws {
        let report = Analyzer().analyze([Self.rewrittenPost])
        let rewrites = report.findings(of: .rewrittenSection)
        #expect(rewrites.count == 2)
        #expect(rewrites.map(\.sectionID) == ["analytical-deep-dive-the-morrow-buffer-explained", "technical-reconstruction-of-tidal-caching"])
        for finding in rewrites {
            #expect(finding.related.first?.role == "original")
            #expect(finding.related.first?.sectionID == "expert-analysis-tidal-caching-a-rigorous-look")
            #expect(finding.evidence.mode == "paraphrase")
            #expect((finding.similarity ?? 0) >= 0.5)
            #expect((finding.evidence.shingleJaccard ?? 1) < 0.5)
            #expect((finding.evidence.alignedSentences ?? []).count >= 4)
            #expect(finding.location.line > 0)
        }
        let cluster = try #require(report.rewriteClusters.first)
        #expect(report.rewriteClusters.count == 1)
        #expect(cluster.original.sectionID == "expert-analysis-tidal-caching-a-rigorous-look")
        #expect(cluster.copies.count == 2)
        let pair = try #require(rewrites[0].evidence.alignedSentences?.first { $0.copy.contains("high-water mark") })
        #expect(pair.original.contains("high-water mark"))
        #expect(rewrites[0].evidence.sharedTerms?.contains { $0.lowercased().contains("morrow") } == true)
    }

    @Test func nearVerbatimCopyAcrossPostsNamesTheEarlierPostAsOriginal() throws {
        let copied = Articles.tidalV1.replacingOccurrences(of: "roughly a third", with: "about 30 percent")
        let later = Fixture.document("posts/b", date: "2024-05-01", "## Caching notes\n\n\(copied)\n\n## Unrelated\n\nShort.")
        let earlier = Fixture.document("posts/a", date: "2024-01-01", "## How we cache\n\n\(Articles.tidalV1)")
        let report = Analyzer().analyze([later, earlier])
        let rewrites = report.findings(of: .rewrittenSection)
        let finding = try #require(rewrites.first)
        #expect(rewrites.count == 1)
        #expect(finding.documentID == "posts/b")
        #expect(finding.sectionID == "caching-notes")
        #expect(finding.evidence.mode == "verbatim")
        #expect((finding.evidence.shingleJaccard ?? 0) >= 0.5)
        #expect(finding.related.first?.documentID == "posts/a")
        #expect(finding.related.first?.sectionID == "how-we-cache")
        #expect(report.findings(in: "posts/a").allSatisfy { $0.kind != .rewrittenSection })
    }

    @Test func undatedDocumentsUseInputOrder() throws {
        let first = Fixture.document("posts/first", "## One\n\n\(Articles.tidalV1)")
        let second = Fixture.document("posts/second", "## Two\n\n\(Articles.tidalV2)")
        let report = Analyzer().analyze([first, second])
        let finding = try #require(report.findings(of: .rewrittenSection).first)
        #expect(finding.documentID == "posts/second")
        #expect(finding.related.first?.documentID == "posts/first")
    }

    @Test func headlessPostsRewrittenAcrossSourcesAreFound() throws {
        let first = Fixture.document("a#1", date: "2024-01-01", source: "https://a.example/feed.xml", Articles.tidalV1)
        let second = Fixture.document("b#7", date: "2024-02-01", source: "https://b.example/rss", Articles.tidalV3)
        let report = Analyzer().analyze([second, first])
        let finding = try #require(report.findings(of: .rewrittenSection).first)
        #expect(finding.documentID == "b#7")
        #expect(finding.sectionID == "")
        #expect(finding.location.file == "https://b.example/rss")
        #expect(finding.related.first?.documentID == "a#1")
        #expect(report.sources.count == 2)
    }

    @Test func summarySectionsThatParaphraseThePostAreNotRewrites() {
        let post = Fixture.document("posts/summary", """
        ## Design

        \(Articles.tidalV1)

        ## Conclusion

        \(Articles.tidalV2)
        """)
        #expect(Analyzer().analyze([post]).findings(of: .rewrittenSection).isEmpty)
    }

    @Test func genuineLongPostOnOneTopicHasNoRewrites() {
        let report = Analyzer().analyze([Fixture.document("posts/sourdough", Articles.sourdough)])
        #expect(report.findings(of: .rewrittenSection).isEmpty)
        #expect(report.rewriteClusters.isEmpty)
        #expect(report.documents[0].scores.repetition == 0)
        #expect((report.documents[0].sectionSimilarity?.sections.count ?? 0) >= 4)
    }

    @Test func differentArticlesDoNotChainIntoOneCluster() {
        let post = Fixture.document("posts/mixed", """
        ## Caching
        \(Articles.tidalV1)
        ## Caching again
        \(Articles.tidalV2)
        \(Articles.sourdough.replacingOccurrences(of: "# Notes from a year of sourdough", with: ""))
        """)
        let report = Analyzer().analyze([post])
        #expect(report.rewriteClusters.count == 1)
        #expect(report.rewriteClusters.first?.copies.map(\.sectionID) == ["caching-again"])
    }

    @Test func shortSectionsAreNotJudged() {
        let post = Fixture.document("posts/short", "## A\n\nTidal caching keeps hot records in a ring.\n\n## B\n\nTidal caching keeps hot records in a ring.")
        let report = Analyzer().analyze([post])
        #expect(report.findings(of: .rewrittenSection).isEmpty)
    }

    @Test func repetitionScoreReflectsRestatedShare() throws {
        let report = Analyzer().analyze([Self.rewrittenPost])
        let scores = try #require(report.documents.first?.scores)
        #expect(scores.repetition > 0.5)
        #expect(scores.repetition < 0.75)
        #expect(scores.explanations.contains { $0.kind == .rewrittenSection && $0.score == "repetition" })
    }
}

@Suite struct VerbatimClusteringTests {
    /// A near-verbatim copy whose few added words are rare in the collection: the weighted cosine drops below the
    /// clustering threshold while most shingles are shared. Found by the planted-copy benchmark.
    @Test func aNearVerbatimCopyWithRareAddedWordsIsStillFound() throws {
        let original = Articles.tidalV1
        let rare = (0..<150).map { "zq\(String(UnicodeScalar(UInt8(97 + $0 % 26))))x\($0)vorn" }.joined(separator: " ")
        let copy = original + " " + rare + "."
        var documents = [
            Fixture.document("posts/a", date: "2024-01-01", "## How we cache\n\n\(original)"),
            Fixture.document("posts/b", date: "2024-06-01", "## Caching, again\n\n\(copy)"),
        ]
        // Other posts on the same subject make the shared words common, so the rare words dominate the weights.
        for i in 0..<12 {
            let words = original.split(separator: " ").enumerated().filter { $0.offset % (3 + i % 4) == 0 }.map(\.element)
            documents.append(Fixture.document("posts/other-\(i)", date: "2024-02-\(10 + i)", "## Notes \(i)\n\n" + words.reversed().joined(separator: " ")))
        }
        let report = Analyzer().analyze(documents)
        let finding = try #require(report.findings(of: .rewrittenSection).first { $0.documentID == "posts/b" })
        #expect(finding.related.first { $0.role == "original" }?.documentID == "posts/a")
        #expect((finding.evidence.shingleJaccard ?? 0) >= 0.5)
        #expect(!report.findings(of: .rewrittenSection).contains { $0.documentID.hasPrefix("posts/other") })
    }
}
