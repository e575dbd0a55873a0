import Foundation
import SitegenCore
import SitegenSite

/// Where `serve` tells its story: the command line passes closures that print to the terminal.
public struct ServeReporter: Sendable {
    /// A line of progress.
    public var log: @Sendable (String) -> Void
    /// A successful build: its summary, its number, the paths that triggered it, its time and the URL served.
    public var built: @Sendable (BuildSummary, _ number: Int, _ changed: [String], _ elapsed: Duration, _ url: String) -> Void
    /// A failed build; the previous good site stays served.
    public var failed: @Sendable (SitegenError, _ number: Int) -> Void

    /// Creates a reporter from its three closures.
    public init(log: @escaping @Sendable (String) -> Void,
                built: @escaping @Sendable (BuildSummary, Int, [String], Duration, String) -> Void,
                failed: @escaping @Sendable (SitegenError, Int) -> Void) {
        self.log = log
        self.built = built
        self.failed = failed
    }

    /// Says nothing (tests).
    public static let silent = ServeReporter(log: { _ in }, built: { _, _, _, _, _ in }, failed: { _, _ in })
}
