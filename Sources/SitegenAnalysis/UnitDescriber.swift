import SitegenCore

/// Names units and sections for findings: heading, section id, location.
struct UnitDescriber {
    let corpus: Corpus

    /// The heading of a unit, or "(text before the first heading)" for a lead.
    func heading(_ unit: RewriteUnit) -> String {
        let section = corpus.sections[Int(unit.section)]
        if unit.passageEnd == section.passageEnd, !section.heading.isEmpty { return section.heading }
        return section.heading.isEmpty ? "(text before the first heading)" : "(text under “\(section.heading)”)"
    }

    /// The section id of a unit ("" for text before the first heading).
    func sectionID(_ unit: RewriteUnit) -> String {
        corpus.sections[Int(unit.section)].level > 0 ? corpus.sections[Int(unit.section)].id : ""
    }

    /// Where a unit starts.
    func location(_ unit: RewriteUnit) -> SourceLocation {
        let section = corpus.sections[Int(unit.section)]
        if unit.passageStart == section.passageStart, section.level > 0 { return section.location }
        return unit.passageStart < unit.passageEnd ? corpus.passages[Int(unit.passageStart)].location : section.location
    }

    /// The id of a unit's document.
    func documentID(_ unit: RewriteUnit) -> String {
        corpus.documents[Int(unit.document)].id
    }

    /// A quoted heading, shortened for messages.
    static func quote(_ text: String, limit: Int = 70) -> String {
        let clean = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return "“" + (clean.count > limit ? String(clean.prefix(limit - 1)) + "…" : clean) + "”"
    }
}
