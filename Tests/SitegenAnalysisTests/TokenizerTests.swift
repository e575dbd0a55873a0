import Testing
@testable import SitegenAnalysis

@Suite struct TokenizerTests {
    struct Sentences: TokenSink {
        var ends: [Int] = []
        var words: [String] = []
        var wordsAtLastEnd = 0
        mutating func word(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            words.append(String(decoding: bytes, as: UTF8.self))
        }
        /// Counts sentences the way the corpus does: an end with no word since the last one is ignored.
        mutating func sentenceEnd(at end: Int) {
            guard words.count > wordsAtLastEnd else { return }
            wordsAtLastEnd = words.count
            ends.append(end)
        }
    }

    @Test func wordsAreLowercasedSplitOnPunctuationAndJoinAcrossApostrophes() {
        #expect(Tokenizer.words("HALO-Loss doesn’t use Cross-Entropy's dot product.") ==
                ["halo", "loss", "doesnt", "use", "cross", "entropys", "dot", "product"])
        #expect(Tokenizer.words("Ünïcode Straße 42") == ["ünïcode", "straße", "42"])
    }

    @Test func sentencesEndAtTerminatorsButNotAtAbbreviationsOrDecimals() {
        var sink = Sentences()
        Tokenizer.scan("We use e.g. Fig. 3 here. Pi is 3.14 today! Next one? yes it is.", into: &sink)
        #expect(sink.ends.count == 3)
        var second = Sentences()
        Tokenizer.scan("Dr. Smith agreed. The end", into: &second)
        #expect(second.ends.count == 2)
    }

    @Test func equalWordsHashEqualAcrossCase() {
        #expect(Tokenizer.wordHashes("Delve into") == Tokenizer.wordHashes("delve INTO"))
        #expect(Tokenizer.wordHashes("delve into") != Tokenizer.wordHashes("delves into"))
    }

    @Test func stemmerJoinsInflections() {
        #expect(Stemmer.stem("penalized") == Stemmer.stem("penalizes"))
        #expect(Stemmer.stem("penalizing") == Stemmer.stem("penalized"))
        #expect(Stemmer.stem("metrics") == "metric")
        #expect(Stemmer.stem("analysis") == "analysis")
        #expect(Stemmer.stem("gas") == "gas")
    }
}
