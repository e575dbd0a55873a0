/// The TeX commands the converter knows, by what they become (after texmath, which pandoc uses).
enum MathSymbols {
    /// Commands that become `<mi>`.
    static let identifiers: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "varkappa": "ϰ", "lambda": "λ",
        "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ",
        "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ",
        "psi": "ψ", "omega": "ω", "digamma": "ϝ",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "varGamma": "𝛤", "varDelta": "𝛥", "varTheta": "𝛩", "varLambda": "𝛬", "varXi": "𝛯", "varPi": "𝛱",
        "varSigma": "𝛴", "varUpsilon": "𝛶", "varPhi": "𝛷", "varPsi": "𝛹", "varOmega": "𝛺",
        "infty": "∞", "partial": "∂", "nabla": "∇", "emptyset": "∅", "varnothing": "⌀", "hbar": "ℏ",
        "hslash": "ℏ", "vdots": "⋮", "ldots": "…", "dots": "…", "cdots": "⋯", "dotsc": "…", "dotsb": "⋯",
        "dotsm": "⋯", "dotsi": "⋯", "top": "⊤", "bot": "⊥", "angle": "∠", "triangle": "△", "square": "▫",
        "Re": "ℜ", "Im": "ℑ", "wp": "℘", "mho": "℧", "prime": "′", "imath": "ı", "jmath": "ȷ", "eth": "ð",
        "surd": "√", "flat": "♭", "natural": "♮", "sharp": "♯", "clubsuit": "♣", "diamondsuit": "♢",
        "heartsuit": "♡", "spadesuit": "♠", "complement": "∁", "Finv": "Ⅎ", "Game": "⅁", "backprime": "‵",
        "blacksquare": "▪", "blacktriangle": "▴", "lozenge": "◊", "blacklozenge": "⧫", "checkmark": "✓",
        "maltese": "✠", "beth": "ℶ", "gimel": "ℷ", "daleth": "ℸ", "Bbbk": "𝕜", "circledS": "Ⓢ",
        "degree": "°", "textdegree": "°", "%": "%", "$": "$", "#": "#", "&": "&", "_": "_",
    ]

    /// Commands that become `<mo>`.
    static let operators: [String: String] = [
        "forall": "∀", "ddots": "⋱", "exists": "∃", "nexists": "∄", "neg": "¬", "lnot": "¬", "ell": "ℓ", "aleph": "ℵ",
        "colon": ":", "dagger": "†", "ddagger": "‡", "star": "⋆", "circ": "∘", "bullet": "•", "wedge": "∧",
        "land": "∧", "vee": "∨", "lor": "∨", "oplus": "⊕", "ominus": "⊖", "otimes": "⊗", "oslash": "⊘",
        "odot": "⊙", "ast": "*", "perp": "⊥", "parallel": "∥", "nparallel": "∦", "Box": "□", "diamond": "⋄",
        "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "leqslant": "⩽", "geqslant": "⩾", "ll": "≪", "gg": "≫",
        "lll": "⋘", "ggg": "⋙", "prec": "≺", "succ": "≻", "preceq": "⪯", "succeq": "⪰", "subset": "⊂",
        "supset": "⊃", "subseteq": "⊆", "supseteq": "⊇", "subsetneq": "⊊", "supsetneq": "⊋", "sqsubset": "⊏",
        "sqsupset": "⊐", "sqsubseteq": "⊑", "sqsupseteq": "⊒", "in": "∈", "ni": "∋", "notin": "∉",
        "owns": "∋", "neq": "≠", "ne": "≠", "approx": "≈", "approxeq": "≊", "sim": "∼", "simeq": "≃",
        "cong": "≅", "equiv": "≡", "propto": "∝", "asymp": "≍", "doteq": "≐", "models": "⊨", "vdash": "⊢",
        "dashv": "⊣", "mid": "∣", "nmid": "∤", "smile": "⌣", "frown": "⌢", "bowtie": "⋈", "lessgtr": "≶",
        "lesssim": "≲", "gtrsim": "≳", "triangleq": "≜", "coloneqq": "≔", "eqqcolon": "≕", "coloneq": "≔",
        "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "Rightarrow": "⇒", "Leftarrow": "⇐",
        "leftrightarrow": "↔", "Leftrightarrow": "⇔", "longrightarrow": "⟶", "longleftarrow": "⟵",
        "Longrightarrow": "⟹", "Longleftarrow": "⟸", "longleftrightarrow": "⟷", "Longleftrightarrow": "⟺",
        "iff": "⇔", "implies": "⇒", "impliedby": "⇐", "mapsto": "↦", "longmapsto": "⟼", "uparrow": "↑",
        "downarrow": "↓", "Uparrow": "⇑", "Downarrow": "⇓", "updownarrow": "↕", "nearrow": "↗",
        "searrow": "↘", "swarrow": "↙", "nwarrow": "↖", "rightleftharpoons": "⇌", "leftrightharpoons": "⇋",
        "hookrightarrow": "↪", "hookleftarrow": "↩", "rightharpoonup": "⇀", "leftharpoonup": "↼",
        "twoheadrightarrow": "↠", "rightsquigarrow": "⇝", "leadsto": "⇝", "cap": "∩", "cup": "∪",
        "setminus": "\\", "smallsetminus": "∖", "sqcap": "⊓", "sqcup": "⊔", "uplus": "⊎", "mp": "∓", "pm": "±",
        "div": "÷", "cdot": "⋅", "times": "×", "backslash": "∖", "ltimes": "⋉", "rtimes": "⋊", "wr": "≀",
        "amalg": "⨿", "cdotp": "⋅", "ldotp": ".", "vartriangleleft": "⊲", "vartriangleright": "⊳",
        "triangleleft": "◃", "triangleright": "▹", "bigtriangleup": "△", "bigtriangledown": "▽",
        "nleq": "≰", "ngeq": "≱", "nless": "≮", "ngtr": "≯", "nsim": "≁", "ncong": "≇", "nsubseteq": "⊈",
        "nsupseteq": "⊉", "therefore": "∴", "because": "∵", "emdash": "—", "lhd": "⊲", "rhd": "⊳",
        "intercal": "⊺", "barwedge": "⊼", "veebar": "⊻", "boxplus": "⊞", "boxminus": "⊟", "boxtimes": "⊠",
        "circledast": "⊛", "divideontimes": "⋇", "dotplus": "∔", "centerdot": "⋅", "Join": "⋈",
        "pitchfork": "⋔", "measuredangle": "∡", "sphericalangle": "∢", "leqq": "≦", "geqq": "≧",
        "precsim": "≾", "succsim": "≿", "trianglelefteq": "⊴", "trianglerighteq": "⊵", "vDash": "⊨",
        "Vdash": "⊩", "Vvdash": "⊪", "multimap": "⊸", "blacktriangleright": "▸", "blacktriangleleft": "◂",
    ]

    /// Delimiters written as commands: the character and whether it opens.
    static let delimiters: [String: (String, opens: Bool)] = [
        "{": ("{", true), "}": ("}", false), "lbrace": ("{", true), "rbrace": ("}", false), "langle": ("⟨", true),
        "rangle": ("⟩", false), "lfloor": ("⌊", true), "rfloor": ("⌋", false), "lceil": ("⌈", true),
        "rceil": ("⌉", false), "lVert": ("∥", true), "rVert": ("∥", false), "|": ("∥", false), "Vert": ("‖", false),
        "vert": ("|", false), "lvert": ("|", true), "rvert": ("|", false), "lbrack": ("[", true),
        "rbrack": ("]", false), "llbracket": ("⟦", true), "rrbracket": ("⟧", false), "lgroup": ("⟮", true),
        "rgroup": ("⟯", false), "ulcorner": ("⌜", true), "urcorner": ("⌝", false),
    ]

    /// Characters and commands that may follow `\left`, `\right`, `\big` and friends.
    static let fenceCharacters: [String: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "⟨", ">": "⟩", ".": "",
        "\\{": "{", "\\}": "}", "\\lbrace": "{", "\\rbrace": "}", "\\langle": "⟨", "\\rangle": "⟩",
        "\\lfloor": "⌊", "\\rfloor": "⌋", "\\lceil": "⌈", "\\rceil": "⌉", "\\|": "∥", "\\Vert": "∥",
        "\\vert": "|", "\\lvert": "|", "\\rvert": "|", "\\lVert": "∥", "\\rVert": "∥", "\\lbrack": "[",
        "\\rbrack": "]", "\\uparrow": "↑", "\\downarrow": "↓", "\\updownarrow": "↕", "\\backslash": "∖",
        "\\llbracket": "⟦", "\\rrbracket": "⟧",
    ]

    /// Function names written upright (`<mo>`), without limits.
    static let functions: [String: String] = [
        "sin": "sin", "cos": "cos", "tan": "tan", "cot": "cot", "sec": "sec", "csc": "csc", "arcsin": "arcsin",
        "arccos": "arccos", "arctan": "arctan", "sinh": "sinh", "cosh": "cosh", "tanh": "tanh", "coth": "coth",
        "log": "log", "ln": "ln", "lg": "lg", "exp": "exp", "arg": "arg", "dim": "dim", "ker": "ker", "hom": "hom",
        "deg": "deg", "sgn": "sgn", "th": "th", "sech": "sech", "csch": "csch",
    ]

    /// Function names whose scripts go under and over in display math.
    static let limitFunctions: [String: String] = [
        "lim": "lim", "max": "max", "min": "min", "sup": "sup", "inf": "inf", "det": "det", "Pr": "Pr",
        "gcd": "gcd", "liminf": "lim inf", "limsup": "lim sup", "injlim": "inj lim", "projlim": "proj lim",
        "argmax": "arg max", "argmin": "arg min",
    ]

    /// Big operators: scripts under and over in display math.
    static let bigOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂",
        "bigodot": "⨀", "biguplus": "⨄", "bigsqcup": "⨆", "bigvee": "⋁", "bigwedge": "⋀",
    ]

    /// Integrals: scripts beside them unless `\limits`.
    static let integrals: [String: String] = [
        "int": "∫", "iint": "∬", "iiint": "∭", "iiiint": "⨌", "oint": "∮", "oiint": "∯", "oiiint": "∰",
        "intop": "∫", "smallint": "∫",
    ]

    /// Horizontal spaces.
    static let spaces: [String: String] = [
        ",": "0.167em", "thinspace": "0.167em", ":": "0.222em", ">": "0.222em", "medspace": "0.222em",
        ";": "0.278em", "thickspace": "0.278em", "quad": "1.0em", "qquad": "2.0em", "!": "-0.167em",
        "negthinspace": "-0.167em", " ": "0.333em", "enspace": "0.5em", "negmedspace": "-0.222em",
        "negthickspace": "-0.278em",
    ]

    /// Accents over their argument: the accent character and whether it stretches (`\widehat`).
    static let overAccents: [String: String] = [
        "hat": "^", "widehat": "^", "check": "ˇ", "widecheck": "ˇ", "tilde": "~", "widetilde": "~",
        "acute": "´", "grave": "`", "dot": "˙", "ddot": "¨", "dddot": "⃛", "breve": "˘", "bar": "‾",
        "overline": "¯", "vec": "→", "mathring": "˚", "overrightarrow": "→", "overleftarrow": "←",
        "overleftrightarrow": "↔", "overbrace": "⏞", "overparen": "⏜",
    ]

    /// Accents under their argument.
    static let underAccents: [String: String] = [
        "underline": "_", "underbrace": "⏟", "underrightarrow": "→", "underleftarrow": "←", "underparen": "⏝",
        "utilde": "~",
    ]

    /// `\not` followed by these becomes one negated character.
    static let negations: [String: String] = [
        "=": "≠", "in": "∉", "\\in": "∉", "\\subset": "⊄", "\\subseteq": "⊈", "\\supset": "⊅", "\\equiv": "≢",
        "\\sim": "≁", "\\approx": "≉", "\\cong": "≇", "<": "≮", ">": "≯", "\\leq": "≰", "\\le": "≰",
        "\\geq": "≱", "\\ge": "≱", "\\mid": "∤", "\\parallel": "∦", "\\ni": "∌", "\\exists": "∄",
    ]

    /// Commands that change nothing in MathML Core output and are skipped.
    static let ignored: Set<String> = [
        "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits", "nonumber",
        "notag", "allowbreak", "nobreak", "relax", "strut", "mathstrut", "big", "Big", "bigg", "Bigg",
        "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm", "left", "right",
        "middle", "nobreakspace",
    ]
}
