/// Per-document counts the detectors leave behind for the scores.
struct DocumentSignals {
    /// Paragraphs and list items.
    var proseLines = 0
    /// Of those, lines starting with a scaffolding label.
    var scaffoldLines = 0
    /// Headings.
    var headings = 0
    /// Of those, headings in a reported stock pattern.
    var patternHeadings = 0
    /// Words in paragraphs that repeat a paragraph of another document.
    var boilerplateWords = 0
    /// Sentences that repeat earlier text (duplicate paragraphs; rewrites are added by the score calculator).
    var restatedSentences = Set<Int>()
    /// Stock phrases found and their density per 1000 words.
    var stockPhraseCount = 0
    var stockPhraseDensity = 0.0
    /// Repeated phrases of its source the document uses (set only when it is reported).
    var sourcePhraseCount = 0
}
