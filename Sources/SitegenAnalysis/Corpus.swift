import Foundation
import SitegenCore

/// Everything the detectors read: the documents flattened into sections and passages, tokenised once.
struct Corpus {
    var documents: [DocumentRecord] = []
    var sections: [SectionRecord] = []
    var passages: [Passage] = []
    var tokens = TokenStore()
    var vocabulary = Vocabulary()
    /// Inverse document frequency of each term, `ln(1 + N / df)` over documents.
    var idf: [Float] = []
    /// Documents using each term (the global statistic the per-document features are joined with).
    var documentFrequency: [Int32] = []

    /// The byte range of a sentence's text in its passage, as a string.
    func text(ofSentence index: Int) -> String {
        let sentence = tokens.sentences[index]
        let text = passages[Int(sentence.passage)].text
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(sentence.byteStart), limitedBy: utf8.endIndex) ?? utf8.endIndex
        let end = utf8.index(utf8.startIndex, offsetBy: Int(sentence.byteEnd), limitedBy: utf8.endIndex) ?? utf8.endIndex
        guard start < end else { return "" }
        return String(decoding: Array(utf8[start..<end]), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Document order in time: indices of documents sorted by rank.
    var chronologicalDocuments: [Int] {
        documents.indices.sorted { documents[$0].rank < documents[$1].rank }
    }
}
