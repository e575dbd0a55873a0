import SitegenCore

/// Marks the content words two aligned sentences share (`<mark>`), escaping everything else.
enum SentenceHighlighter {
    static func highlight(_ text: String, sharedWith other: String) -> String {
        let shared = stems(text).intersection(stems(other))
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let stem = Stemmer.stem(word.lowercased())
            out += shared.contains(stem) ? "<mark>\(HTML.escape(word))</mark>" : HTML.escape(word)
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                flush()
                out += HTML.escape(String(character))
            }
        }
        flush()
        return out
    }

    private static func stems(_ text: String) -> Set<String> {
        Set(Tokenizer.words(text).filter(Vocabulary.isContent).map(Stemmer.stem))
    }
}
