import Foundation
import SitegenCore

/// Loads bibliographies and styles once per build and hands each document a citation processor.
struct CitationStage: Sendable {
    func processor(for document: Document) -> (any CitationProcessing)? {
        nil
    }
}
