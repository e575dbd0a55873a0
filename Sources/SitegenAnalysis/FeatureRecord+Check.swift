/// Structural checks of a record read from outside, so a damaged shard gives a diagnostic instead of an
/// out-of-range index.
extension FeatureRecord {
    /// What is wrong with the record, or nil. `expectedIndex` is its position in the input.
    public func problem(expectedIndex: Int) -> String? {
        guard schema == Self.schemaVersion else { return "feature schema \(schema); this sitegen reads schema \(Self.schemaVersion)" }
        guard doc == expectedIndex else { return "document \(doc) where document \(expectedIndex) was expected" }
        guard let root = sections.first, root.parent == -1 else { return "\(id): the first section must be the root (parent -1)" }
        _ = root
        for (index, section) in sections.enumerated() {
            guard index == 0 || (section.parent >= 0 && section.parent < index) else {
                return "\(id): section \(index) has parent \(section.parent), not an earlier section"
            }
            guard 0 <= section.start, section.start <= section.own, section.own <= section.end, section.end <= passages.count
            else { return "\(id): section \(index) has passages \(section.start)..<\(section.end) (own \(section.own)) outside 0..<\(passages.count)" }
        }
        for (index, passage) in passages.enumerated() {
            guard passage.section >= 0, passage.section < sections.count else {
                return "\(id): passage \(index) names section \(passage.section) of \(sections.count)"
            }
            guard PassageKind(name: passage.kind) != nil else { return "\(id): passage \(index) has unknown kind \"\(passage.kind)\"" }
            if let label = passage.label, label.bytes < 0 || label.bytes > passage.text.utf8.count {
                return "\(id): passage \(index) has a label longer than its text"
            }
        }
        for (index, unit) in units.enumerated() {
            guard unit.unit == index else { return "\(id): unit \(index) is numbered \(unit.unit)" }
            guard unit.section >= 0, unit.section < sections.count, unit.parent < index, unit.terms.count == unit.counts.count
            else { return "\(id): unit \(index) names a section, parent or term counts that do not exist" }
        }
        return nil
    }
}
