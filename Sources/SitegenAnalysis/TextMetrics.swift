/// Repetition metrics of one document as the Gopher quality filters define them (Rae et al. 2021, appendix A),
/// computed over its prose (lines are paragraphs, list items and headings; characters are UTF-8 bytes of words),
/// plus the stock-phrase count.
public struct TextMetrics: Hashable, Sendable, Codable {
    /// Words of prose.
    public var wordCount: Int
    /// Share of lines that repeat an earlier line.
    public var duplicateLineFraction: Double
    /// Share of characters in lines that repeat an earlier line.
    public var duplicateLineCharacterFraction: Double
    /// Share of paragraphs (blocks) that repeat an earlier paragraph.
    public var duplicateParagraphFraction: Double
    /// Share of characters in paragraphs that repeat an earlier paragraph.
    public var duplicateParagraphCharacterFraction: Double
    /// For n = 2, 3, 4: share of characters covered by the most frequent n-gram.
    public var topNgramCharacterShare: [NgramValue]
    /// For n = 5…10: share of characters in n-grams that repeat an earlier n-gram.
    public var duplicateNgramCharacterFraction: [NgramValue]
    /// Stock phrases found.
    public var stockPhraseCount: Int
    /// Stock phrases per 1000 words.
    public var stockPhraseDensity: Double

    /// Creates metrics.
    public init(
        wordCount: Int = 0, duplicateLineFraction: Double = 0, duplicateLineCharacterFraction: Double = 0,
        duplicateParagraphFraction: Double = 0, duplicateParagraphCharacterFraction: Double = 0,
        topNgramCharacterShare: [NgramValue] = [], duplicateNgramCharacterFraction: [NgramValue] = [],
        stockPhraseCount: Int = 0, stockPhraseDensity: Double = 0
    ) {
        self.wordCount = wordCount
        self.duplicateLineFraction = duplicateLineFraction
        self.duplicateLineCharacterFraction = duplicateLineCharacterFraction
        self.duplicateParagraphFraction = duplicateParagraphFraction
        self.duplicateParagraphCharacterFraction = duplicateParagraphCharacterFraction
        self.topNgramCharacterShare = topNgramCharacterShare
        self.duplicateNgramCharacterFraction = duplicateNgramCharacterFraction
        self.stockPhraseCount = stockPhraseCount
        self.stockPhraseDensity = stockPhraseDensity
    }
}

/// A metric value for one n-gram length.
public struct NgramValue: Hashable, Sendable, Codable {
    /// The n-gram length.
    public var n: Int
    /// The value.
    public var value: Double

    /// Creates a value.
    public init(n: Int, value: Double) {
        self.n = n
        self.value = value
    }
}
