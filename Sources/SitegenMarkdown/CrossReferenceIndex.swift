import SitegenCore

/// Numbers a document's labelled things the way Quarto does: figures (`#fig-`), tables (`#tbl-`), equations
/// (`#eq-`), figure and table divs around other content, and theorem-like divs (`#thm-`, `#lem-`, `#cor-`, `#prp-`, `#cnj-`, `#def-`, `#exm-`, `#exr-`)
/// each counted 1, 2, … per kind in document order; sections numbered hierarchically (`2.1`) by their depth
/// in the section tree, skipping `.unnumbered` ones. pandoc-crossref's `fig:x` spelling counts as `fig-x`.
public struct CrossReferenceIndex: Sendable {
    /// One labelled thing.
    public struct Entry: Hashable, Sendable {
        /// The label's kind prefix: `fig`, `tbl`, `eq`, `sec`, `thm`, `lem`, … (sections without a `sec-` label use `sec`).
        public var kind: String
        /// The displayed number: `1`, `2.1`, `1 (a)` for a sub-figure; empty for unnumbered sections.
        public var number: String
        /// The HTML id to link to.
        public var anchor: String
        /// Where the labelled thing is.
        public var location: SourceLocation
        /// The heading, or a theorem's name, as plain text (links to unnumbered sections show it).
        public var title: String

        /// Creates an entry.
        public init(kind: String, number: String, anchor: String, location: SourceLocation, title: String = "") {
            self.kind = kind
            self.number = number
            self.anchor = anchor
            self.location = location
            self.title = title
        }
    }

    /// Entries by label.
    public private(set) var entries: [String: Entry] = [:]
    /// Duplicate labels (rule `duplicate-label`), reported at the second occurrence with the first as related.
    public private(set) var diagnostics: [Diagnostic] = []
    private var counters: [String: Int] = [:]

    /// Indexes `document`.
    public init(_ document: Document) {
        for block in document.root.blocks { visit(block) }
        visit(document.root.subsections, prefix: [], numbered: true)
    }

    /// The entry for `label`.
    public subscript(label: String) -> Entry? { entries[label] }

    /// Every label, sorted.
    public var labels: [String] { entries.keys.sorted() }

    private mutating func visit(_ sections: [Section], prefix: [Int], numbered: Bool) {
        var counter = 0
        for section in sections {
            let isNumbered = numbered && !section.attributes.hasClass("unnumbered")
            var path = prefix
            if isNumbered {
                counter += 1
                path.append(counter)
            }
            let number = isNumbered ? path.map(String.init).joined(separator: ".") : ""
            if !section.id.isEmpty {
                add(section.id, Entry(
                    kind: "sec", number: number, anchor: section.id, location: section.location,
                    title: PlainText.of(section.heading)))
            }
            for block in section.blocks { visit(block) }
            visit(section.subsections, prefix: path, numbered: isNumbered)
        }
    }

    private mutating func visit(_ block: Block) {
        switch block.kind {
        case .figure(let figure):
            visitFigure(figure, block: block)
        case .table:
            numberIfLabelled(block, kind: "tbl")
        case .math:
            numberIfLabelled(block, kind: "eq")
        case .div(let blocks):
            if let kind = FloatDiv.kind(of: block) {
                numberIfLabelled(block, kind: kind)
            } else if let id = block.attributes.id, let theorem = TheoremKind.of(label: id) {
                numberIfLabelled(block, kind: theorem.key, title: Self.theoremName(block.attributes, blocks) ?? "")
            }
            blocks.forEach { visit($0) }
        case .quote(let blocks):
            blocks.forEach { visit($0) }
        case .callout(let callout):
            callout.blocks.forEach { visit($0) }
        case .list(let list):
            list.items.forEach { $0.blocks.forEach { visit($0) } }
        case .definitionList(let list):
            list.items.forEach { $0.definitions.forEach { $0.blocks.forEach { visit($0) } } }
        default:
            break
        }
    }

    private mutating func visitFigure(_ figure: Figure, block: Block) {
        guard let number = numberIfLabelled(block, kind: "fig") else { return }
        guard figure.images.count > 1 else { return }
        for (position, image) in figure.images.enumerated() {
            guard let id = image.attributes.id else { continue }
            let letter = String(UnicodeScalar(UInt8(97 + position % 26)))
            add(id, Entry(kind: "fig", number: "\(number) (\(letter))", anchor: id, location: image.location))
        }
    }

    @discardableResult
    private mutating func numberIfLabelled(_ block: Block, kind: String, title: String = "") -> String? {
        guard let id = block.attributes.id, LabelKind.label(id, is: kind) else { return nil }
        let number = counters[kind, default: 0] + 1
        counters[kind] = number
        add(id, Entry(kind: kind, number: String(number), anchor: id, location: block.location, title: title))
        return String(number)
    }

    /// A theorem's name as Quarto takes it: the `name` attribute, else the div's first heading.
    static func theoremName(_ attributes: Attributes, _ blocks: [Block]) -> String? {
        if let name = attributes["name"], !name.isEmpty { return name }
        if case .heading(_, let content)? = blocks.first?.kind { return PlainText.of(content) }
        return nil
    }

    private mutating func add(_ label: String, _ entry: Entry) {
        if let first = entries[label] {
            diagnostics.append(Diagnostic(
                .error, "duplicate label \(label)", at: entry.location, rule: "duplicate-label",
                hint: "labels must be unique within a post; rename one of them",
                related: [Diagnostic.Related(location: first.location, message: "\(label) is first defined here")]))
            return
        }
        entries[label] = entry
    }
}
