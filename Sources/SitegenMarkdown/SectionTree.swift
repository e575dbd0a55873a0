import SitegenCore

/// Builds the section tree from a document's top-level blocks: headings open sections, nested with a stack by
/// level; blocks before the first heading stay in the root (level 0).
enum SectionTree {
    /// The root section holding `blocks`, whose top-level `.heading` blocks become sections.
    static func build(_ blocks: [Block], rootLocation: SourceLocation) -> Section {
        var stack = [Section(level: 0, location: rootLocation)]
        for block in blocks {
            guard case .heading(let level, let content) = block.kind else {
                stack[stack.count - 1].blocks.append(block)
                continue
            }
            while stack.count > 1, stack[stack.count - 1].level >= level {
                let done = stack.removeLast()
                stack[stack.count - 1].subsections.append(done)
            }
            stack.append(Section(
                level: level, heading: content, id: block.attributes.id ?? "", attributes: block.attributes,
                location: block.location))
        }
        while stack.count > 1 {
            let done = stack.removeLast()
            stack[stack.count - 1].subsections.append(done)
        }
        return stack[0]
    }
}
