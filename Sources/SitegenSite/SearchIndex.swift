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

    private struct Page: Encodable {
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

    private enum SectionField: Encodable {
        case number(Int)
        case text(String)
        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let n): try container.encode(n)
            case .text(let s): try container.encode(s)
            }
        }
    }

    /// The index of `pages` (posts and pages; ingested entries belong to their own sites; not a page whose front
    /// matter says `search: false`), in the given order.
    init(pages: [SitePage]) {
        // `search: false` in a page's front matter leaves it out, as in Quarto.
        for page in pages where page.kind != .entry && page.document.metadata.extra["search"] != .bool(false) {
            add(page)
        }
    }

    private mutating func add(_ page: SitePage) {
        let meta = page.document.metadata
        let pageNumber = pages.count
        let summary = String((meta.description ?? page.rendered.summary).prefix(Self.summaryCharacters))
        pages.append(Page(u: page.path, t: meta.title, d: meta.date.map(DateText.short),
                          g: meta.tags.isEmpty ? nil : meta.tags, s: summary.isEmpty ? nil : summary))
        var distinct: Set<String> = []
        for (i, section) in page.document.root.flattened.enumerated() {
            let sectionNumber = sections.count
            let heading = PlainText.of(section.heading)
            sections.append(section.level == 0 ? [.number(pageNumber)] : [.number(pageNumber), .text(section.id), .text(heading)])
            var text = heading + "\n" + Self.withoutKeys(PlainText.of(section.blocks))
            if i == 0 { text += "\n" + meta.title + "\n" + meta.tags.joined(separator: " ") + "\n" + (meta.description ?? "") }
            var seen: Set<String> = []
            for word in Self.words(text) where seen.insert(word).inserted {
                if !distinct.contains(word) {
                    guard distinct.count < Self.maxWordsPerPage else { continue }
                    distinct.insert(word)
                }
                postings[word, default: []].append(sectionNumber)
            }
        }
    }

    /// The text without the citation keys and cross-reference labels plain text keeps (`@knuth1984`, `@fig-loop`):
    /// the page shows the formatted citation and "Figure 1" instead, and nobody searches for a key.
    static func withoutKeys(_ text: String) -> String {
        guard text.contains("@") else { return text }
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

    /// The words of `text` as the index and the script's query both split them: runs of letters and digits,
    /// lower-cased with accents folded (`Über` → `uber`), without stop words, one-letter words or overlong words.
    static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var out: [String] = []
        var current = ""
        func flush() {
            if current.count > 1, current.count <= maxWordLength, !stopWords.contains(current) { out.append(current) }
            current = ""
        }
        for character in folded {
            if character.isLetter || character.isNumber { current.append(character) } else { flush() }
        }
        flush()
        return out
    }

    /// The index as JSON: `{"v":1,"pages":[…],"sections":[[page,id,heading]…],"words":{"word":[delta…]}}`, keys sorted
    /// so the output is the same on every build.
    func json() throws -> Data {
        struct File: Encodable {
            var v: Int
            var pages: [Page]
            var sections: [[SectionField]]
            var words: [String: [Int]]
        }
        var encoded: [String: [Int]] = [:]
        for (word, list) in postings {
            var previous = 0
            encoded[word] = list.map { value in
                defer { previous = value }
                return value - previous
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(File(v: Self.formatVersion, pages: pages, sections: sections, words: encoded))
    }
}
