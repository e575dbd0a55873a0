import Foundation
import SitegenCore

/// Writes the site's own feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1.
///
/// Output is deterministic: items newest first (ties by id), and the channel's date is the newest item's
/// date, never the build time. Text is escaped and characters XML forbids are dropped, so the XML is
/// well-formed by construction.
public enum FeedWriter {
    /// The generator name written into feeds.
    public static let generator = "sitegen"

    /// Items in output order: newest publication first, then by id.
    static func ordered(_ items: [SyndicationItem]) -> [SyndicationItem] {
        items.sorted { $0.published != $1.published ? $0.published > $1.published : $0.id < $1.id }
    }

    /// The newest date among the items (publication or update); the Unix epoch when there are none.
    static func newest(_ items: [SyndicationItem]) -> Date {
        items.map(\.lastModified).max() ?? Date(timeIntervalSince1970: 0)
    }

    /// Text for XML element content or a double-quoted attribute.
    static func xml(_ text: String) -> String {
        HTML.escape(xmlCharacters(text))
    }

    /// `text` without the characters XML 1.0 does not allow (C0 controls other than tab and newlines, U+FFFE/F).
    static func xmlCharacters(_ text: String) -> String {
        guard hasNonXMLCharacters(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter(isXMLChar)))
    }

    /// A fast byte scan: in valid UTF-8 only C0 controls and U+FFFE/U+FFFF (EF BF BE/BF) are not XML characters.
    private static func hasNonXMLCharacters(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for i in bytes.indices {
                let b = bytes[i]
                if b < 0x20 && b != 0x9 && b != 0xA && b != 0xD { return true }
                if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return true }
            }
            return false
        } ?? text.unicodeScalars.contains(where: { !isXMLChar($0) })
    }

    private static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
