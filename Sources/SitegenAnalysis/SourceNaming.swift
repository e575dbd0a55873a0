import Foundation
import SitegenCore

/// Which source a document belongs to when the caller does not say: the entries of one feed are one source;
/// the posts of one site (`Content/…`) are one source; other files group by folder (a page bundle's
/// `index.md` by the folder holding the bundle).
public enum SourceNaming {
    /// The default source of a document.
    public static func source(of document: Document) -> String {
        switch document.origin {
        case .feed(let source, _):
            return source
        case .file(let path):
            if path.hasPrefix("Content/") { return "Content" }
            var folder = (path as NSString).deletingLastPathComponent
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            if name == "index", !folder.isEmpty { folder = (folder as NSString).deletingLastPathComponent }
            return folder.isEmpty ? "." : folder
        }
    }
}
