import SitegenCore

/// Builds a document's section tree as blocks and headings arrive in order: a heading of level n closes every
/// open section of level ≥ n and opens a new one.
struct SectionTree {
    private var stack: [Section]
    /// False inside lists, quotes and tables, where headings are plain blocks.
    let allowsSections: Bool

    init(root location: SourceLocation, allowsSections: Bool = true) {
        stack = [Section(level: 0, location: location)]
        self.allowsSections = allowsSections
    }

    mutating func add(_ block: Block) {
        stack[stack.count - 1].blocks.append(block)
    }

    mutating func startSection(level: Int, heading: [Inline], id: String, at location: SourceLocation) {
        guard allowsSections else {
            return add(Block(.heading(level: level, content: heading), at: location))
        }
        while stack.count > 1, stack[stack.count - 1].level >= level { closeInnermost() }
        stack.append(Section(level: level, heading: heading, id: id, location: location))
    }

    private mutating func closeInnermost() {
        let section = stack.removeLast()
        stack[stack.count - 1].subsections.append(section)
    }

    /// The root section with everything closed.
    mutating func finish() -> Section {
        while stack.count > 1 { closeInnermost() }
        return stack[0]
    }

    /// The blocks added so far to the root (for nested flows, which have no sections).
    var rootBlocks: [Block] { stack[0].blocks }
}
