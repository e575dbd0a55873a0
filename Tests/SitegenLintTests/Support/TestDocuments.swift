import SitegenCore
@testable import SitegenLint

/// Builds small Documents by hand, for tests that must not depend on the Markdown parser.
enum TestDocuments {
    static let path = "Content/posts/a.md"

    static func at(_ line: Int, _ column: Int = 1, _ file: String = path) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func document(
        _ path: String = path, id: String? = nil, blocks: [Block] = [], sections: [Section] = [], metadata: Metadata = Metadata()
    ) -> Document {
        let docID = id ?? String(path.dropFirst("Content/".count).dropLast(".md".count))
        let root = Section(level: 0, location: SourceLocation(file: path, line: 1, column: 1), blocks: blocks, subsections: sections)
        return Document(id: docID, origin: .file(path: path), metadata: metadata, root: root)
    }

    static func paragraph(_ inlines: [Inline], at location: SourceLocation) -> Block {
        Block(.paragraph(inlines), at: location)
    }

    static func section(_ title: String, id: String, label: String? = nil, at location: SourceLocation, blocks: [Block] = []) -> Section {
        Section(level: 2, heading: [.text(title)], id: label ?? id, attributes: Attributes(id: label), location: location, blocks: blocks)
    }

    static func figure(_ source: String, alt: String = "", caption: String = "", label: String? = nil, at location: SourceLocation) -> Block {
        let image = Image(source: source, alt: alt.isEmpty ? [] : [.text(alt)], attributes: Attributes(id: label), location: location)
        return Block(.figure(Figure(images: [image], caption: caption.isEmpty ? [] : [.text(caption)])), at: location, attributes: Attributes(id: label))
    }
}

/// A rule that reports the stage diagnostics tagged `echo`, for engine tests.
struct EchoRule: LintRule {
    static let description = RuleDescription(
        id: "echo", name: "Echo", summary: "Echoes stage diagnostics.", rationale: "For tests.", category: .repetition,
        options: [RuleOption("min_words", .integer, default: .number(8), "a threshold")])

    init(configuration: RuleConfiguration) {}

    func check(_ context: LintContext) -> [Diagnostic] {
        context.stageDiagnostics(rule: "echo")
    }
}

/// The echo rule's input: a warning at `line:column` of `file`.
func echo(_ message: String, _ line: Int, _ column: Int = 1, file: String = TestDocuments.path) -> Diagnostic {
    .warning(message, at: SourceLocation(file: file, line: line, column: column), rule: "echo")
}
