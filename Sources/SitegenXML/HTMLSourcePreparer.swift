/// Rewrites HTML source before libxml2's HTML parser reads it, in one linear pass, so that it is parsed the
/// way a browser parses it and within `XMLLimits`:
///
/// - void elements (`<wbr>`, `<embed>`, `<keygen>`, `<source>`, … — the HTML standard's list and the legacy
///   ones browsers still treat as void) are written self-closing, because libxml2 (which knows HTML 4 only)
///   otherwise keeps them open and puts the following text inside them;
/// - end tags of void elements are dropped, except `</br>`, which browsers read as `<br>`;
/// - attributes past the per-element limit are left out (libxml2's duplicate check is quadratic in them);
/// - past the element limit, the rest is kept as text (`<` escaped), so nothing a browser would show is lost;
/// - a `<!DOCTYPE …>` inside the fragment is dropped (browsers ignore it there; libxml2 turns it into markup);
/// - `&#X41;` becomes `&#x41;` (HTML allows the capital X, libxml2's HTML parser does not).
struct HTMLSourcePreparer {
    /// Elements that never have content in HTML.
    static let voidElements: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    ]

    /// Elements whose content is raw text up to their end tag.
    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]

    let limits: XMLLimits

    /// The rewritten source.
    func prepare(_ html: String) -> String {
        let b = Array(html.utf8)
        guard b.contains(UInt8(ascii: "<")) || b.contains(UInt8(ascii: "&")) else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 64)
        var elements = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "&"), i + 2 < n, b[i + 1] == UInt8(ascii: "#"), b[i + 2] == UInt8(ascii: "X") {
                out.append(contentsOf: Array("&#x".utf8))
                i += 3
                continue
            }
            guard c == UInt8(ascii: "<"), i + 1 < n else {
                out.append(c)
                i += 1
                continue
            }
            let next = b[i + 1]
            if Self.matches(b, "<!--", at: i) {
                let end = Self.find(b, "-->", from: i + 4).map { $0 + 3 } ?? n
                out.append(contentsOf: b[i..<end])
                i = end
            } else if Self.matchesLowercased(b, Array("<!doctype".utf8), at: i) {
                // Unterminated, it is text (`&lt;!DOCTYPE ~` in a title means what it says).
                if let end = Self.find(b, ">", from: i) {
                    i = end + 1
                } else {
                    out.append(contentsOf: Array("&lt;".utf8))
                    i += 1
                }
            } else if next == UInt8(ascii: "/"), i + 2 < n, Self.isLetter(b[i + 2]) {
                let (name, nameEnd) = Self.name(b, from: i + 2)
                let end = (Self.find(b, ">", from: nameEnd) ?? (n - 1)) + 1
                if name == "br" {
                    out.append(contentsOf: Array("<br />".utf8))
                } else if !Self.voidElements.contains(name) {
                    out.append(contentsOf: b[i..<end])
                }
                i = end
            } else if Self.isLetter(next) {
                elements += 1
                if elements > limits.maxElements {
                    for byte in b[i...] {
                        if byte == UInt8(ascii: "<") { out.append(contentsOf: Array("&lt;".utf8)) } else { out.append(byte) }
                    }
                    break
                }
                let (name, nameEnd) = Self.name(b, from: i + 1)
                i = startTag(b, from: i, nameEnd: nameEnd, isVoid: Self.voidElements.contains(name), into: &out)
                if Self.rawTextElements.contains(name) {
                    let close = Array("</\(name)".utf8)
                    var k = i
                    while k < n, !Self.matchesLowercased(b, close, at: k) { k += 1 }
                    out.append(contentsOf: b[i..<k])
                    i = k
                }
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Copies the start tag at `start` (attributes up to the limit), self-closing when `isVoid`; returns the
    /// index after it.
    private func startTag(_ b: [UInt8], from start: Int, nameEnd: Int, isVoid: Bool, into out: inout [UInt8]) -> Int {
        let n = b.count
        out.append(contentsOf: b[start..<nameEnd])
        var j = nameEnd
        var attributes = 0
        var keptEnd = nameEnd
        var selfClosed = false
        while j < n {
            let c = b[j]
            if c == UInt8(ascii: ">") {
                break
            } else if c == UInt8(ascii: "/"), j + 1 < n, b[j + 1] == UInt8(ascii: ">") {
                selfClosed = true
                j += 1
                break
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                j = (Self.find(b, c == UInt8(ascii: "\"") ? "\"" : "'", from: j + 1) ?? (n - 1)) + 1
            } else if c == UInt8(ascii: "<") {
                break
            } else if Self.isSpace(c) || c == UInt8(ascii: "/") {
                j += 1
            } else {
                attributes += 1
                if attributes > limits.maxAttributesPerElement {
                    // Skip the rest of the tag: its end is the next `>` outside quotes.
                    j = MarkupBytes.closingAngle(in: b, from: j)
                    break
                }
                while j < n, !Self.isSpace(b[j]), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "="),
                    !(b[j] == UInt8(ascii: "/") && j + 1 < n && b[j + 1] == UInt8(ascii: ">"))
                { j += 1 }
                var k = j
                while k < n, Self.isSpace(b[k]) { k += 1 }
                if k < n, b[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < n, Self.isSpace(b[k]) { k += 1 }
                    if k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
                        k = (Self.find(b, b[k] == UInt8(ascii: "\"") ? "\"" : "'", from: k + 1) ?? (n - 1)) + 1
                    } else {
                        while k < n, !Self.isSpace(b[k]), b[k] != UInt8(ascii: ">") { k += 1 }
                    }
                    j = k
                }
                keptEnd = j
                continue
            }
            if attributes <= limits.maxAttributesPerElement { keptEnd = j }
        }
        out.append(contentsOf: b[nameEnd..<min(keptEnd, n)])
        if isVoid || selfClosed {
            out.append(contentsOf: Array((isVoid ? " />" : "/>").utf8))
        } else {
            out.append(UInt8(ascii: ">"))
        }
        return j < n && b[j] == UInt8(ascii: ">") ? j + 1 : j
    }

    private static func name(_ b: [UInt8], from start: Int) -> (String, Int) {
        var k = start
        while k < b.count, !isSpace(b[k]), b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "/"), b[k] != UInt8(ascii: "<") { k += 1 }
        return (String(decoding: b[start..<k], as: UTF8.self).lowercased(), k)
    }

    private static func find(_ b: [UInt8], _ text: String, from start: Int) -> Int? {
        let pattern = Array(text.utf8)
        var k = start
        while k + pattern.count <= b.count {
            if matches(b, pattern, at: k) { return k }
            k += 1
        }
        return nil
    }

    private static func matches(_ b: [UInt8], _ text: String, at k: Int) -> Bool { matches(b, Array(text.utf8), at: k) }

    private static func matches(_ b: [UInt8], _ pattern: [UInt8], at k: Int) -> Bool {
        guard k + pattern.count <= b.count else { return false }
        for m in 0..<pattern.count where b[k + m] != pattern[m] { return false }
        return true
    }

    private static func matchesLowercased(_ b: [UInt8], _ pattern: [UInt8], at k: Int) -> Bool {
        guard k + pattern.count <= b.count else { return false }
        for m in 0..<pattern.count {
            var c = b[k + m]
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            if c != pattern[m] { return false }
        }
        return true
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
}
