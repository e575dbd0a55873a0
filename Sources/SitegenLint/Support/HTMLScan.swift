/// Small, bounded scans of raw HTML fragments in Markdown (ids, `<img>` tags) without a full parser.
enum HTMLScan {
    /// One tag: its name (lowercase), attributes and offset (in characters) from the fragment start.
    struct Tag {
        var name: String
        var attributes: [String: String]
        var offset: Int
    }

    /// The start tags of `html`, in order; malformed tags are skipped.
    static func tags(in html: String) -> [Tag] {
        let chars = Array(html)
        var tags: [Tag] = []
        var i = 0
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count, chars[i + 1].isLetter else {
                i += 1
                continue
            }
            let start = i
            var j = i + 1
            var name = ""
            while j < chars.count, chars[j].isLetter || chars[j].isNumber {
                name.append(chars[j])
                j += 1
            }
            let (attributes, end) = readAttributes(chars, from: j)
            tags.append(Tag(name: name.lowercased(), attributes: attributes, offset: start))
            i = max(end, start + 1)
        }
        return tags
    }

    /// `id="…"` values of every tag.
    static func ids(in html: String) -> Set<String> {
        Set(tags(in: html).compactMap { $0.attributes["id"] }.filter { !$0.isEmpty })
    }

    private static func readAttributes(_ c: [Character], from start: Int) -> ([String: String], Int) {
        var attributes: [String: String] = [:]
        var i = start
        while i < c.count, c[i] != ">" {
            guard c[i].isLetter else {
                i += 1
                continue
            }
            var name = ""
            while i < c.count, c[i].isLetter || c[i].isNumber || c[i] == "-" || c[i] == "_" || c[i] == ":" {
                name.append(c[i])
                i += 1
            }
            var value = ""
            if i < c.count, c[i] == "=" {
                i += 1
                (value, i) = readValue(c, from: i)
            }
            attributes[name.lowercased()] = value
        }
        return (attributes, i + 1)
    }

    private static func readValue(_ c: [Character], from start: Int) -> (String, Int) {
        var i = start
        var value = ""
        if i < c.count, c[i] == "\"" || c[i] == "'" {
            let quote = c[i]
            i += 1
            while i < c.count, c[i] != quote {
                value.append(c[i])
                i += 1
            }
            return (value, i + 1)
        }
        while i < c.count, !c[i].isWhitespace, c[i] != ">" {
            value.append(c[i])
            i += 1
        }
        return (value, i)
    }
}
