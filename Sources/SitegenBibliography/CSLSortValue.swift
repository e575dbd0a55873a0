import Foundation

/// One sort key value; empty values sort last whatever the direction (CSL rule).
enum CSLSortValue: Sendable {
    case empty
    case number(Int)
    case text(String, folded: String)

    static func text(_ s: String) -> CSLSortValue {
        let t = s.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return .empty }
        return .text(t, folded: fold(t))
    }

    /// A collation key close to the Unicode root collation for Latin text: punctuation ignored ("shifted"),
    /// accents and case as tie-breakers.
    static func fold(_ s: String) -> String {
        let stripped = String(String.UnicodeScalarView(s.unicodeScalars.filter { !isPunctuation($0) }))
        return stripped.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "đ", with: "d")
    }

    private static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// -1, 0, 1 comparing two non-empty values of the same key.
    static func compare(_ a: CSLSortValue, _ b: CSLSortValue) -> Int {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.text(let s, let fs), .text(let t, let ft)):
            if fs != ft { return fs < ft ? -1 : 1 }
            if s != t { return s > t ? -1 : 1 }
            return 0
        case (.number(let x), .text(let t, _)): return compare(.text(String(x)), .text(t))
        case (.text(let s, _), .number(let y)): return compare(.text(s), .text(String(y)))
        default: return 0
        }
    }

    /// Orders key lists: empty values last, each key in its direction.
    static func less(_ a: [CSLSortValue], _ b: [CSLSortValue], ascending: [Bool]) -> Bool? {
        for k in 0..<min(a.count, b.count) {
            switch (a[k], b[k]) {
            case (.empty, .empty): continue
            case (.empty, _): return false
            case (_, .empty): return true
            default:
                let c = compare(a[k], b[k])
                if c != 0 { return ascending[k] ? c < 0 : c > 0 }
            }
        }
        return nil
    }
}
