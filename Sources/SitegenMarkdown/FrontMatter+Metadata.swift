import Foundation
import SitegenCore
import Yams

extension FrontMatter {
    /// The front matter of a whole file read into `Metadata`, with every problem found on the way
    /// (unclosed fences, YAML errors, bad dates, a missing title) at its line and column in the file.
    public struct Result: Sendable {
        /// What the front matter says (defaults where it is missing or broken).
        public var metadata: Metadata
        /// The file cut into front matter and body.
        public var split: Split
        /// Problems, in file order.
        public var diagnostics: [Diagnostic]
    }

    /// Splits `source` and reads its front matter. A missing title is reported as an error with rule
    /// `missing-title`; the caller decides whether that is fatal (pages may not need one).
    public static func read(_ source: String, path: String) -> Result {
        let split = split(source, path: path)
        var diagnostics = split.diagnostics
        var metadata = Metadata()
        if let yaml = split.yaml {
            let (read, problems) = FrontMatter.metadata(fromYAML: yaml, startLine: split.yamlStartLine, path: path)
            metadata = read
            diagnostics += problems
        }
        if metadata.title.trimmingCharacters(in: .whitespaces).isEmpty, !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(.error(
                "post has no title", at: SourceLocation(file: path, line: 1, column: 1), rule: "missing-title",
                hint: split.yaml == nil
                    ? "start the file with front matter: a line `---`, then `title: \"…\"`, then `---`"
                    : "add `title: \"…\"` to the front matter"))
        }
        return Result(metadata: metadata, split: split, diagnostics: diagnostics)
    }

    /// Reads YAML front matter text into `Metadata`; `startLine` is the file line of the YAML's first line, so
    /// diagnostics point into the file.
    public static func metadata(fromYAML yaml: String, startLine: Int, path: String) -> (Metadata, [Diagnostic]) {
        var reader = MetadataReader(path: path, lineOffset: startLine - 1)
        let node: Node?
        do {
            // UTF-8 named here: the `.default` argument reads the process environment on every call.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            return (Metadata(), [reader.yamlDiagnostic(for: error)])
        }
        guard let node else { return (Metadata(), []) }
        guard case .mapping(let mapping) = node else {
            return (Metadata(), [.error(
                "front matter must be a mapping of keys to values", at: reader.location(node.mark), rule: "front-matter",
                hint: "write one `key: value` per line, e.g. `title: \"My post\"`")])
        }
        let metadata = reader.read(mapping)
        return (metadata, reader.diagnostics)
    }
}
