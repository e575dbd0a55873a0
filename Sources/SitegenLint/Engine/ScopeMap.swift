import SitegenCore

/// Decides which scope (prose, code, math, quote, HTML, front matter) a finding's location falls in.
///
/// For Markdown files the raw lines decide (fences, `$$`, `>`, front matter, code spans and `$…$` on the line),
/// helped by the parsed blocks for indented code and HTML. For documents without raw text (feed entries),
/// a location that is exactly a block's start takes that block's scope.
struct ScopeMap {
    private var raw: [String: RawSource] = [:]
    private var ranges: [String: [(lines: ClosedRange<Int>, scope: LintScope)]] = [:]
    private var blockStarts: [SourceLocation: LintScope] = [:]

    init(context: LintContext, sources: [String: RawSource]) {
        raw = sources
        for document in context.documents {
            for visit in DocumentWalker.blocks(of: document) where visit.location.line > 0 {
                let location = visit.location
                if raw[location.file] != nil {
                    if let extent = Self.extent(of: visit.block) {
                        ranges[location.file, default: []].append((location.line...location.line + extent - 1, visit.scope))
                    }
                } else if blockStarts[location] != .prose {
                    blockStarts[location] = visit.scope
                }
            }
        }
    }

    /// The scope of `location`; prose when nothing says otherwise.
    func scope(of location: SourceLocation) -> LintScope {
        guard location.line > 0 else { return .prose }
        guard let source = raw[location.file] else { return blockStarts[location] ?? .prose }
        let lineScope = source.scope(line: location.line, column: location.column)
        if lineScope != .prose { return lineScope }
        let covering = ranges[location.file]?.last { $0.lines.contains(location.line) }
        return covering?.scope ?? .prose
    }

    /// How many source lines a code, math or HTML block covers, from its content.
    private static func extent(of block: Block) -> Int? {
        switch block.kind {
        case .code(_, let text), .math(let text), .html(let text):
            let body = text.hasSuffix("\n") ? text.dropLast() : Substring(text)
            return max(1, body.split(separator: "\n", omittingEmptySubsequences: false).count)
        default:
            return nil
        }
    }
}
