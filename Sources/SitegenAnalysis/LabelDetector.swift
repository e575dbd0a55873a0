import Foundation
import SitegenCore

/// Finds a leading label line: a short Title-Case phrase and a colon that starts a paragraph or list item,
/// often bold (`**Mechanism:** …`, `Observable Effect: …`).
enum LabelDetector {
    /// Longest label, in words.
    static let maxWords = 8
    /// Longest label, in characters.
    static let maxLength = 70

    /// The label of a passage whose inlines are `inlines` and whose prose text is `text`.
    static func label(inlines: [Inline], text: String) -> PassageLabel? {
        let leading = leadingEmphasis(inlines)
        if let standalone = standaloneLabel(inlines, text: text, leading: leading) { return standalone }
        // Labels are short: look for the colon in the first bytes only, without walking grapheme clusters.
        guard let colonOffset = text.utf8.prefix(maxLength * 4).firstIndex(of: UInt8(ascii: ":")),
              let colon = colonOffset.samePosition(in: text) else { return nil }
        let raw = text[..<colon]
        let candidate = raw.trimmingCharacters(in: .whitespaces)
        guard !candidate.isEmpty, candidate.count <= maxLength else { return nil }
        let emphasized = leading.map { emphasisCovers($0, candidate: candidate) } ?? false
        guard isLabelShaped(candidate, emphasized: emphasized) else { return nil }
        let length = text.utf8.distance(from: text.startIndex, to: text.index(after: colon))
        return PassageLabel(text: candidate, normalized: normalize(candidate), emphasized: emphasized, byteLength: length)
    }

    /// Lowercase, digits as `#`, arrow spellings as `→`, single spaces.
    static func normalize(_ label: String) -> String {
        var out = ""
        var lastSpace = true
        var lastHash = false
        for scalar in ArrowScanner.unifyArrows(label).lowercased().unicodeScalars {
            if scalar.properties.numericType != nil {
                if !lastHash { out += "#" }
                lastHash = true
                lastSpace = false
                continue
            }
            lastHash = false
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" {
                if !lastSpace { out += " " }
                lastSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                lastSpace = false
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// A passage that is nothing but a short bold or emphasised phrase: a lead-in line of a template.
    private static func standaloneLabel(_ inlines: [Inline], text: String, leading: String?) -> PassageLabel? {
        guard let leading else { return nil }
        let candidate = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !candidate.isEmpty, !candidate.hasSuffix(":"), candidate.count <= maxLength,
              leading.trimmingCharacters(in: .whitespacesAndNewlines) == candidate,
              isLabelShaped(candidate, emphasized: true), !".?!".contains(candidate.last ?? " ") else { return nil }
        return PassageLabel(text: candidate, normalized: normalize(candidate), emphasized: true,
                            byteLength: text.utf8.count, standalone: true)
    }

    private static func leadingEmphasis(_ inlines: [Inline]) -> String? {
        for inline in inlines {
            switch inline {
            case .text(let s) where s.allSatisfy(\.isWhitespace): continue
            case .strong(let c), .emphasis(let c): return ProseText.of(c)
            default: return nil
            }
        }
        return nil
    }

    private static func emphasisCovers(_ emphasis: String, candidate: String) -> Bool {
        var trimmed = emphasis.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(":") { trimmed.removeLast() }
        return trimmed.trimmingCharacters(in: .whitespaces) == candidate
    }

    /// 1–8 words, starting with a capital letter or digit, no sentence punctuation, no URL; Title Case unless
    /// bold or emphasised.
    private static func isLabelShaped(_ candidate: String, emphasized: Bool) -> Bool {
        guard let first = candidate.unicodeScalars.first,
              first.properties.isUppercase || first.properties.numericType != nil else { return false }
        if candidate.contains("://") || candidate.contains("?") || candidate.contains("!") { return false }
        let words = candidate.split(whereSeparator: { $0 == " " })
        guard words.count <= maxWords else { return false }
        if words.contains(where: { $0.hasSuffix(".") && !["vs.", "e.g.", "i.e."].contains($0.lowercased()) }) {
            return false
        }
        return emphasized || isTitleCase(words)
    }

    /// Every word of four or more letters starts with a capital.
    static func isTitleCase(_ words: [Substring]) -> Bool {
        words.allSatisfy { word in
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard letters.count >= 4, let first = word.unicodeScalars.first(where: { $0.properties.isAlphabetic })
            else { return true }
            return first.properties.isUppercase
        }
    }
}
