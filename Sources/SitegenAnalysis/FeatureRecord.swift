/// One document's per-document features: everything the analysis needs of it after the map stage, and the keys
/// that candidate pairs are generated from. Written as one JSON Lines record by `sitegen analyze
/// --emit-features`; the schema (version `schemaVersion`) is documented in docs/scaling.md.
///
/// Hashes are sixteen lowercase hexadecimal digits (`TermHash.hex`); section and passage indices are positions in
/// this record's own arrays; units are positions among the document's rewrite units.
public struct FeatureRecord: Codable, Sendable, Equatable {
    /// The schema version this build reads and writes.
    public static let schemaVersion = 1

    /// Schema version of the record.
    public var schema: Int
    /// Position of the document in the input (0-based, over every shard): breaks date ties and names units.
    public var doc: Int
    /// The document id shown in reports.
    public var id: String
    public var title: String
    /// The source the document belongs to (a feed, a folder of posts).
    public var source: String
    /// The date as ISO 8601, when the document has one.
    public var date: String?
    /// The date as seconds since 1970 (orders documents in time).
    public var time: Double?
    /// Location of the document.
    public var file: String
    public var line: Int
    public var column: Int
    /// Sections in pre-order; the first is the root (level 0).
    public var sections: [Section]
    /// Passages (headings, paragraphs, list items, captions) in document order.
    public var passages: [Passage]
    /// Distinct content-term hashes of the whole document (for document frequencies).
    public var terms: [String]
    /// The document's rewrite units with their MinHash sketches and term counts.
    public var units: [Unit]

    /// A section: heading, level, location, parent and its contiguous passage ranges.
    public struct Section: Codable, Sendable, Equatable {
        public var id: String
        public var heading: String
        public var level: Int
        public var line: Int
        public var column: Int
        /// The file, when it is not the document's.
        public var file: String?
        /// Index of the enclosing section, -1 for the root.
        public var parent: Int
        /// Passages `start..<end` (subsections included); its own passages end at `own`.
        public var start: Int
        public var end: Int
        public var own: Int
        /// References, bibliography, footnotes and similar: kept for structure, their text is not analysed.
        public var apparatus: Bool
    }

    /// A passage of prose with its masked text (code, math, citations left out).
    public struct Passage: Codable, Sendable, Equatable {
        /// `heading`, `paragraph`, `listItem`, `blockHeading` or `caption`.
        public var kind: String
        /// Index of the innermost section holding it.
        public var section: Int
        public var text: String
        /// Index of the top-level block it belongs to within its section.
        public var block: Int
        public var line: Int
        public var column: Int
        /// The file, when it is not the document's.
        public var file: String?
        /// True (else absent) when the passage links, cites or has a footnote.
        public var support: Bool?
        /// A leading `Label:` of a paragraph or list item.
        public var label: Label?
    }

    /// A leading label, as `LabelDetector` found it.
    public struct Label: Codable, Sendable, Equatable {
        public var text: String
        public var normalized: String
        public var emphasized: Bool
        /// UTF-8 length of the label and its colon at the start of the passage text.
        public var bytes: Int
        /// True (else absent) for a bold line on its own.
        public var standalone: Bool?
    }

    /// A rewrite unit: a top-level section (or lead text) or a nested section.
    public struct Unit: Codable, Sendable, Equatable {
        /// Position among the document's units; `doc:unit` names it in candidate pairs.
        public var unit: Int
        /// Index of the section naming it.
        public var section: Int
        /// Top-level units are compared for paraphrase, nested ones only for near-verbatim copies.
        public var top: Bool
        /// The enclosing unit, -1 for top-level units.
        public var parent: Int
        /// Words covered.
        public var words: Int
        /// LSH band keys (21), hexadecimal.
        public var bands: [String]
        /// Low 32 bits of the 63 MinHash slots.
        public var slots: [UInt32]
        /// Content-term hashes of a top-level unit (figure captions left out), with `counts` parallel; empty
        /// for nested units.
        public var terms: [String]
        public var counts: [Int]
    }
}
