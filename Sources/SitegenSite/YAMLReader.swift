import Foundation
import SitegenCore
import SitegenMarkdown
import Yams

/// Reads YAML into positioned values, turning parser errors into diagnostics at the right line and column.
enum YAMLReader {
    /// Parses `text` (which starts at `lineOffset` lines into `path`) into a node, or a diagnostic.
    static func compose(_ text: String, path: String, lineOffset: Int = 0) throws(Diagnostic) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw diagnostic(for: error, path: path, lineOffset: lineOffset)
        } catch {
            throw Diagnostic.error("cannot read YAML: \(error)", at: SourceLocation(file: path, line: lineOffset + 1, column: 1))
        }
    }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic.error(
                "invalid YAML: \(problem)",
                at: SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column),
                hint: "check indentation and quoting near here; values containing ':' or '#' need quotes")
        default:
            return Diagnostic.error("invalid YAML: \(error)", at: SourceLocation(file: path, line: lineOffset + 1, column: 1))
        }
    }

    /// The value of a node with its shape kept (the conversion front matter uses too).
    static func value(_ node: Node) -> MetaValue { YAMLValue.metaValue(node) }

    /// Where a node is in the file.
    static func location(of node: Node, path: String, lineOffset: Int = 0) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }
}
