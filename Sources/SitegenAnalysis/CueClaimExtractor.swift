import Foundation

/// Extracts cause-effect claims stated with cue phrases, respecting direction: "X leads to Y", "X results in Y",
/// "X causes Y" (cause → effect); "Y is caused by X", "Y results from X", "Y stems from X" (reversed);
/// "Because of X, Y" and "Due to X, Y" at the start of a sentence. "Because" explanations ("Y because X",
/// "Because X, Y") are extracted separately: they are too common to report alone but close circular chains.
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
    /// Explanations: "Y because X", "Because X, Y" (statements with `isExplanation`).
    static let explanationReverse = ["because of", "because"]
    static let explanationOpening = ["because"]

    /// Words before "cause(s)" that make it a noun ("the causes of").
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "its", "their", "root", "main", "primary", "common", "possible", "many", "several",
        "underlying", "what", "these", "those", "of", "his", "her", "our", "my", "your", "this", "that", "which",
        "no", "one", "good", "same", "real", "true", "leading", "similar", "experimental", "empirical", "classical",
        "classic", "key", "such", "bad", "best", "interesting", "surprising", "final", "early", "recent", "new",
        "previous", "earlier", "later", "known", "famous", "important", "positive", "negative", "mixed",
        "theoretical", "numerical", "preliminary", "initial", "other", "some", "any", "all", "both", "each",
    ]

    /// The word every cue of each list contains, as word hashes: a cheap "might state a cause" test on tokens.
    static let cueWordHashes: Set<UInt64> = Set([
        "leads", "lead", "led", "leading", "results", "result", "resulted", "resulting", "causes", "caused",
        "causing", "cause", "rise", "brings", "bring", "brought", "triggers", "triggered", "triggering", "driven",
        "stems", "stem", "stemmed", "stemming", "due", "because", "owing",
    ].flatMap(Tokenizer.wordHashes))

    /// Clause endings for the effect and clause starts for the cause.
    static let effectEnds = [",", ";", ":", "(", ")", "—", "–", " - ", " which ", " while ", " whereas ", " but ", " so that "]

    /// The cue claims of a passage's text.
    static func claims(_ text: String) -> [[ClaimStatement.Node]] {
        ClaimExtractor.clauses(text).filter { !$0.contains("\u{2192}") }.flatMap { claims(inSentence: $0, cues: encodedCues, opening: opening) }
    }

    /// The "because" explanations of a passage's text.
    static func explanations(_ text: String) -> [[ClaimStatement.Node]] {
        guard text.range(of: "because", options: .caseInsensitive) != nil else { return [] }
        return ClaimExtractor.clauses(text).filter { !$0.contains("\u{2192}") }.flatMap {
            claims(inSentence: $0, cues: encodedExplanations, opening: explanationOpening)
        }
    }

    private static func claims(
        inSentence sentence: Substring, cues: [(bytes: [UInt8], reversed: Bool, nounCheck: Bool)], opening: [String]
    ) -> [[ClaimStatement.Node]] {
        let padded = " " + sentence.replacingOccurrences(of: "\u{A0}", with: " ") + " "
        // "Because of X, Y" is a claim (opening cue), not also an explanation.
        if opening.contains("because"), padded.drop(while: { $0 == " " }).lowercased().hasPrefix("because of ") { return [] }
        if let opening = openingClaim(padded, cues: opening) { return [opening] }
        let bytes = Array(padded.utf8).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        var result: [[ClaimStatement.Node]] = []
        var consumed = 0
        while let match = nextCue(in: bytes, from: consumed, cues: cues) {
            let before = slice(padded, consumed, match.start)
            let after = slice(padded, match.end, bytes.count)
            if let cause = causeSide(match.reversed ? after : before, isBefore: !match.reversed),
               let effect = causeSide(match.reversed ? before : after, isBefore: match.reversed) {
                result.append([cause, effect])
            }
            consumed = match.end
        }
        return result
    }

    private struct Match {
        /// Byte offsets of the cue (without the surrounding spaces).
        var start: Int
        var end: Int
        var reversed: Bool
    }

    /// Cues as lowercase bytes with a space on each side, longest first, and their direction.
    private static let encodedCues = encode(reverse.map { ($0, true) } + forward.map { ($0, false) })
    private static let encodedExplanations = encode(explanationReverse.map { ($0, true) })

    private static func encode(_ cues: [(String, Bool)]) -> [(bytes: [UInt8], reversed: Bool, nounCheck: Bool)] {
        cues.sorted { $0.0.utf8.count > $1.0.utf8.count }
            .map { (Array(" \($0.0) ".utf8), $0.1, $0.0.hasPrefix("cause") || $0.0.hasPrefix("result")) }
    }

    /// The earliest cue at or after byte `start`; at one position the longest cue wins.
    private static func nextCue(in bytes: [UInt8], from start: Int, cues: [(bytes: [UInt8], reversed: Bool, nounCheck: Bool)]) -> Match? {
        var position = max(0, start - 1)
        while position < bytes.count {
            guard bytes[position] == 0x20 else {
                position += 1
                continue
            }
            for cue in cues where matches(cue.bytes, in: bytes, at: position) {
                let inner = (position + 1, position + cue.bytes.count - 1)
                if cue.nounCheck, isNoun(bytes, before: position) { continue }
                return Match(start: inner.0, end: inner.1, reversed: cue.reversed)
            }
            position += 1
        }
        return nil
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at position: Int) -> Bool {
        guard position + pattern.count <= bytes.count else { return false }
        for k in 1..<pattern.count where bytes[position + k] != pattern[k] { return false }
        return true
    }

    /// The word before byte `position` makes "cause"/"result" a noun ("the root causes", "our results in").
    private static func isNoun(_ bytes: [UInt8], before position: Int) -> Bool {
        var end = position
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var begin = end
        while begin > 0, bytes[begin - 1] != 0x20 { begin -= 1 }
        guard begin < end else { return true }
        let word = String(decoding: bytes[begin..<end], as: UTF8.self).trimmingCharacters(in: .punctuationCharacters)
        return nounMarkers.contains(word)
    }

    /// The substring between two byte offsets of `text`.
    private static func slice(_ text: String, _ from: Int, _ to: Int) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: from, limitedBy: utf8.endIndex) ?? utf8.endIndex
        let upper = utf8.index(utf8.startIndex, offsetBy: max(from, to), limitedBy: utf8.endIndex) ?? utf8.endIndex
        return text[lower..<upper]
    }

    private static func openingClaim(_ text: String, cues: [String]) -> [ClaimStatement.Node]? {
        let trimmed = text.drop(while: { $0 == " " })
        for cue in cues {
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
            if let cut = ClaimExtractor.lastDelimiter(clause) { clause = clause[cut.upperBound...] }
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
