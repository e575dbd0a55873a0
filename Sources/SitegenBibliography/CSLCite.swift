/// One cited item in context: what the evaluator needs besides the item itself.
struct CSLCite: Sendable {
    enum Position: Int, Sendable, Comparable {
        case first, subsequent, ibidWithLocator, ibid
        static func < (a: Position, b: Position) -> Bool { a.rawValue < b.rawValue }
    }

    var item: CSLItem
    var position: Position = .first
    /// The note number of the item's first cite (`first-reference-note-number`).
    var firstNote: Int?
    /// An earlier cite of the item lies within `near-note-distance` notes.
    var nearNote = false
    var locator: String?
    /// CSL locator label (`page`, `chapter`, …); `page` when a locator has none.
    var label: String?
    var citationNumber: Int?
    var yearSuffix: Int?
    var disambiguation = CSLDisambiguation()
}

/// Per-item disambiguation settings chosen by the processor.
struct CSLDisambiguation: Sendable, Hashable {
    /// Overrides et-al-use-first (add-names).
    var etAlUseFirst: Int?
    /// Given-name expansion per name index: 1 initials, 2 full given name.
    var givenLevels: [String: Int] = [:]
    /// `disambiguate="true"` condition.
    var condition = false
}
