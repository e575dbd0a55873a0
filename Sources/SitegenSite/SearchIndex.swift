import Foundation
import SitegenCore

/// The static search index, `search/index.json`, written at build time and read by the default theme's
/// `assets/search.js` in the reader's browser — no server, no third-party service (docs/search.md).
///
/// It holds the site's posts and pages: for each, its URL (relative to the site root, so the index works under
/// any base path), title, date, tags and a short summary; each heading section's id and heading; and an inverted
/// index from every word (lower-cased, accents folded, stop words left out) to the sections that use it, in the
/// title, tags, headings or text. Section numbers in a word's list are delta-encoded (ascending, each stored as
/// the difference from the one before), which keeps the file small: the whole index stays well under 15 % of the
/// bytes of the site's HTML pages.
struct SearchIndex {
    /// The index's format version, read by the script.
    static let formatVersion = 1
    /// The output path of the index.
    static let path = "search/index.json"
    /// Words longer than this (hashes, long identifiers, base64) are not indexed.
    static let maxWordLength = 32
    /// Distinct words indexed per page; a page with more keeps the ones it uses first.
    static let maxWordsPerPage = 10_000
    /// Characters of summary kept per page.
    static let summaryCharacters = 160
    /// Common English words a search for would match nearly every page.
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "in", "into", "is", "it",
        "its", "of", "on", "or", "that", "the", "their", "then", "there", "these", "this", "to", "was", "were", "which",
        "will", "with",
    ]

    private struct Page: Sendable {
        var u: String
        var t: String
        var d: String?
        var g: [String]?
        var s: String?
    }

    private var pages: [Page] = []
    /// Per section: the page's number, the heading's id ("" for the text before the first heading) and its text.
    private var sections: [[SectionField]] = []
    private var postings: [String: [Int]] = [:]

    private enum SectionField {
        case number(Int)
        case text(String)
    }

    /// The index of `pages` (posts and pages; ingested entries belong to their own sites; not a page whose front
    /// matter says `search: false`), in the given order.
    init(pages: [SitePage]) {
        // `search: false` in a page's front matter leaves it out, as in Quarto.
        let indexed = pages.filter { $0.kind != .entry && $0.document.metadata.extra["search"] != .bool(false) }
        // The text of each page is split in parallel; numbering sections and merging postings keeps page order.
        for entry in indexed.parallelMap(Self.entry) {
            let pageNumber = self.pages.count
            self.pages.append(entry.page)
            for section in entry.sections {
                let sectionNumber = sections.count
                sections.append(section.heading.map { [.number(pageNumber), .text($0.id), .text($0.text)] } ?? [.number(pageNumber)])
                for word in section.words { postings[word, default: []].append(sectionNumber) }
            }
        }
    }

    /// One page's share of the index: its listing fields and, per section, its heading and distinct words.
    private struct Entry: Sendable {
        struct Section: Sendable {
            var heading: (id: String, text: String)?
            var words: [String]
        }
        var page: Page
        var sections: [Section]
    }

    private static func entry(_ page: SitePage) -> Entry {
        let meta = page.document.metadata
        let summary = String((meta.description ?? page.rendered.summary).prefix(Self.summaryCharacters))
        var entry = Entry(page: Page(u: page.path, t: meta.title, d: meta.date.map(DateText.short),
                                     g: meta.tags.isEmpty ? nil : meta.tags, s: summary.isEmpty ? nil : summary), sections: [])
        var distinct: Set<String> = []
        for (i, section) in page.document.root.flattened.enumerated() {
            let heading = PlainText.of(section.heading)
            var text = heading + "\n" + Self.withoutKeys(PlainText.of(section.blocks))
            if i == 0 { text += "\n" + meta.title + "\n" + meta.tags.joined(separator: " ") + "\n" + (meta.description ?? "") }
            var seen: Set<String> = []
            var words: [String] = []
            for word in Self.words(text) where seen.insert(word).inserted {
                if !distinct.contains(word) {
                    guard distinct.count < Self.maxWordsPerPage else { continue }
                    distinct.insert(word)
                }
                words.append(word)
            }
            entry.sections.append(Entry.Section(heading: section.level == 0 ? nil : (section.id, heading), words: words))
        }
        return entry
    }

    /// The text without the citation keys and cross-reference labels plain text keeps (`@knuth1984`, `@fig-loop`):
    /// the page shows the formatted citation and "Figure 1" instead, and nobody searches for a key.
    static func withoutKeys(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return text }
        if let ascii = asciiWithoutKeys(text) { return ascii }
        var out = ""
        var skipping = false
        var previous: Character = " "
        for character in text {
            if character == "@" && !(previous.isLetter || previous.isNumber) {
                skipping = true
            } else if skipping && !(character.isLetter || character.isNumber || "_-:.".contains(character)) {
                skipping = false
            }
            if !skipping { out.append(character) }
            previous = character
        }
        return out
    }

    /// `withoutKeys` for ASCII text, byte by byte (for ASCII, letters and numbers are `[A-Za-z0-9]`); nil otherwise.
    private static func asciiWithoutKeys(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var skipping = false
            var previousIsWord = false
            for b in bytes {
                guard b < 0x80 else { return nil }
                let isWord = isASCIIWordByte(b)
                if b == UInt8(ascii: "@") && !previousIsWord {
                    skipping = true
                } else if skipping && !(isWord || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")) {
                    skipping = false
                }
                if !skipping { out.append(b) }
                previousIsWord = isWord
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always)
    private static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
    }

    /// The words of `text` as the index and the script's query both split them: runs of letters and digits,
    /// lower-cased with accents folded (`Über` → `uber`), without stop words, one-letter words or overlong words.
    static func words(_ text: String) -> [String] {
        // ASCII text has nothing to fold but case: split its bytes directly. Foundation's folding is the slow part
        // of indexing otherwise.
        if let ascii = asciiWords(text) { return ascii }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var length = 0
        func flush() {
            if length > 1, length <= maxWordLength {
                let word = String(current)
                if !stopWords.contains(word) { out.append(word) }
            }
            current = String.UnicodeScalarView()
            length = 0
        }
        // Scalar by scalar, as the script's `[\p{L}\p{N}]+` splits: letters and numbers of any script.
        for scalar in folded.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
                length += 1
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// `words` for ASCII text: runs of `[A-Za-z0-9]` lower-cased byte by byte; nil when the text is not ASCII.
    private static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var out: [String] = []
            var word = [UInt8](repeating: 0, count: maxWordLength)
            var length = 0
            func flush() {
                if length > 1, length <= maxWordLength {
                    let s = word.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<length]), as: UTF8.self) }
                    if !stopWords.contains(s) { out.append(s) }
                }
                length = 0
            }
            for b in bytes {
                guard b < 0x80 else { return nil }
                if isASCIIWordByte(b) {
                    if length < maxWordLength { word[length] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
                    length += 1
                } else {
                    flush()
                }
            }
            flush()
            return out
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The index as JSON: `{"pages":[…],"sections":[[page,id,heading]…],"v":1,"words":{"word":[delta…]}}`, keys
    /// sorted so the output is the same on every build. Written straight into bytes (`JSONBytes`), the same bytes
    /// `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` gives.
    func json() throws -> Data {
        var out = JSONBytes(capacity: postings.count * 24 + sections.count * 24 + pages.count * 256)
        out.raw("{\"pages\":[")
        for (i, page) in pages.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.byte(UInt8(ascii: "{"))
            if let d = page.d { out.raw("\"d\":"); out.string(d); out.byte(UInt8(ascii: ",")) }
            if let g = page.g {
                out.raw("\"g\":[")
                for (j, tag) in g.enumerated() {
                    if j > 0 { out.byte(UInt8(ascii: ",")) }
                    out.string(tag)
                }
                out.raw("],")
            }
            if let s = page.s { out.raw("\"s\":"); out.string(s); out.byte(UInt8(ascii: ",")) }
            out.raw("\"t\":")
            out.string(page.t)
            out.raw(",\"u\":")
            out.string(page.u)
            out.byte(UInt8(ascii: "}"))
        }
        out.raw("],\"sections\":[")
        for (i, section) in sections.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.byte(UInt8(ascii: "["))
            for (j, field) in section.enumerated() {
                if j > 0 { out.byte(UInt8(ascii: ",")) }
                switch field {
                case .number(let n): out.int(n)
                case .text(let s): out.string(s)
                }
            }
            out.byte(UInt8(ascii: "]"))
        }
        out.raw("],\"v\":")
        out.int(Self.formatVersion)
        out.raw(",\"words\":{")
        for (i, entry) in postings.sorted(by: { JSONBytes.keyOrder($0.key, $1.key) }).enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.string(entry.key)
            out.raw(":[")
            // Delta-encoded: each section number as the difference from the one before.
            var previous = 0
            for (j, value) in entry.value.enumerated() {
                if j > 0 { out.byte(UInt8(ascii: ",")) }
                out.int(value - previous)
                previous = value
            }
            out.byte(UInt8(ascii: "]"))
        }
        out.raw("}}")
        return out.data
    }
}
