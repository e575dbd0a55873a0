/// What rewrite detection found: clusters of units and, for every copy, its comparison with the original.
struct RewriteResult {
    /// One later member of a cluster compared with the cluster's original.
    struct Copy {
        var unit: Int
        var original: Int
        var cluster: Int
        var cosine: Double
        var jaccard: Double
        var coverage: Double
        var verbatim: Bool
        var pairs: [SentenceAligner.Pair]
        /// The earlier member most similar to this copy, and that similarity.
        var closest: Int
        var closestCosine: Double
        var sharedTerms: [String]
    }

    var units: [RewriteUnit]
    var vectors: [SparseVector]
    /// Unit indices per cluster, original first.
    var clusters: [[Int]]
    var copies: [Copy]
    /// Sentences (corpus indices) that restate a sentence of an earlier cluster member.
    var restatedSentences: Set<Int>
}
