import Foundation

/// The LaTeX commands and accents that occur in bibliography data, mapped to Unicode.
enum LaTeXSymbols {
    /// Commands without an argument that stand for one character or word.
    static let symbols: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
        "&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", ",": "\u{2006}",
        "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…", "textellipsis": "…",
        "S": "§", "P": "¶", "copyright": "©", "textcopyright": "©", "textregistered": "®",
        "texttrademark": "™", "pounds": "£", "textsterling": "£", "euro": "€", "texteuro": "€",
        "textquoteright": "’", "textquoteleft": "‘", "textquotedblleft": "“", "textquotedblright": "”",
        "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^", "textbar": "|",
        "textless": "<", "textgreater": ">", "textdegree": "°", "textbullet": "•", "textperiodcentered": "·",
        "guillemotleft": "«", "guillemotright": "»", "textexclamdown": "¡", "textquestiondown": "¿",
        "TeX": "TeX", "LaTeX": "LaTeX", "BibTeX": "BibTeX", "XeTeX": "XeTeX", "LuaTeX": "LuaTeX",
        "slash": "/", "-": "", "@": "", "/": "", "nobreakspace": "\u{00A0}", "quad": "\u{2003}",
        "qquad": "\u{2003}\u{2003}", "textdagger": "†", "dag": "†", "ddag": "‡",
    ]

    /// Accent commands and their combining marks.
    static let accents: [String: Unicode.Scalar] = [
        "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "\"": "\u{0308}", "~": "\u{0303}", "=": "\u{0304}",
        ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "k": "\u{0328}",
        "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}", "t": "\u{0361}",
    ]

    /// Math-mode commands rendered as Unicode by the minimal math support.
    static let math: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
        "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ",
        "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "infty": "∞", "pm": "±", "times": "×", "leq": "≤",
        "geq": "≥", "neq": "≠", "approx": "≈", "sim": "∼", "cdot": "⋅", "to": "→", "rightarrow": "→",
        "leftarrow": "←", "ell": "ℓ", "partial": "∂", "nabla": "∇", "sum": "∑", "prod": "∏", "int": "∫",
    ]

    /// Applies an accent to a base letter, composing to a precomposed character where one exists.
    static func accent(_ command: String, _ base: String) -> String {
        guard let mark = accents[command] else { return base }
        let b = base == "ı" ? "i" : base == "ȷ" ? "j" : base
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: b.unicodeScalars)
        scalars.append(mark)
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}

