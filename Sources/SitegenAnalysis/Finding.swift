import SitegenCore

/// One thing the analysis found: where it is, what it is, and the evidence behind it.
public struct Finding: Hashable, Sendable, Codable {
    /// What kind of finding (also the lint rule id).
    public var kind: FindingKind
    /// A suggested severity; lint configuration may override it.
    public var severity: Diagnostic.Severity
    /// Lowercase, naming the offending thing (quoted text keeps its case).
    public var message: String
    /// Where it is: for a rewrite, the copy's heading.
    public var location: SourceLocation
    /// The document it is in.
    public var documentID: String
    /// The section it is in, if any.
    public var sectionID: String?
    /// Places that explain it: the original of a copy, other occurrences.
    public var related: [RelatedLocation]
    /// A 0…1 similarity, where the finding compares two texts.
    public var similarity: Double?
    /// The evidence: aligned sentences, label counts, chain nodes, metric values.
    public var evidence: FindingEvidence

    /// Creates a finding.
    public init(
        kind: FindingKind, severity: Diagnostic.Severity, message: String, location: SourceLocation,
        documentID: String, sectionID: String? = nil, related: [RelatedLocation] = [], similarity: Double? = nil,
        evidence: FindingEvidence = FindingEvidence()
    ) {
        self.kind = kind
        self.severity = severity
        self.message = message
        self.location = location
        self.documentID = documentID
        self.sectionID = sectionID
        self.related = related
        self.similarity = similarity
        self.evidence = evidence
    }

    /// The finding as a diagnostic (`path:line:col: severity: message [kind]`), related locations included.
    public var diagnostic: Diagnostic {
        Diagnostic(severity, message, at: location, rule: kind.rawValue,
                   related: related.map { Diagnostic.Related(location: $0.location, message: $0.message) })
    }
}

/// A place related to a finding.
public struct RelatedLocation: Hashable, Sendable, Codable {
    /// What the place is to the finding: `original`, `copy`, `occurrence`.
    public var role: String
    /// Where it is.
    public var location: SourceLocation
    /// The document it is in.
    public var documentID: String
    /// The section it is in, if any.
    public var sectionID: String?
    /// Lowercase explanation.
    public var message: String

    /// Creates a related location.
    public init(role: String, location: SourceLocation, documentID: String, sectionID: String? = nil, message: String) {
        self.role = role
        self.location = location
        self.documentID = documentID
        self.sectionID = sectionID
        self.message = message
    }
}
