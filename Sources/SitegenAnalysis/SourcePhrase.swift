/// A phrase one source repeats across its posts far more often than general English uses its words.
public struct SourcePhrase: Hashable, Sendable, Codable {
    /// The phrase as most often written (lowercase words), e.g. `the realm of`.
    public var text: String
    /// The marked word that makes it stand out (the phrase's rarest word in general English), e.g. `realm`.
    public var word: String
    /// Posts of the source that use it.
    public var documents: Int
    /// Posts expected to use the word if the source wrote like general English (from word frequencies).
    public var expectedDocuments: Double

    /// Creates a phrase.
    public init(text: String, word: String, documents: Int, expectedDocuments: Double) {
        self.text = text
        self.word = word
        self.documents = documents
        self.expectedDocuments = expectedDocuments
    }
}
