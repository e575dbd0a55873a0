import Foundation
import SitegenCore

/// The bibliography entries the documents can cite, with where each is defined.
public struct BibliographyInventory: Sendable, Hashable {
    /// One entry of a bibliography file.
    public struct Entry: Sendable, Hashable {
        /// The citation key.
        public var key: String
        /// Where the entry starts (`Content/references.bib:12:1`).
        public var location: SourceLocation

        /// Creates an entry.
        public init(key: String, location: SourceLocation) {
            self.key = key
            self.location = location
        }
    }

    /// Every entry in file order; a key may appear twice (that is `duplicate-citation-key`'s business).
    public var entries: [Entry]
    /// Keys cited by documents outside `Linter`'s view (e.g. `nocite` in config); counted as used.
    public var alsoCited: Set<String>

    /// True when the bibliography stage already checked citations (its `undefined-citation` and
    /// `duplicate-citation-key` diagnostics are then taken as they are instead of being worked out again).
    public var checkedByStage: Bool

    /// The site-wide bibliography files (seen by every document); nil means every entry is seen by every
    /// document. Other files are seen only by the documents naming them in front matter `bibliography:`.
    public var siteFiles: Set<String>?

    /// Creates an inventory.
    public init(entries: [Entry], alsoCited: Set<String> = [], checkedByStage: Bool = false, siteFiles: Set<String>? = nil) {
        self.entries = entries
        self.alsoCited = alsoCited
        self.checkedByStage = checkedByStage
        self.siteFiles = siteFiles
    }

    /// The keys `document` can cite: site-wide entries, those of its own `bibliography:` files, which are
    /// resolved against the document's folder as pandoc and the build do, and its inline `references:`.
    public func keys(visibleTo document: Document) -> Set<String> {
        let inline = Self.inlineKeys(of: document)
        guard let siteFiles else { return keys.union(inline) }
        let visible = siteFiles.union(Self.ownFiles(of: document))
        return Set(entries.filter { visible.contains($0.location.file) }.map(\.key)).union(inline)
    }

    /// The ids of a document's front matter `references:` (a list of CSL-YAML references).
    public static func inlineKeys(of document: Document) -> Set<String> {
        guard case .list(let references)? = document.metadata.extra["references"] else { return [] }
        return Set(references.compactMap { reference -> String? in
            guard case .map(let fields) = reference else { return nil }
            return fields["id"]?.stringValue
        })
    }

    /// The paths (relative to the site root) of a document's own bibliography files.
    public static func ownFiles(of document: Document) -> [String] {
        let folder = (document.sourcePath as NSString).deletingLastPathComponent
        return (document.metadata.extra["bibliography"]?.stringList ?? []).map { name in
            ((folder as NSString).appendingPathComponent(name) as NSString).standardizingPath
        }
    }

    /// Every defined key.
    public var keys: Set<String> { Set(entries.map(\.key)) }
}
