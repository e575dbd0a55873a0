/// The processor's intermediate output: formatted groups of rendered pieces with tags that later passes
/// (disambiguation, author suppression, collapsing, subsequent-author substitution) look for.
indirect enum CSLOutput: Sendable {
    enum Tag: Sendable, Equatable {
        /// The rendered names of a `<names>` element (first one is "the author").
        case names
        /// A date; `yearSuffixSlot` marks where a year suffix goes.
        case date
        /// The year suffix.
        case yearSuffix
        /// The citation number.
        case citationNumber
        /// A whole cite, linked to its entry.
        case item(String)
        /// The locator.
        case locator
        /// The rendered title (linked to the DOI or URL when the style prints neither).
        case title
        /// A prefix/suffix given by the author.
        case affix
        /// Identifies the people of a names list, for grouping and substitution.
        case nameKey(String)
        /// A locale term (capitalised when it starts a note).
        case term
        /// One variable's list of names, without its label (what subsequent-author substitution replaces).
        case nameList
    }

    case empty
    case literal([RichInline])
    case formatted(CSLFormatting, [CSLOutput])
    case tagged(Tag, CSLOutput)
    case linked(String, [CSLOutput])

    var isEmpty: Bool {
        switch self {
        case .empty: return true
        case .literal(let l): return l.isEmpty
        case .formatted(_, let xs), .linked(_, let xs): return xs.allSatisfy(\.isEmpty)
        case .tagged(_, let x): return x.isEmpty
        }
    }

    /// Builds a group, dropping empty children (nil output when nothing is left).
    static func group(_ f: CSLFormatting, _ xs: [CSLOutput]) -> CSLOutput {
        let kept = xs.filter { !$0.isEmpty }
        if kept.isEmpty { return .empty }
        if kept.count == 1 && f.isEmpty { return kept[0] }
        return .formatted(f, kept)
    }

    static func text(_ s: String) -> CSLOutput { s.isEmpty ? .empty : .literal([.text(s)]) }

    /// The first output tagged `tag` (pre-order).
    func first(_ tag: Tag) -> CSLOutput? {
        switch self {
        case .tagged(let t, let x): return t == tag ? self : x.first(tag)
        case .formatted(_, let xs), .linked(_, let xs):
            for x in xs { if let hit = x.first(tag) { return hit } }
            return nil
        default: return nil
        }
    }

    /// A copy with the first output tagged `tag` replaced by `f(it)`.
    func replacingFirst(_ tag: Tag, _ f: (CSLOutput) -> CSLOutput) -> CSLOutput {
        var done = false
        return replacing(tag, f, &done)
    }

    private func replacing(_ tag: Tag, _ f: (CSLOutput) -> CSLOutput, _ done: inout Bool) -> CSLOutput {
        if done { return self }
        switch self {
        case .tagged(let t, let x):
            if t == tag {
                done = true
                return f(self)
            }
            return .tagged(t, x.replacing(tag, f, &done))
        case .formatted(let fm, let xs):
            return .formatted(fm, xs.map { $0.replacing(tag, f, &done) })
        case .linked(let u, let xs):
            return .linked(u, xs.map { $0.replacing(tag, f, &done) })
        default: return self
        }
    }

    /// A copy with every output tagged `tag` replaced.
    func replacingAll(_ tag: Tag, _ f: (CSLOutput) -> CSLOutput) -> CSLOutput {
        switch self {
        case .tagged(let t, let x): return t == tag ? f(self) : .tagged(t, x.replacingAll(tag, f))
        case .formatted(let fm, let xs): return .formatted(fm, xs.map { $0.replacingAll(tag, f) })
        case .linked(let u, let xs): return .linked(u, xs.map { $0.replacingAll(tag, f) })
        default: return self
        }
    }

    /// A copy without `text-case="title"` anywhere (for non-English items).
    func removingTitleCase() -> CSLOutput {
        switch self {
        case .formatted(var f, let xs):
            if f.textCase == .title { f.textCase = nil }
            return .formatted(f, xs.map { $0.removingTitleCase() })
        case .tagged(let t, let x): return .tagged(t, x.removingTitleCase())
        case .linked(let u, let xs): return .linked(u, xs.map { $0.removingTitleCase() })
        default: return self
        }
    }

    /// True when the first thing rendered is a locale term (no affix before it).
    var startsWithTerm: Bool {
        switch self {
        case .tagged(.term, _): return true
        case .tagged(_, let x): return x.startsWithTerm
        case .formatted(let f, let xs):
            if let p = f.prefix, !p.isEmpty { return false }
            return xs.first { !$0.isEmpty }?.startsWithTerm ?? false
        case .linked(_, let xs): return xs.first { !$0.isEmpty }?.startsWithTerm ?? false
        default: return false
        }
    }

    /// True when some part is a link (a rendered DOI or URL).
    var containsLink: Bool {
        switch self {
        case .linked: return true
        case .tagged(_, let x): return x.containsLink
        case .formatted(_, let xs): return xs.contains { $0.containsLink }
        default: return false
        }
    }

    /// The identity of the first names list (its people, not their rendering).
    func firstNameKey() -> String? {
        switch self {
        case .tagged(.nameKey(let k), _): return k
        case .tagged(_, let x): return x.firstNameKey()
        case .formatted(_, let xs), .linked(_, let xs):
            for x in xs { if let k = x.firstNameKey() { return k } }
            return nil
        default: return nil
        }
    }
}
