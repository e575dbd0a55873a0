import Foundation
import SitegenCore

/// The document-level CSL processor: numbering, sorting, disambiguation, citation rendering with modes and
/// collapsing, bibliography rendering with subsequent-author substitution. Immutable after creation apart from
/// its caches, so one engine serves every document of a build from any thread.
final class CSLEngine: @unchecked Sendable {
    let style: CSLStyle
    let locale: CSLLocale
    let items: [String: CSLItem]
    let itemOrder: [String]
    let locators: LocatorParser

    private let lock = NSLock()
    private var sortKeyCache: [String: [CSLSortValue]] = [:]
    private var entryCache: [EntryKey: CSLOutput] = [:]
    private var citeCache: [CiteKey: CSLOutput] = [:]
    private var plainCache: [CiteKey: String] = [:]
    private var inlineCache: [RenderedEntryKey: [RichInline]] = [:]

    struct RenderedEntryKey: Hashable {
        var entry: EntryKey
        var substituted: Bool
    }

    struct EntryKey: Hashable {
        var id: String
        var yearSuffix: Int?
        var number: Int?
        var disambiguation: CSLDisambiguation
    }

    struct CiteKey: Hashable {
        var id: String
        var position: Int
        var firstNote: Int?
        var nearNote: Bool
        var locator: String?
        var label: String?
        var number: Int?
        var yearSuffix: Int?
        var disambiguation: CSLDisambiguation
    }

    init(style: CSLStyle, items: [CSLItem], locale: CSLLocale, baseLocale: CSLLocale = .enUS) {
        self.style = style
        self.locale = locale
        var byID: [String: CSLItem] = [:]
        var order: [String] = []
        for item in items where byID[item.id] == nil {
            byID[item.id] = item
            order.append(item.id)
        }
        self.items = byID
        itemOrder = order
        locators = LocatorParser(locales: [baseLocale, locale])
    }

    /// A cite as the author wrote it.
    struct Request {
        var key: String
        var prefix: String
        var suffix: String
        var mode: Citation.Mode
        /// A locator given apart from the suffix (CSL-JSON citation items); nil parses it from `suffix`.
        var locator: String? = nil
        /// The locator's CSL label when `locator` is given.
        var label: String? = nil
        /// Only the author is rendered (CSL `author-only`).
        var authorOnly = false
        /// Prefix and suffix are used as given (CSL-JSON), not trimmed and spaced as pandoc's citation syntax.
        var verbatimAffixes = false
    }

    /// What one document's citations come to.
    struct Result {
        /// Per citation: its rendered inlines (nil entries for unresolved items are rendered as `?key`).
        var citations: [[RichInline]]
        /// Bibliography entries in order.
        var entries: [(id: String, inlines: [RichInline])]
    }

    // MARK: - caches

    func cachedCite(_ key: CiteKey, _ make: () -> CSLOutput) -> CSLOutput {
        lock.lock()
        if let hit = citeCache[key] { lock.unlock(); return hit }
        lock.unlock()
        let value = make()
        lock.lock()
        if citeCache.count > 50_000 { citeCache.removeAll() }
        citeCache[key] = value
        lock.unlock()
        return value
    }

    func cachedPlain(_ key: CiteKey, _ make: () -> String) -> String {
        lock.lock()
        if let hit = plainCache[key] { lock.unlock(); return hit }
        lock.unlock()
        let value = make()
        lock.lock()
        if plainCache.count > 50_000 { plainCache.removeAll() }
        plainCache[key] = value
        lock.unlock()
        return value
    }

    func cachedInlines(_ key: RenderedEntryKey, _ make: () -> [RichInline]) -> [RichInline] {
        lock.lock()
        if let hit = inlineCache[key] { lock.unlock(); return hit }
        lock.unlock()
        let value = make()
        lock.lock()
        if inlineCache.count > 50_000 { inlineCache.removeAll() }
        inlineCache[key] = value
        lock.unlock()
        return value
    }

    func cachedEntry(_ key: EntryKey, _ make: () -> CSLOutput) -> CSLOutput {
        lock.lock()
        if let hit = entryCache[key] { lock.unlock(); return hit }
        lock.unlock()
        let value = make()
        lock.lock()
        if entryCache.count > 50_000 { entryCache.removeAll() }
        entryCache[key] = value
        lock.unlock()
        return value
    }

    func cachedSortKeys(_ id: String, _ make: () -> [CSLSortValue]) -> [CSLSortValue] {
        lock.lock()
        if let hit = sortKeyCache[id] { lock.unlock(); return hit }
        lock.unlock()
        let value = make()
        lock.lock()
        sortKeyCache[id] = value
        lock.unlock()
        return value
    }

    // MARK: - rendering helpers

    func evaluator(_ cite: CSLCite, mode: CSLEvaluator.Mode, layout: CSLLayout? = nil) -> CSLEvaluator {
        CSLEvaluator(style: style, locale: locale, mode: mode, cite: cite, layout: layout)
    }

    func renderer(links: Bool = false) -> CSLRenderer { CSLRenderer(linkItems: links) }

    /// Final touches on a rendered citation or entry: punctuation moved inside quotes for locales that want it,
    /// superscript characters as superscript markup.
    func finish(_ inlines: [RichInline]) -> [RichInline] {
        let typographic = SmartQuotes.apply(inlines)
        let moved = locale.punctuationInQuote ? CSLRenderer.punctuationInsideQuotes(typographic) : typographic
        return RichInlineBuilder.normalize(FlipFlop.apply(SuperscriptText.apply(localizeQuotes(moved))))
    }

    /// Quotation marks from the locale's terms (outer “…”, inner ‘…’ in en-US).
    func localizeQuotes(_ inlines: [RichInline]) -> [RichInline] {
        inlines.flatMap { inline -> [RichInline] in
            switch inline {
            case .quoted(let single, let c):
                let open = locale.term(single ? "open-inner-quote" : "open-quote") ?? (single ? "‘" : "“")
                let close = locale.term(single ? "close-inner-quote" : "close-quote") ?? (single ? "’" : "”")
                return [.text(open)] + localizeQuotes(c) + [.text(close)]
            case .text, .math: return [inline]
            default: return [inline.replacingChildren(localizeQuotes(inline.children))]
            }
        }
    }
}
