import Foundation

/// Extracts cause-effect claims stated with cue phrases, respecting direction: "X leads to Y", "X results in Y",
/// "X causes Y" (cause → effect); "Y is caused by X", "Y results from X", "Y stems from X" (reversed);
/// "Because of X, Y" and "Due to X, Y" at the start of a sentence.
enum CueClaimExtractor {
    /// Cues where the cause comes first.
    static let forward = [
        "gives rise to", "give rise to", "gave rise to", "giving rise to", "leads to", "lead to", "led to",
        "leading to", "results in", "result in", "resulted in", "resulting in", "brings about", "bring about",
        "brought about", "causes", "caused", "causing", "cause", "triggers", "triggered", "triggering",
    ]
    /// Cues where the effect comes first.
    static let reverse = [
        "is caused by", "are caused by", "was caused by", "were caused by", "caused by", "is driven by",
        "are driven by", "was driven by", "were driven by", "results from", "result from", "resulted from",
        "resulting from", "stems from", "stem from", "stemmed from", "stemming from", "is due to", "are due to",
        "was due to", "were due to",
    ]
    /// Cues opening a sentence: "Because of X, Y".
    static let opening = ["because of", "due to", "as a result of", "owing to"]

    /// Words before "cause(s)" that make it a noun ("the causes of").
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "its", "their", "root", "main", "primary", "common", "possible", "many", "several",
        "underlying", "what", "these", "those", "of", "his", "her", "our", "my", "your", "this", "that", "which",
        "no", "one", "good", "same", "real", "true", "leading", "similar", "experimental", "empirical", "classical",
        "classic", "key", "such", "bad", "best", "interesting", "surprising", "final", "early", "recent", "new",
        "previous", "earlier", "later", "known", "famous", "important", "positive", "negative", "mixed",
        "theoretical", "numerical", "preliminary", "initial", "other", "some", "any", "all", "both", "each",
    ]

    /// Words of a cue's word list, as word hashes, for a cheap "might contain a cue" test on tokens.
    static let cueWordHashes: Set<UInt64> = Set((forward + reverse + opening).compactMap { Tokenizer.wordHashes($0).first }
        + ["due", "driven", "stems", "stem", "stemmed", "stemming"].flatMap(Tokenizer.wordHashes))

    /// Clause endings for the effect and clause starts for the cause.
    static let effectEnds = [",", ";", ":", "(", ")", "—", "–", " - ", " which ", " while ", " whereas ", " but ", " so that "]

    /// The cue claims of a passage's text.
    static func claims(_ text: String) -> [[ClaimStatement.Node]] {
        ClaimExtractor.clauses(text).filter { !$0.contains("\u{2192}") }.flatMap { claims(inSentence: $0) }
    }

    private static func claims(inSentence sentence: Substring) -> [[ClaimStatement.Node]] {
        let lower = " " + sentence.replacingOccurrences(of: "\u{A0}", with: " ") + " "
        if let opening = openingClaim(lower) { return [opening] }
        var result: [[ClaimStatement.Node]] = []
        var consumed = lower.startIndex
        while let match = nextCue(in: lower, from: consumed) {
            let before = lower[consumed..<match.range.lowerBound]
            let after = lower[match.range.upperBound...]
            if let cause = causeSide(match.reversed ? after : before, isBefore: !match.reversed),
               let effect = causeSide(match.reversed ? before : after, isBefore: match.reversed) {
                result.append([cause, effect])
            }
            consumed = match.range.upperBound
        }
        return result
    }

    private struct Match {
        var range: Range<String.Index>
        var reversed: Bool
    }

    /// The earliest cue at or after `start`; at one position the longest cue wins.
    private static func nextCue(in text: String, from start: String.Index) -> Match? {
        var best: Match?
        for (cues, reversed) in [(reverse, true), (forward, false)] {
            for cue in cues {
                var searchStart = start
                while let range = text.range(of: " \(cue) ", options: .caseInsensitive, range: searchStart..<text.endIndex) {
                    let inner = text.index(after: range.lowerBound)..<text.index(before: range.upperBound)
                    if cue.hasPrefix("cause") || cue.hasPrefix("result"), isNoun(text[..<range.lowerBound]) {
                        searchStart = inner.upperBound
                        continue
                    }
                    if best.map({ inner.lowerBound < $0.range.lowerBound
                        || (inner.lowerBound == $0.range.lowerBound && inner.upperBound > $0.range.upperBound) }) ?? true {
                        best = Match(range: inner, reversed: reversed)
                    }
                    break
                }
            }
        }
        return best
    }

    private static func isNoun(_ before: Substring) -> Bool {
        guard let previous = before.split(separator: " ").last else { return true }
        return nounMarkers.contains(String(previous).lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    private static func openingClaim(_ text: String) -> [ClaimStatement.Node]? {
        let trimmed = text.drop(while: { $0 == " " })
        for cue in opening {
            guard let prefix = trimmed.range(of: cue + " ", options: [.caseInsensitive, .anchored]) else { continue }
            let rest = trimmed[prefix.upperBound...]
            guard let comma = rest.firstIndex(of: ",") else { return nil }
            guard let cause = ClaimNormalizer.node(rest[..<comma], keepFirst: true, maxWords: maxWords),
                  let effect = causeSide(rest[rest.index(after: comma)...], isBefore: false) else { return nil }
            return [cause, effect]
        }
        return nil
    }

    /// The clause next to a cue: the end of the text before it, or the start of the text after it.
    private static func causeSide(_ text: Substring, isBefore: Bool) -> ClaimStatement.Node? {
        if isBefore {
            var clause = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))[...]
            for pronoun in [" that", " which", " who"] where clause.hasSuffix(pronoun) { clause = clause.dropLast(pronoun.count) }
            if let cut = ClaimExtractor.softDelimiters.compactMap({ clause.range(of: $0, options: .backwards) })
                .max(by: { $0.upperBound < $1.upperBound }) {
                clause = clause[cut.upperBound...]
            }
            return ClaimNormalizer.node(Substring(clause.suffix(200)), keepFirst: false, maxWords: maxWords)
        }
        var clause = text
        if let cut = effectEnds.compactMap({ clause.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            clause = clause[..<cut.lowerBound]
        }
        return ClaimNormalizer.node(clause, keepFirst: true, maxWords: maxWords)
    }

    /// Words kept on each side of a cue: the ones nearest to it.
    static let maxWords = 8
}
