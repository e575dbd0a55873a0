import Foundation

/// What `sitegen serve` was asked to do.
public struct ServeOptions: Sendable {
    /// The site root (holds sitegen.yml, Content/, Themes/).
    public var source: URL
    /// The address to listen on; loopback unless asked otherwise.
    public var bind: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// Include drafts and future-dated posts.
    public var includeDrafts: Bool
    /// Watch with polling instead of inotify (also the fallback when inotify is unavailable).
    public var forcePolling: Bool
    /// How long the watcher waits for a burst of file events to settle before rebuilding.
    public var debounce: Duration

    /// Creates options with the defaults `sitegen serve` uses.
    public init(source: URL, bind: String = "127.0.0.1", port: Int = 1111, includeDrafts: Bool = false,
                forcePolling: Bool = false, debounce: Duration = .milliseconds(60)) {
        self.source = source.standardizedFileURL
        self.bind = bind
        self.port = port
        self.includeDrafts = includeDrafts
        self.forcePolling = forcePolling
        self.debounce = debounce
    }

    /// `.sitegen/serve/`: serve's own build folder, never `Site/`.
    public var workFolder: URL { source.appendingPathComponent(".sitegen/serve") }
    /// The folder the served site is built into.
    public var outputFolder: URL { workFolder.appendingPathComponent("site") }
}
