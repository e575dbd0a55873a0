import Foundation
import SitegenCore

/// Loads bibliography files (BibTeX `.bib`/`.bibtex`, CSL-JSON `.json`, CSL-YAML `.yaml`/`.yml`) into CSL items,
/// with a process-wide cache keyed on path and content so a site-wide `.bib` is parsed once per build.
public enum Bibliography {
    /// The bibliography formats sitegen reads.
    public enum Format: String, Sendable {
        case biblatex, bibtex, cslJSON = "csljson", cslYAML = "cslyaml"

        /// The format for a file name by extension; nil for an unknown extension.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "bib": self = .biblatex
            case "bibtex": self = .bibtex
            case "json": self = .cslJSON
            case "yaml", "yml": self = .cslYAML
            default: return nil
            }
        }
    }

    /// Parses `contents` as the bibliography at `path` (the extension picks the format).
    public static func load(path: String, contents: String) -> (items: [CSLItem], diagnostics: [Diagnostic]) {
        guard let format = Format(path: path) else {
            return ([], [.error("unknown bibliography format '\((path as NSString).pathExtension)'", at: SourceLocation(file: path, line: 0, column: 0),
                               rule: "bibliography-syntax", hint: "use .bib, .bibtex, .json, .yaml or .yml")])
        }
        return cache.value(path: path, contents: contents) { parse(contents, format: format, file: path) }
    }

    /// Reads and parses the file at `path` (relative paths are reported as given).
    public static func load(path: String) -> (items: [CSLItem], diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ([], [.error("cannot read bibliography '\(path)'", at: SourceLocation(file: path, line: 0, column: 0),
                               rule: "missing-bibliography", hint: "check the path in the 'bibliography' front matter or sitegen.yml")])
        }
        return load(path: path, contents: String(decoding: data, as: UTF8.self))
    }

    /// Parses without the cache.
    public static func parse(_ contents: String, format: Format, file: String) -> (items: [CSLItem], diagnostics: [Diagnostic]) {
        switch format {
        case .biblatex, .bibtex:
            var parser = BibTeXParser(text: contents, file: file)
            let (entries, diagnostics) = parser.parse()
            let items = BibTeXConverter(variant: format == .bibtex ? .bibtex : .biblatex).convert(entries)
            return (items, diagnostics)
        case .cslJSON: return CSLJSONReader.readJSON(contents, file: file)
        case .cslYAML: return CSLJSONReader.readYAML(contents, file: file)
        }
    }

    static let cache = ParseCache<(items: [CSLItem], diagnostics: [Diagnostic])>(capacity: 256)
}
