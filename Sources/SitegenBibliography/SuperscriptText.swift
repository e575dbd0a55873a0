import Foundation

/// Unicode superscript characters ("1ᵉʳ", "Nº", "m²") written as superscript markup around their ordinary letters,
/// as citeproc-js writes them, so ordinals from locale terms and fields look the same in every font.
enum SuperscriptText {
    /// Rewrites every text run that holds superscript characters; other inlines are walked, never changed.
    static func apply(_ inlines: [RichInline]) -> [RichInline] {
        inlines.flatMap { inline -> [RichInline] in
            switch inline {
            case .text(let s): return split(s)
            case .math, .superscript: return [inline]
            default: return [inline.replacingChildren(apply(inline.children))]
            }
        }
    }

    /// The ordinary form of a superscript character, or nil.
    static func base(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x02C0: return "ʔ"
        case 0x02C1: return "ʕ"
        case 0x06E5: return "\u{0648}"
        case 0x06E6: return "\u{064A}"
        case 0x00AA, 0x00BA, 0x00B2, 0x00B3, 0x00B9, 0x02B0...0x02B8, 0x02E0...0x02E4, 0x1D2C...0x1D61, 0x1D9B...0x1DBF,
            0x2070...0x207F, 0x2120, 0x2122, 0x3192...0x319F:
            let plain = String(scalar).decomposedStringWithCompatibilityMapping
            return plain == String(scalar) ? nil : plain
        default: return nil
        }
    }

    private static func split(_ s: String) -> [RichInline] {
        guard s.unicodeScalars.contains(where: { base($0) != nil }) else { return [.text(s)] }
        var out: [RichInline] = []
        var plain = ""
        for scalar in s.unicodeScalars {
            if let b = base(scalar) {
                if !plain.isEmpty { out.append(.text(plain)); plain = "" }
                out.append(.superscript([.text(b)]))
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        if !plain.isEmpty { out.append(.text(plain)) }
        return out
    }
}
