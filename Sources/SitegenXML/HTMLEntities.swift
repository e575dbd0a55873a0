/// HTML entity names that feeds use in XML without declaring them; recovered as their characters, as feedparser does.
enum HTMLEntities {
    static let named: [String: String] = [
        "nbsp": "\u{00A0}", "copy": "©", "reg": "®", "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "bull": "•",
        "middot": "·", "deg": "°", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
        "times": "×", "divide": "÷", "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾", "rarr": "→",
        "larr": "←", "harr": "↔", "uarr": "↑", "darr": "↓", "eacute": "é", "egrave": "è", "aacute": "á",
        "agrave": "à", "ouml": "ö", "uuml": "ü", "auml": "ä", "szlig": "ß", "ccedil": "ç", "ntilde": "ñ",
        "iacute": "í", "oacute": "ó", "uacute": "ú", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "shy": "\u{00AD}", "iexcl": "¡", "iquest": "¿", "micro": "µ",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ",
    ]
}
