import SitegenCore
import SitegenXML

/// Converts inline HTML (text, em, strong, code, a, img, br, …) to `Inline`s with HTML's whitespace rules:
/// runs of whitespace become one space, and spaces at the start and end of the paragraph or around a line
/// break disappear. A space between elements goes outside them (`<strong>Label:</strong> text` keeps the
/// strong run as `.strong([.text("Label:")])`).
struct InlineBuilder {
    private struct Frame {
        var wrap: ([Inline]) -> Inline
        var children: [Inline] = []
    }

    private var stack: [Frame] = []
    private var output: [Inline] = []
    private var pendingSpace = false
    private var atStart = true
    /// Text not yet added to the innermost list (appending to a `.text` case would copy on every character).
    private var buffer = ""
    let location: (XMLElement) -> SourceLocation

    init(location: @escaping (XMLElement) -> SourceLocation) {
        self.location = location
    }

    /// The finished inlines (trailing space dropped, empty containers removed).
    mutating func finish() -> [Inline] {
        while !stack.isEmpty { close() }
        flushBuffer()
        return output
    }

    /// Appends nodes.
    mutating func add(_ nodes: [XMLNode], depth: Int = 0) {
        for node in nodes {
            switch node {
            case .text(let text): addText(text)
            case .element(let element): add(element, depth: depth)
            }
        }
    }

    private mutating func add(_ element: XMLElement, depth: Int) {
        guard depth < 100 else { return addText(element.text) }
        switch element.name {
        case "em", "i", "cite", "dfn", "var": container(element, depth: depth) { .emphasis($0) }
        case "strong", "b": container(element, depth: depth) { .strong($0) }
        case "del", "s", "strike": container(element, depth: depth) { .strikethrough($0) }
        case "a":
            guard let href = element.attribute("href") else { return add(element.children, depth: depth + 1) }
            let title = element.attribute("title") ?? ""
            container(element, depth: depth) { .link(destination: href, title: title, children: $0) }
        case "code", "tt", "kbd", "samp":
            let text = HTMLText.collapse(element.text)
            guard !text.isEmpty else { return }
            emit(.code(text))
        case "img":
            guard let image = Self.image(element, at: location(element)) else { return }
            emit(.image(image))
        case "br":
            pendingSpace = false
            emit(.lineBreak, flushSpace: false)
            pendingSpace = false
            atStart = true
        case "script", "style":
            return
        default:
            add(element.children, depth: depth + 1)
        }
    }

    static func image(_ element: XMLElement, at location: SourceLocation) -> Image? {
        guard let source = element.attribute("src") else { return nil }
        let alt = HTMLText.collapse(element.attribute("alt") ?? "")
        var pairs: [Attributes.Pair] = []
        for key in ["width", "height"] { if let value = element.attribute(key) { pairs.append(.init(key, value)) } }
        return Image(source: source, title: element.attribute("title") ?? "", alt: alt.isEmpty ? [] : [.text(alt)],
            attributes: Attributes(pairs: pairs), location: location)
    }

    private mutating func container(_ element: XMLElement, depth: Int, wrap: @escaping ([Inline]) -> Inline) {
        flushSpace()
        flushBuffer()
        stack.append(Frame(wrap: wrap))
        add(element.children, depth: depth + 1)
        close()
    }

    private mutating func close() {
        flushBuffer()
        guard let frame = stack.popLast() else { return }
        guard !frame.children.isEmpty else { return }
        append(frame.wrap(frame.children))
    }

    private mutating func addText(_ text: String) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if String.isASCIIWhitespace(scalars[index]) {
                pendingSpace = !atStart
                index = scalars.index(after: index)
                continue
            }
            // Append the whole run up to the next whitespace at once.
            let end = scalars[index...].firstIndex(where: String.isASCIIWhitespace) ?? scalars.endIndex
            if pendingSpace { buffer += " " }
            buffer += String(scalars[index..<end])
            pendingSpace = false
            atStart = false
            index = end
        }
    }

    private mutating func flushSpace() {
        guard pendingSpace else { return }
        pendingSpace = false
        buffer += " "
    }

    private mutating func emit(_ inline: Inline, flushSpace flush: Bool = true) {
        if flush { flushSpace() }
        atStart = false
        append(inline)
    }

    private mutating func flushBuffer() {
        guard !buffer.isEmpty else { return }
        let piece = buffer
        buffer = ""
        if stack.isEmpty {
            Self.appendText(piece, to: &output)
        } else {
            Self.appendText(piece, to: &stack[stack.count - 1].children)
        }
    }

    private mutating func append(_ inline: Inline) {
        flushBuffer()
        if stack.isEmpty { output.append(inline) } else { stack[stack.count - 1].children.append(inline) }
    }

    private static func appendText(_ piece: String, to list: inout [Inline]) {
        if case .text(let previous)? = list.last {
            list[list.count - 1] = .text(previous + piece)
        } else {
            list.append(.text(piece))
        }
    }
}
