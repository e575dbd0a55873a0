import SitegenCore

/// Builds a section tree from feed HTML: h1–h6 open sections; p, li, blockquote paragraphs become blocks with
/// strong/em/a/code inlines; pre becomes code; tables, scripts and `#refs` divs are skipped.
struct HTMLSectionBuilder {
    let file: String
    let baseLine: Int
    private var stack: [Section]
    private var slugger = Slugger()
    private var inlineStack: [(tag: String, children: [Inline], href: String)] = []
    private var capture: (kind: String, level: Int, line: Int)?
    private var skipDepth = 0
    private var skipTag = ""
    private var listItems: [List.Item] = []
    private var listLine = 0
    private var listDepth = 0

    init(file: String, baseLine: Int) {
        self.file = file
        self.baseLine = baseLine
        stack = [Section(level: 0, location: SourceLocation(file: file, line: baseLine, column: 1))]
    }

    mutating func build(_ html: String) {
        for token in HTMLScanner.tokens(html) { handle(token) }
    }

    private mutating func handle(_ token: HTMLScanner.Token) {
        if skipDepth > 0 {
            if case .open(let name, _, _) = token, name == skipTag { skipDepth += 1 }
            if case .close(let name) = token, name == skipTag { skipDepth -= 1 }
            return
        }
        switch token {
        case .open(let name, let attributes, let line): open(name, attributes, line: line)
        case .close(let name): close(name)
        case .text(let text): if capture != nil { appendInline(.text(text)) }
        }
    }

    private mutating func open(_ name: String, _ attributes: [String: String], line: Int) {
        switch name {
        case "script", "style", "table", "pre", "math", "svg":
            skipTag = name; skipDepth = 1
        case "div" where attributes["id"] == "refs" || (attributes["class"] ?? "").contains("csl-bib-body"):
            skipTag = name; skipDepth = 1
        case "section" where (attributes["class"] ?? "").contains("footnotes"):
            skipTag = name; skipDepth = 1
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flushList()
            capture = ("h", Int(name.dropFirst()) ?? 2, line); inlineStack = [("", [], "")]
        case "p", "li", "figcaption":
            if name == "li" { if listItems.isEmpty && listDepth == 0 { listLine = line } }
            if capture == nil { capture = (name, 0, line); inlineStack = [("", [], "")] }
        case "ul", "ol":
            listDepth += 1
        case "strong", "b", "em", "i", "a", "code":
            if capture != nil { inlineStack.append((name, [], attributes["href"] ?? "")) }
        case "br":
            if capture != nil { appendInline(.lineBreak) }
        default: break
        }
    }

    private mutating func close(_ name: String) {
        switch name {
        case "strong", "b", "em", "i", "a", "code":
            guard capture != nil, inlineStack.count > 1, let top = inlineStack.last, top.tag == name else { return }
            inlineStack.removeLast()
            switch name {
            case "strong", "b": appendInline(.strong(top.children))
            case "em", "i": appendInline(.emphasis(top.children))
            case "a": appendInline(.link(destination: top.href, title: "", children: top.children))
            default: appendInline(.code(PlainText.of(top.children)))
            }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            guard let open = capture, open.kind == "h" else { return }
            capture = nil
            openSection(level: open.level, inlines: collapse(), line: open.line)
        case "p", "li", "figcaption":
            guard let open = capture, open.kind == name else {
                if name == "li" && capture == nil { return }
                return
            }
            capture = nil
            let inlines = collapse()
            let block = Block(.paragraph(inlines), at: location(open.line))
            if listDepth > 0 { listItems.append(List.Item(blocks: [block])) } else { append(block) }
        case "ul", "ol":
            listDepth = max(0, listDepth - 1)
            if listDepth == 0 { flushList() }
        default: break
        }
    }

    private mutating func appendInline(_ inline: Inline) {
        if inlineStack.isEmpty { inlineStack = [("", [], "")] }
        inlineStack[inlineStack.count - 1].children.append(inline)
    }

    private mutating func collapse() -> [Inline] {
        while inlineStack.count > 1 {
            let top = inlineStack.removeLast()
            inlineStack[inlineStack.count - 1].children += top.children
        }
        let result = inlineStack.first?.children ?? []
        inlineStack = []
        return trim(result)
    }

    private func trim(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            if case .text(let s) = inline { return .text(s.replacingOccurrences(of: "\n", with: " ")) }
            return inline
        }
    }

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: file, line: baseLine + line, column: 1)
    }

    private mutating func flushList() {
        guard !listItems.isEmpty else { return }
        append(Block(.list(List(ordered: false, tight: true, items: listItems)), at: location(listLine)))
        listItems = []
    }

    private mutating func append(_ block: Block) {
        stack[stack.count - 1].blocks.append(block)
    }

    private mutating func openSection(level: Int, inlines: [Inline], line: Int) {
        while stack.count > 1, stack[stack.count - 1].level >= level { closeTop() }
        let title = PlainText.of(inlines).trimmingCharacters(in: .whitespacesAndNewlines)
        stack.append(Section(level: level, heading: inlines, id: slugger.unique(title), location: location(line)))
    }

    private mutating func closeTop() {
        let done = stack.removeLast()
        stack[stack.count - 1].subsections.append(done)
    }

    mutating func finish() -> Section {
        flushList()
        while stack.count > 1 { closeTop() }
        return stack[0]
    }
}
