extension HTMLSanitizer {
    /// Removed together with everything inside them: they run code, load other documents, take input,
    /// change the page's head, or hide script inside foreign markup. (`<object>` and `<applet>` are not here: their
    /// fallback content is what a browser shows when it does not run them, so, like any element not allowed, they
    /// are replaced by their sanitised children.)
    static let droppedElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "embed", "param", "form", "input",
        "button", "select", "option", "optgroup", "textarea", "datalist", "output", "meta", "link", "base",
        "svg", "math", "noscript", "noembed", "noframes", "template", "title", "head", "canvas", "dialog",
        "portal", "plaintext", "xmp", "isindex", "keygen", "slot", "xml", "set", "animate", "handler",
    ]

    /// Kept, with the attributes in `elementAttributes` and `globalAttributes`; any other element is
    /// replaced by its (sanitised) children.
    static let allowedElements: Set<String> = [
        "a", "abbr", "acronym", "address", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blockquote",
        "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl",
        "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
        "img", "ins", "kbd", "li", "main", "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
        "section", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr",
    ]

    /// Attributes any allowed element may keep.
    static let globalAttributes: Set<String> = ["title", "lang", "dir", "class"]

    /// Attributes particular elements may keep, beyond the global ones.
    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "hreflang"],
        "img": ["src", "alt", "width", "height"],
        "blockquote": ["cite"], "q": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
        "td": ["colspan", "rowspan", "align", "headers"], "th": ["colspan", "rowspan", "align", "scope", "headers"],
        "col": ["span", "align"], "colgroup": ["span", "align"], "tr": ["align"], "p": ["align"], "div": ["align"],
        "ol": ["start", "reversed", "type"], "li": ["value"], "time": ["datetime"], "details": ["open"],
        "video": ["src", "poster", "controls", "width", "height", "loop", "muted", "preload"],
        "audio": ["src", "controls", "loop", "muted", "preload"], "source": ["src", "type"],
    ]

    /// Attributes whose value is a URL and must pass `URLPolicy`.
    static let urlAttributes: Set<String> = ["href", "src", "cite", "poster"]

    /// Attributes whose value must be a number (optionally a percentage).
    static let numericAttributes: Set<String> = ["width", "height", "colspan", "rowspan", "span", "start", "value"]

    /// Allowed values of enumerated attributes.
    static let enumeratedAttributes: [String: Set<String>] = [
        "dir": ["ltr", "rtl", "auto"], "align": ["left", "right", "center", "justify"],
        "scope": ["row", "col", "rowgroup", "colgroup"], "preload": ["none", "metadata", "auto"],
        "type": ["1", "a", "A", "i", "I"],
    ]

    /// Boolean attributes, written back as `name=""`.
    static let booleanAttributes: Set<String> = ["reversed", "open", "controls", "loop", "muted"]
}
