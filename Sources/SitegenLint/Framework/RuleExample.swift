import SitegenCore

/// An input for a rule's example test: one or more Markdown files, with `↓` marking where each finding must be.
///
/// The marker goes immediately before the character the finding points at (line and column); the generic
/// test strips the markers, parses the files, runs the rule alone and compares positions.
public struct RuleExample: Sendable, Hashable {
    /// One file of the example.
    public struct File: Sendable, Hashable {
        /// Path relative to the site root, e.g. `Content/posts/example.md`.
        public var path: String
        /// Markdown text, possibly with `↓` markers.
        public var text: String

        /// Creates a file.
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// The marker character.
    public static let marker: Character = "↓"
    /// The default path of a single-file example.
    public static let defaultPath = "Content/posts/example.md"

    /// The files; most examples have one.
    public var files: [File]
    /// Rule options for this example (`lint.rules.<id>` keys).
    public var configuration: [String: MetaValue]
    /// Keys of the bibliography the example sees; nil means no bibliography is loaded.
    public var bibliography: [String]?
    /// Why the example triggers or does not, shown by `--explain`.
    public var note: String?

    /// A single-file example.
    public init(
        _ text: String, path: String = RuleExample.defaultPath, configuration: [String: MetaValue] = [:],
        bibliography: [String]? = nil, note: String? = nil
    ) {
        self.init(files: [File(path: path, text: text)], configuration: configuration, bibliography: bibliography, note: note)
    }

    /// A multi-file example.
    public init(
        files: [File], configuration: [String: MetaValue] = [:], bibliography: [String]? = nil, note: String? = nil
    ) {
        self.files = files
        self.configuration = configuration
        self.bibliography = bibliography
        self.note = note
    }

    /// Marker positions per file, and the file texts without markers.
    public var stripped: (files: [File], markers: [SourceLocation]) {
        var clean: [File] = []
        var markers: [SourceLocation] = []
        for file in files {
            let (text, found) = Self.strip(file.text, path: file.path)
            clean.append(File(path: file.path, text: text))
            markers += found
        }
        return (clean, markers)
    }

    /// Removes markers from `text`, returning the 1-based line and column (in Unicode scalars) of each.
    static func strip(_ text: String, path: String) -> (String, [SourceLocation]) {
        var out = ""
        var markers: [SourceLocation] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if Character(scalar) == marker {
                markers.append(SourceLocation(file: path, line: line, column: column))
                continue
            }
            out.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (out, markers)
    }
}
