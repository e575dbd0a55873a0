/// A run of source text with one token class; `start` and `end` index the line's Unicode scalars.
public struct Token: Hashable, Sendable {
    /// The class of the run.
    public var kind: TokenClass
    /// The first scalar of the run.
    public var start: Int
    /// One past the last scalar of the run.
    public var end: Int

    /// Creates a token.
    public init(_ kind: TokenClass, _ start: Int, _ end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}
