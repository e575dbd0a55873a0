import Foundation

/// What the server knows between builds: the base URL's path the site is served under.
final class ServeState: @unchecked Sendable {
    private let lock = NSLock()
    private var _basePath = "/"

    /// `/` or the sub-path of `base_url` (`/blog/`), so links behave as in production.
    var basePath: String {
        get { lock.withLock { _basePath } }
        set { lock.withLock { _basePath = newValue } }
    }
}
