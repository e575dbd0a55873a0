import CCmarkGFM
import Foundation
import SitegenCore

/// Every call into libcmark-gfm lives here. It parses prepared Markdown with GFM extensions and footnotes and
/// copies the C tree into Swift `MarkdownNode` values; the C tree is freed on the single exit path.
enum CmarkConverter {
    /// Nesting deeper than this is flattened into text, so hostile input cannot exhaust a thread's stack.
    static let maximumDepth = 48

    /// Registers the core extensions exactly once (the C guard is not thread-safe; Swift's lazy global is).
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// cmark-gfm adds and removes extension characters in a process-global table while it parses inlines,
    /// so concurrent parses could lose `~~` or autolinks; parses are serialised (they take microseconds).
    private static let parseLock = NSLock()

    /// Parses `bytes` into a Swift tree.
    static func parse(_ bytes: [UInt8]) -> MarkdownNode {
        withDocument(bytes) { root in convert(root, depth: 0) } ?? MarkdownNode(kind: .document)
    }

    /// The sorted 1-based lines on which a block (a paragraph, heading, list item, table row, …) starts: the
    /// block structure alone, which the preprocessor needs so inline math never runs from one block into
    /// the next. CommonMark decides blocks before inlines, so math placeholders cannot change these lines.
    static func blockStartLines(_ bytes: [UInt8]) -> [Int] {
        let lines = withDocument(bytes) { root -> [Int] in
            var lines: [Int] = []
            guard let iterator = cmark_iter_new(root) else { return lines }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                      let node = cmark_iter_get_node(iterator), node != root, isBlock(node) else { continue }
                lines.append(Int(cmark_node_get_start_line(node)))
            }
            cmark_iter_free(iterator)
            return lines
        } ?? []
        var unique: [Int] = []
        unique.reserveCapacity(lines.count)
        for line in lines.sorted() where line != unique.last { unique.append(line) }
        return unique
    }

    /// Runs `body` on the parsed document; the C tree is freed on the one way out.
    private static func withDocument<T>(_ bytes: [UInt8], _ body: (OpaquePointer) -> T) -> T? {
        _ = extensionsRegistered
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        parseLock.lock()
        guard let parser = cmark_parser_new(options) else {
            parseLock.unlock()
            return nil
        }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        let root = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        parseLock.unlock()
        guard let root else { return nil }
        let result = body(root)
        cmark_node_free(root)
        return result
    }

    private static func isBlock(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type(node).rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }

    private static func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        var result = MarkdownNode(kind: kind(of: node))
        result.line = Int(cmark_node_get_start_line(node))
        result.column = Int(cmark_node_get_start_column(node))
        result.endLine = Int(cmark_node_get_end_line(node))
        result.endColumn = Int(cmark_node_get_end_column(node))
        if let literal = cmark_node_get_literal(node) { result.literal = bytes(literal) }
        if depth >= maximumDepth, cmark_node_first_child(node) != nil {
            return flattened(node, result)
        }
        var child = cmark_node_first_child(node)
        while let current = child {
            result.children.append(convert(current, depth: depth + 1))
            child = cmark_node_next(current)
        }
        return result
    }

    /// A too-deep subtree as one text node (inside a paragraph when it was a block).
    private static func flattened(_ node: OpaquePointer, _ shell: MarkdownNode) -> MarkdownNode {
        var text: [UInt8] = []
        guard let iterator = cmark_iter_new(node) else { return shell }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  let current = cmark_iter_get_node(iterator) else { continue }
            if let literal = cmark_node_get_literal(current) {
                text += bytes(literal)
                text.append(0x20)
            }
        }
        cmark_iter_free(iterator)
        var leaf = MarkdownNode(kind: .text, literal: text, line: shell.line, column: shell.column)
        if isBlock(node) {
            leaf = MarkdownNode(kind: .paragraph, line: shell.line, column: shell.column, children: [leaf])
        }
        return leaf
    }

    private static func bytes(_ pointer: UnsafePointer<CChar>) -> [UInt8] {
        let count = strlen(pointer)
        return pointer.withMemoryRebound(to: UInt8.self, capacity: count) { Array(UnsafeBufferPointer(start: $0, count: count)) }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM:
            let isTask = string(cmark_node_get_type_string(node)) == "tasklist"
            return .item(checked: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil)
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: return .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default: return extensionKind(of: node)
        }
    }

    private static func extensionKind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch string(cmark_node_get_type_string(node)) {
        case "table": return .table(alignments: alignments(of: node))
        case "table_header": return .tableRow(header: true)
        case "table_row": return .tableRow(header: false)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        case "tasklist": return .item(checked: cmark_gfm_extensions_get_tasklist_item_checked(node))
        default: return .unknown
        }
    }

    private static func alignments(of node: OpaquePointer) -> [Table.Alignment] {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        guard columns > 0, let raw = cmark_gfm_extensions_get_table_alignments(node) else { return [] }
        return (0..<columns).map { index in
            switch raw[index] {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .none
            }
        }
    }
}
