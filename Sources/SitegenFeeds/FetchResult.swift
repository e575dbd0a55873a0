import Foundation

/// What an HTTP fetch of a feed returned.
public struct FetchResult: Hashable, Sendable {
    /// The final HTTP status (200, or 304 for a conditional GET whose copy is still current).
    public var status: Int
    /// The body, decompressed; empty for 304.
    public var body: Data
    /// The URL after redirects.
    public var finalURL: String
    /// The `ETag` header, for the next conditional GET.
    public var etag: String?
    /// The `Last-Modified` header, for the next conditional GET.
    public var lastModified: String?
    /// The `charset` parameter of `Content-Type`, if any.
    public var charset: String?

    /// True when the server said the cached copy is still current.
    public var notModified: Bool { status == 304 }

    /// Creates a result.
    public init(
        status: Int, body: Data, finalURL: String, etag: String? = nil, lastModified: String? = nil,
        charset: String? = nil
    ) {
        self.status = status
        self.body = body
        self.finalURL = finalURL
        self.etag = etag
        self.lastModified = lastModified
        self.charset = charset
    }
}

/// Why a fetch failed.
public enum FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The URL is not http(s) or cannot be parsed.
    case invalidURL(String)
    /// The server answered with an error status.
    case http(status: Int)
    /// The body was larger than the limit; the download was cut off.
    case tooLarge(limit: Int)
    /// More redirects than the limit (or a loop).
    case tooManyRedirects(limit: Int)
    /// No complete answer in time.
    case timedOut(seconds: Double)
    /// DNS, connection, TLS or protocol failure.
    case transport(String)

    /// Lowercase, for diagnostics.
    public var description: String {
        switch self {
        case .invalidURL(let url): return "not an http(s) URL: \(url)"
        case .http(let status): return "HTTP \(status)\(Self.reason(status).map { " (\($0))" } ?? "")"
        case .tooLarge(let limit): return "response larger than \(limit / 1_048_576) MB; download cut off"
        case .tooManyRedirects(let limit): return "more than \(limit) redirects (a redirect loop?)"
        case .timedOut(let seconds): return "no complete response within \(Self.format(seconds)) s"
        case .transport(let message): return message
        }
    }

    private static func reason(_ status: Int) -> String? {
        [401: "unauthorized", 403: "forbidden", 404: "not found", 410: "gone", 429: "too many requests",
         500: "server error", 502: "bad gateway", 503: "service unavailable", 504: "gateway timeout"][status]
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
