import Testing
import SitegenCore
@testable import SitegenAnalysis

/// Synonyms read through WordNet concepts: a rewrite that swaps most words for synonyms the collection never
/// uses is still a rewrite; two sections that share technical vocabulary but say different things are not.
@Suite(.enabled(if: WordConcepts.available, "built without the WordNet table (wordnet-base not installed)"))
struct ConceptMatchingTests {
    static let original = """
        We measured the latency of the lookup service under a heavy workload of mixed reads. The results show \
        that the cache reduces the median latency by a large margin on every replica. However, the improvement \
        disappears when the working set exceeds the memory of a single replica. We believe the eviction policy is \
        the main problem, because it discards entries that are requested again soon after they leave. A simple \
        fix is to keep a small history of evicted keys and to admit an entry only when it was requested twice \
        within that window. With this change the cache keeps its benefit even for large working sets, and the \
        tail latency drops as well. The cost is a modest increase in memory, which we consider acceptable for \
        most deployments of the lookup service. We plan to publish the benchmark scripts so that others can \
        reproduce every measurement.
        """

    /// The same paragraph retold: sentences reordered, most verbs, nouns and adjectives swapped for synonyms.
    static let rewrite = """
        The outcomes demonstrate that the cache cuts the median latency by a big margin on every replica. We \
        quantified the latency of the lookup service under a hard workload of mixed reads. Still, the betterment \
        vanishes once the working set surpasses the storage of a single replica. The eviction policy is the \
        principal trouble, we think, since it tosses entries that are requested again presently after they \
        leave. An elementary remedy is to retain a little history of evicted keys and to accept an entry only \
        when it was requested double within that window. With this modification the cache holds its advantage \
        even for big working sets, and the tail latency falls too. The price is a small growth in storage, which \
        we regard as satisfactory for most deployments of the lookup service. We intend to release the benchmark \
        scripts so that others can replicate every measurement.
        """

    @Test func wordsMeetOnTheirConcepts() {
        let results = WordConcepts.concepts(of: "results"), outcomes = WordConcepts.concepts(of: "outcomes")
        #expect(!Set(results.own).isDisjoint(with: outcomes.own))
        // Irregular forms come from WordNet's exception lists, regular ones from morphy's suffix rules.
        #expect(!Set(WordConcepts.concepts(of: "mice").own).isDisjoint(with: WordConcepts.concepts(of: "mouse").own))
        #expect(Set(WordConcepts.concepts(of: "studies").own).isSuperset(of: WordConcepts.concepts(of: "study").own))
        // "precision" and "exactness": one's synset is the other's hypernym.
        let precision = WordConcepts.concepts(of: "precision"), exactness = WordConcepts.concepts(of: "exactness")
        #expect(Set(precision.own).isDisjoint(with: exactness.own))
        #expect(!Set(precision.related).isDisjoint(with: exactness.own))
        #expect(WordConcepts.concepts(of: "zqxvorn").isEmpty)
        #expect(WordConcepts.concepts(of: "café").isEmpty)
        #expect(WordConcepts.concepts(of: "x").isEmpty)
        #expect(WordConcepts.concepts(of: "tensor") != WordConcepts.concepts(of: "compiler"))
    }

    static var synonyms: AnalysisOptions {
        var options = AnalysisOptions()
        options.matchSynonyms = true
        return options
    }

    static let documents = [
        Fixture.document("posts/a", date: "2024-01-01", "## Measuring the cache\n\n\(original)"),
        Fixture.document("posts/b", date: "2024-06-01", "## What the numbers told us\n\n\(rewrite)"),
        Fixture.document("posts/sourdough", date: "2024-03-01", Articles.sourdough),
    ]

    @Test func synonymRewriteIsFoundOnlyWithSynonyms() throws {
        let report = Analyzer(options: Self.synonyms).analyze(Self.documents)
        let finding = try #require(report.findings(of: .rewrittenSection).first { $0.documentID == "posts/b" })
        #expect(finding.evidence.mode == "paraphrase")
        #expect(finding.related.first { $0.role == "original" }?.documentID == "posts/a")
        #expect((finding.evidence.alignedSentences ?? []).count >= 5)
        #expect(report.findings(of: .rewrittenSection).count == 1)
        // Off (the default), the same pair is not a rewrite: the words differ.
        #expect(Analyzer().analyze(Self.documents).findings(of: .rewrittenSection).isEmpty)
    }

    @Test func plainCosineAloneMissesTheSynonymRewrite() {
        // The exact-word cosine of the pair stays below every paraphrase threshold: the concepts do the work.
        let corpus = CorpusBuilder.build(Array(Self.documents.prefix(2)))
        var detector = RewriteDetector(corpus: corpus, options: Self.synonyms)
        let (a, b) = (0, detector.units.count - 1)
        let plain = detector.vectors[a].dot(detector.vectors[b])
        let soft = detector.similarity(a, b).cosine
        #expect(soft > plain + 0.15)
        #expect(detector.align(copy: b, original: a).coverage >= 0.7)
    }

    @Test func tutorialPartsSharingTechnicalVocabularyAreNotRewrites() {
        let post = Fixture.document("posts/tutorial", """
            # Building a lookup cache

            ## Part 2: Storing the entries

            Each replica keeps its entries in a hash table keyed by the request path, and a doubly linked list \
            records the order in which keys were last read. When the memory budget is reached, the replica walks \
            the list from the cold end and frees entries until the budget holds again. Writes go to the table \
            first and are copied to the list afterwards, so a reader never sees a key that the list does not know. \
            The table grows by doubling, which keeps inserts cheap on average, and the list nodes live in a slab \
            so freeing one never calls the allocator.

            ## Part 3: Measuring the cache

            To see whether any of this helps, we replay a day of production requests against one replica and \
            record the latency of every read. The replay tool runs on a separate machine so its own memory use \
            does not disturb the numbers. We report the median and the 99th percentile, because the tail is where \
            users notice slow pages. Each configuration runs five times with a cold start, and we keep the raw \
            timings next to the plots so readers can check the percentiles themselves.
            """)
        let report = Analyzer(options: Self.synonyms).analyze([post])
        #expect(report.findings(of: .rewrittenSection).isEmpty)
    }

    @Test func remapReadsASynonymAsTheWordItStandsFor() {
        var later = SparseVector()
        later.ids = [1, 5]
        later.weights = [0.6, 0.8]
        let remap = TermRemap(from: [5], to: [2], factor: [0.75])
        let read = remap.apply(later)
        #expect(read.ids == [1, 2])
        // 0.6 and 0.8 × 0.75 = 0.6, normalised again.
        #expect(abs(read.weights[0] - read.weights[1]) < 1e-6)
        #expect(abs(read.weights[0] * read.weights[0] + read.weights[1] * read.weights[1] - 1) < 1e-5)
        #expect(TermRemap().apply(later).ids == later.ids)
    }
}
