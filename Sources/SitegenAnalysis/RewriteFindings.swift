import Foundation
import SitegenCore

/// Turns rewrite clusters into `rewritten-section` findings and report clusters.
struct RewriteFindings {
    /// Other cluster members listed as related locations, at most.
    static let maxRelated = 10

    let corpus: Corpus
    let result: RewriteResult
    let options: AnalysisOptions

    /// One finding per copy, and the clusters for the report.
    func make() -> (findings: [Finding], clusters: [RewriteCluster]) {
        let describe = UnitDescriber(corpus: corpus)
        var clusters: [RewriteCluster] = []
        var findings: [Finding] = []
        var copiesByCluster = [[RewriteResult.Copy]](repeating: [], count: result.clusters.count)
        for copy in result.copies { copiesByCluster[copy.cluster].append(copy) }
        for (c, members) in result.clusters.enumerated() {
            let copies = copiesByCluster[c]
            let id = "r\(c + 1)"
            clusters.append(RewriteCluster(
                id: id, original: member(members[0], describe),
                copies: copies.map { member($0.unit, describe, copy: $0) }))
            for copy in copies {
                findings.append(finding(copy, clusterID: id, members: members, describe: describe))
            }
        }
        return (findings, clusters)
    }

    private func member(_ unit: Int, _ describe: UnitDescriber, copy: RewriteResult.Copy? = nil) -> ClusterMember {
        let record = result.units[unit]
        return ClusterMember(
            documentID: describe.documentID(record), sectionID: describe.sectionID(record),
            heading: describe.heading(record), location: describe.location(record), wordCount: record.wordCount,
            similarity: copy.map { Rounding.round($0.cosine) }, sentenceCoverage: copy.map { Rounding.round($0.coverage) },
            mode: copy.map { $0.verbatim ? "verbatim" : "paraphrase" })
    }

    private func finding(_ copy: RewriteResult.Copy, clusterID: String, members: [Int], describe: UnitDescriber) -> Finding {
        let unit = result.units[copy.unit], original = result.units[copy.original]
        let sameDocument = unit.document == original.document
        let whereText = sameDocument ? "earlier in this document" : "in \(describe.documentID(original))"
        let mode = copy.verbatim ? "near-verbatim copy" : "paraphrased rewrite"
        let percent = Int((copy.coverage * 100).rounded())
        let message = "section \(UnitDescriber.quote(describe.heading(unit))) is a \(mode) of "
            + "\(UnitDescriber.quote(describe.heading(original))) \(whereText) "
            + "(similarity \(Rounding.format(copy.cosine)), \(percent)% of its sentences restated)"
        var related = [RelatedLocation(
            role: "original", location: describe.location(original), documentID: describe.documentID(original),
            sectionID: describe.sectionID(original), message: "original section \(UnitDescriber.quote(describe.heading(original)))")]
        for other in members.prefix(Self.maxRelated + 2) where other != copy.unit && other != copy.original {
            let record = result.units[other]
            related.append(RelatedLocation(
                role: "copy", location: describe.location(record), documentID: describe.documentID(record),
                sectionID: describe.sectionID(record), message: "also rewritten as \(UnitDescriber.quote(describe.heading(record)))"))
        }
        return Finding(
            kind: .rewrittenSection, severity: .warning, message: message, location: describe.location(unit),
            documentID: describe.documentID(unit), sectionID: describe.sectionID(unit), related: related,
            similarity: Rounding.round(copy.cosine), evidence: evidence(copy, clusterID: clusterID))
    }

    private func evidence(_ copy: RewriteResult.Copy, clusterID: String) -> FindingEvidence {
        var evidence = FindingEvidence()
        evidence.clusterID = clusterID
        evidence.mode = copy.verbatim ? "verbatim" : "paraphrase"
        evidence.shingleJaccard = Rounding.round(copy.jaccard)
        evidence.sentenceCoverage = Rounding.round(copy.coverage)
        evidence.alignedSentenceCount = copy.pairs.count
        evidence.alignedSentences = copy.pairs.prefix(options.maxAlignedPairs).map {
            SentencePair(copy: corpus.text(ofSentence: $0.copy), original: corpus.text(ofSentence: $0.original),
                         similarity: Rounding.round(Double($0.similarity)))
        }
        evidence.sharedTerms = copy.sharedTerms
        return evidence
    }
}
