/// The Unicode mathematical alphanumeric styles MathML Core uses instead of `mathvariant`.
public enum MathAlphabet: String, Sendable, CaseIterable {
    case bold, italic, boldItalic = "bold-italic", script, boldScript = "bold-script", fraktur
    case doubleStruck = "double-struck", sansSerif = "sans-serif", monospace
    case boldFraktur = "bold-fraktur", sansSerifBold = "bold-sans-serif"

    private var upper: UInt32 {
        switch self {
        case .bold: 0x1D400
        case .italic: 0x1D434
        case .boldItalic: 0x1D468
        case .script: 0x1D49C
        case .boldScript: 0x1D4D0
        case .fraktur: 0x1D504
        case .doubleStruck: 0x1D538
        case .boldFraktur: 0x1D56C
        case .sansSerif: 0x1D5A0
        case .sansSerifBold: 0x1D5D4
        case .monospace: 0x1D670
        }
    }

    private var digits: UInt32? {
        switch self {
        case .bold: 0x1D7CE
        case .doubleStruck: 0x1D7D8
        case .sansSerif: 0x1D7E2
        case .sansSerifBold: 0x1D7EC
        case .monospace: 0x1D7F6
        default: nil
        }
    }

    /// Letters that live outside the block (in Letterlike Symbols).
    private static let exceptions: [MathAlphabet: [Character: Character]] = [
        .italic: ["h": "ℎ"],
        .script: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ",
                  "g": "ℊ", "o": "ℴ"],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]

    /// The styled form of `c`, or `c` itself when the style has none.
    public func map(_ c: Character) -> Character {
        if let special = Self.exceptions[self]?[c] { return special }
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
        let v = scalar.value
        var mapped: UInt32?
        switch v {
        case 0x41...0x5A: mapped = upper + (v - 0x41)
        case 0x61...0x7A: mapped = upper + 26 + (v - 0x61)
        case 0x30...0x39: mapped = digits.map { $0 + (v - 0x30) }
        case 0x391...0x3A9 where self == .bold: mapped = 0x1D6A8 + (v - 0x391)
        case 0x3B1...0x3C9 where self == .bold: mapped = 0x1D6C2 + (v - 0x3B1)
        case 0x391...0x3A9 where self == .boldItalic: mapped = 0x1D71C + (v - 0x391)
        case 0x3B1...0x3C9 where self == .boldItalic: mapped = 0x1D736 + (v - 0x3B1)
        case 0x391...0x3A9 where self == .italic: mapped = 0x1D6E2 + (v - 0x391)
        case 0x3B1...0x3C9 where self == .italic: mapped = 0x1D6FC + (v - 0x3B1)
        default: mapped = nil
        }
        if self == .bold, let other = Self.boldGreekVariants[c] { return other }
        guard let mapped, let result = Unicode.Scalar(mapped) else { return c }
        return Character(result)
    }

    private static let boldGreekVariants: [Character: Character] = [
        "∇": "𝛁", "∂": "𝛛", "ϵ": "𝛜", "ϑ": "𝛝", "ϰ": "𝛞", "ϕ": "𝛟", "ϱ": "𝛠", "ϖ": "𝛡",
    ]

    /// The alphabet a TeX font command selects; `mathrm`-like commands select none.
    static let commands: [String: MathAlphabet] = [
        "mathbb": .doubleStruck, "mathbf": .bold, "boldsymbol": .bold, "bm": .bold, "mathbold": .bold,
        "mathcal": .script, "mathscr": .script, "mathfrak": .fraktur, "mathit": .italic, "mathsf": .sansSerif,
        "mathtt": .monospace, "mathbfit": .boldItalic, "pmb": .bold, "mathsfbf": .sansSerifBold,
        "Bbb": .doubleStruck, "bf": .bold, "cal": .script, "it": .italic, "sf": .sansSerif, "tt": .monospace,
    ]
}
