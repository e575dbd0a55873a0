/// Scores each document: repetition (share of words in sentences restating earlier text) and template
/// (1 − Π(1 − component) over label lines, stock heading patterns, boilerplate and stock phrases), each with
/// the findings that explain it.
struct ScoreCalculator {
    let corpus: Corpus
    let options: AnalysisOptions

    /// The scores of one document; `rewriteSentences` are its sentences restating earlier rewrite members.
    func scores(_ docIndex: Int, signals: DocumentSignals, rewriteSentences: Set<Int>, kinds: Set<FindingKind>) -> DocumentScores {
        let record = corpus.documents[docIndex]
        let words = max(1, record.wordCount)
        var explanations: [ScoreExplanation] = []
        let rewriteWords = restatedWords(docIndex, rewriteSentences)
        let duplicateWords = restatedWords(docIndex, signals.restatedSentences.subtracting(rewriteSentences))
        let repetition = min(1, Double(rewriteWords + duplicateWords) / Double(words))
        if rewriteWords > 0 {
            explanations.append(ScoreExplanation(
                score: "repetition", kind: .rewrittenSection, contribution: Rounding.round(Double(rewriteWords) / Double(words)),
                detail: "\(rewriteWords) of \(record.wordCount) words are in sentences restating earlier sections"))
        }
        if duplicateWords > 0 {
            explanations.append(ScoreExplanation(
                score: "repetition", kind: .duplicateParagraph, contribution: Rounding.round(Double(duplicateWords) / Double(words)),
                detail: "\(duplicateWords) of \(record.wordCount) words are in paragraphs repeated word for word"))
        }
        var components: [Double] = []
        func add(_ kind: FindingKind, _ value: Double, _ detail: String) {
            guard value > 0 else { return }
            components.append(min(1, value))
            explanations.append(ScoreExplanation(score: "template", kind: kind, contribution: Rounding.round(min(1, value)), detail: detail))
        }
        if kinds.contains(.labelScaffolding), signals.proseLines > 0 {
            add(.labelScaffolding, Double(signals.scaffoldLines) / Double(signals.proseLines),
                "\(signals.scaffoldLines) of \(signals.proseLines) paragraphs open with template labels")
        }
        if signals.headings > 0 {
            add(.repeatedHeadingPattern, Double(signals.patternHeadings) / Double(signals.headings),
                "\(signals.patternHeadings) of \(signals.headings) headings follow a repeated stock pattern")
        }
        add(.duplicateParagraph, Double(signals.boilerplateWords) / Double(words),
            "\(signals.boilerplateWords) words are boilerplate shared with other documents")
        // Stock phrases and source phrases count only when reported: a short note with two stock phrases has a
        // high density but says little, and the summary must not show a template score without a finding.
        if kinds.contains(.stockPhrases) {
            add(.stockPhrases, signals.stockPhraseDensity / (2 * options.stockPhraseDensity),
                "\(signals.stockPhraseCount) stock phrases, \(Rounding.format(signals.stockPhraseDensity)) per 1000 words")
        }
        if kinds.contains(.sourceRepetition) {
            add(.sourceRepetition, Double(signals.sourcePhraseCount) / Double(2 * options.minSourcePhrases),
                "\(signals.sourcePhraseCount) phrases its source repeats across many posts")
        }
        let template = 1 - components.reduce(1) { $0 * (1 - $1) }
        return DocumentScores(repetition: Rounding.round(repetition), template: Rounding.round(template), explanations: explanations)
    }

    private func restatedWords(_ docIndex: Int, _ sentences: Set<Int>) -> Int {
        let record = corpus.documents[docIndex]
        var words = 0
        for sentence in sentences {
            let span = corpus.tokens.sentences[sentence]
            guard corpus.passages[Int(span.passage)].document == Int32(docIndex),
                  span.tokenStart >= record.tokenStart, span.tokenEnd <= record.tokenEnd else { continue }
            words += Int(span.tokenEnd - span.tokenStart)
        }
        return words
    }
}
