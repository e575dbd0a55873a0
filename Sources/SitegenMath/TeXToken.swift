/// A TeX math token with the offset (in characters) where it starts in the formula.
struct TeXToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// `\name`, or a control symbol such as `\,` (name `,`).
        case command(String)
        /// One character.
        case character(Character)
        case open, close, superscript, lowered, alignment
        /// `#1` … `#9` in a macro body.
        case parameter(Int)
    }

    var kind: Kind
    var offset: Int

    /// Splits `tex` into tokens; blanks and `%` comments are dropped (text commands read the source directly).
    static func tokenize(_ tex: [Character]) -> [TeXToken] {
        var tokens: [TeXToken] = []
        var i = 0
        while i < tex.count {
            let c = tex[i]
            let start = i
            i += 1
            switch c {
            case " ", "\t", "\n", "\r": continue
            case "%":
                while i < tex.count, tex[i] != "\n" { i += 1 }
                continue
            case "{": tokens.append(TeXToken(kind: .open, offset: start))
            case "}": tokens.append(TeXToken(kind: .close, offset: start))
            case "^": tokens.append(TeXToken(kind: .superscript, offset: start))
            case "_": tokens.append(TeXToken(kind: .lowered, offset: start))
            case "&": tokens.append(TeXToken(kind: .alignment, offset: start))
            case "#" where i < tex.count && tex[i].isNumber:
                tokens.append(TeXToken(kind: .parameter(tex[i].wholeNumberValue ?? 1), offset: start))
                i += 1
            case "\\":
                guard i < tex.count else {
                    tokens.append(TeXToken(kind: .character("\\"), offset: start))
                    continue
                }
                if tex[i].isASCII, tex[i].isLetter {
                    var end = i
                    while end < tex.count, tex[end].isASCII, tex[end].isLetter { end += 1 }
                    if end < tex.count, tex[end] == "*", ["operatorname", "hspace"].contains(String(tex[i..<end])) {
                        end += 1
                    }
                    tokens.append(TeXToken(kind: .command(String(tex[i..<end])), offset: start))
                    i = end
                } else {
                    tokens.append(TeXToken(kind: .command(String(tex[i])), offset: start))
                    i += 1
                }
            default: tokens.append(TeXToken(kind: .character(c), offset: start))
            }
        }
        return tokens
    }
}
