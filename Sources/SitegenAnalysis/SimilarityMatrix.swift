/// Pairwise content similarity of a document's top-level sections, for the report's heatmap.
public struct SimilarityMatrix: Hashable, Sendable, Codable {
    /// One row/column per section, in document order.
    public var sections: [MatrixSection]
    /// `values[i][j]`: weighted content-word cosine of sections i and j (1 on the diagonal).
    public var values: [[Double]]

    /// Creates a matrix.
    public init(sections: [MatrixSection], values: [[Double]]) {
        self.sections = sections
        self.values = values
    }
}

/// A row of a similarity matrix.
public struct MatrixSection: Hashable, Sendable, Codable {
    /// The section id.
    public var id: String
    /// The heading as written.
    public var heading: String
    /// The rewrite cluster it belongs to, if any.
    public var clusterID: String?

    /// Creates a row.
    public init(id: String, heading: String, clusterID: String?) {
        self.id = id
        self.heading = heading
        self.clusterID = clusterID
    }
}
