import Foundation
import SitegenCore

/// What a long-running process (`sitegen serve`) keeps in memory between builds of one site, so a rebuild after an
/// edit parses only the files that changed and reads no cache from disk: each source file's parsed page, the
/// rendered content entries, rendered listing summaries and the last manifest. Every reuse is checked exactly as a
/// build without a session checks the disk cache, so the output is the same as a clean build's.
///
/// The disk cache is brought up to date by `persist()` (the serve loop calls it after telling pages to reload),
/// not by each build.
public final class BuildSession: @unchecked Sendable {
    /// One parsed source file: what it was parsed from and the result.
    struct Parsed {
        var file: ContentFile
        var stamp: FileStamp
        /// The hash of the bytes parsed, to check a file whose stamp alone does not prove it unchanged.
        var hash: ContentHash
        /// True when the file was older than the cache's racy window when it was read: its stamp alone proves it.
        var settled: Bool
        var page: SitePage?
        var diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var parsedFiles: [String: Parsed] = [:]
    private var contentEntries: [String: ContentCache.Entry]?
    private var summaryHTML: [ContentHash: String]?
    private var lastManifest: BuildCache.Manifest?
    private var pending: (BuildCache, BuildCache.Manifest, ContentCache?, [String: ContentCache.Entry])?

    /// An empty session: its first build reads the disk cache.
    public init() {}

    /// Writes what the last build would have saved to the disk cache, when it has not been written yet.
    public func persist() {
        guard let (cache, manifest, contentCache, entries) = lock.withLock({ () -> (BuildCache, BuildCache.Manifest, ContentCache?, [String: ContentCache.Entry])? in
            defer { pending = nil }
            return pending
        }) else { return }
        contentCache?.save(entries)
        cache.save(manifest)
    }

    // MARK: used by BuildRun

    func parsed(_ path: String) -> Parsed? { lock.withLock { parsedFiles[path] } }

    func replaceParsed(_ files: [String: Parsed]) { lock.withLock { parsedFiles = files } }

    var content: [String: ContentCache.Entry]? { lock.withLock { contentEntries } }

    var manifest: BuildCache.Manifest? { lock.withLock { lastManifest } }

    /// The listing entries the last build used.
    var summaries: [ContentHash: String]? { lock.withLock { summaryHTML } }

    func replaceSummaries(_ summaries: [ContentHash: String]) { lock.withLock { summaryHTML = summaries } }

    /// Keeps a successful build's manifest and content entries, to be written by `persist()`.
    func keep(_ manifest: BuildCache.Manifest, in cache: BuildCache, content: [String: ContentCache.Entry]?, contentCache: ContentCache?) {
        lock.withLock {
            lastManifest = manifest
            if let content { contentEntries = content }
            pending = (cache, manifest, contentCache, content ?? contentEntries ?? [:])
        }
    }

    /// Forgets the manifest after a failed build (the disk cache is removed likewise).
    func forgetManifest() { lock.withLock { lastManifest = nil } }
}
