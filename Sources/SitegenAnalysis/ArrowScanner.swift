/// Arrow spellings that state "leads to" in prose: `→`, `->`, `-->`, `=>`, `⇒`, `⟶`, `⟹`, `➔`, `➜`, `➡` …
/// Two-way arrows (`<->`, `<=>`, `↔`) and maps-to (`↦`) are not causal and stay as they are.
enum ArrowScanner {
    /// Single-scalar arrows.
    static let arrowScalars: Set<Unicode.Scalar> = [
        "\u{2192}", "\u{21D2}", "\u{27F6}", "\u{27F9}", "\u{2794}", "\u{279C}", "\u{27A1}", "\u{21E8}",
        "\u{2B62}", "\u{279D}", "\u{2B95}", "\u{21A6}",
    ]

    /// True when the text contains an arrow spelling (cheap pre-check before claim extraction).
    static func containsArrow(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ">"), previous == UInt8(ascii: "-") || previous == UInt8(ascii: "=") { return true }
            // The arrow scalars above are encoded E2 86/87/9E/9F/AD/AE …; anything else cannot be one.
            if previous == 0xE2, [0x86, 0x87, 0x9E, 0x9F, 0xAD, 0xAE].contains(byte) {
                return text.unicodeScalars.contains { arrowScalars.contains($0) && $0 != "\u{21A6}" }
            }
            previous = byte
        }
        return false
    }

    /// The text with every causal arrow spelling replaced by `→`.
    static func unifyArrows(_ text: String) -> String {
        guard containsArrow(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let length = arrowLength(scalars, at: i)
            if length > 0 {
                out.append("\u{2192}")
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The length of an arrow spelling starting at `i`, 0 when none.
    private static func arrowLength(_ s: [Unicode.Scalar], at i: Int) -> Int {
        let c = s[i]
        if arrowScalars.contains(c) { return c == "\u{21A6}" ? 0 : 1 }
        let previous: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        guard previous != "<", previous != "-", previous != "=" else { return 0 }
        if c == "-" {
            if i + 2 < s.count, s[i + 1] == "-", s[i + 2] == ">" { return 3 }
            if i + 1 < s.count, s[i + 1] == ">" { return 2 }
        }
        if c == "=", i + 1 < s.count, s[i + 1] == ">" { return 2 }
        return 0
    }
}
