import SitegenAnalysis

/// `manifest.json` of a feature folder: schema version, document count, shards in input order, the options the
/// features depend on and the caps of the candidate rule (read by `scale/spark_candidates.py`).
struct FeatureManifest: Codable {
    struct Units: Codable, Equatable {
        var minSectionWords: Int
        var shingleSize: Int
    }

    struct Candidates: Codable, Equatable {
        var maxDirectUnits: Int
        var lshBucketCap: Int
        var lshAnchors: Int
        var lshMinAgreeingSlots: Int
        var candidateTermsPerSection: Int
        var minSharedCandidateTerms: Int
        var maxPostingLength: Int
    }

    var schema: Int
    var documents: Int
    var shards: [String]
    var units: Units
    var candidates: Candidates

    init(documents: Int, shards: [String], options: AnalysisOptions) {
        schema = FeatureRecord.schemaVersion
        self.documents = documents
        self.shards = shards
        units = Self.units(options)
        candidates = Candidates(
            maxDirectUnits: Analyzer.maxDirectUnits, lshBucketCap: options.lshBucketCap, lshAnchors: options.lshAnchors,
            lshMinAgreeingSlots: options.lshMinAgreeingSlots, candidateTermsPerSection: options.candidateTermsPerSection,
            minSharedCandidateTerms: options.minSharedCandidateTerms, maxPostingLength: options.maxPostingLength)
    }

    static func units(_ options: AnalysisOptions) -> Units {
        Units(minSectionWords: options.minSectionWords, shingleSize: options.shingleSize)
    }
}
