/// Cause-effect claims as a graph: nodes are normalised claim terms, edges "leads to", counted.
public struct ClaimGraph: Hashable, Sendable, Codable {
    /// The nodes, in order of first mention.
    public var nodes: [ClaimNode]
    /// The edges, ordered by source then target node.
    public var edges: [ClaimEdge]

    /// Creates a graph.
    public init(nodes: [ClaimNode] = [], edges: [ClaimEdge] = []) {
        self.nodes = nodes
        self.edges = edges
    }

    /// True when there are no nodes.
    public var isEmpty: Bool { nodes.isEmpty }
}

/// A claim node: one cause or effect, with the words that normalise it.
public struct ClaimNode: Hashable, Sendable, Codable {
    /// `n1`, `n2`, … unique within its graph.
    public var id: String
    /// The first wording seen.
    public var label: String
    /// Stemmed content words that identify it.
    public var terms: [String]
    /// How many times it is mentioned.
    public var count: Int
    /// Documents mentioning it.
    public var documents: [String]

    /// Creates a node.
    public init(id: String, label: String, terms: [String], count: Int, documents: [String]) {
        self.id = id
        self.label = label
        self.terms = terms
        self.count = count
        self.documents = documents
    }
}

/// A directed "leads to" edge.
public struct ClaimEdge: Hashable, Sendable, Codable {
    /// Source node id.
    public var from: String
    /// Target node id.
    public var to: String
    /// How many claims state it.
    public var count: Int
    /// Documents stating it.
    public var documents: [String]

    /// Creates an edge.
    public init(from: String, to: String, count: Int, documents: [String]) {
        self.from = from
        self.to = to
        self.count = count
        self.documents = documents
    }
}
