import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads feeds over HTTP(S) with bounded time, size and redirects, conditional GET, and gzip/deflate.
public struct FeedFetcher: Sendable {
    /// Limits and identity for fetching.
    public struct Options: Hashable, Sendable {
        /// Seconds to wait for the connection and for each chunk of the response.
        public var connectTimeout: Double
        /// Seconds for the whole download, redirects included.
        public var totalTimeout: Double
        /// The largest decompressed body accepted; the download is cut off beyond it.
        public var maxBytes: Int
        /// Redirects followed before giving up.
        public var maxRedirects: Int
        /// The `User-Agent` header.
        public var userAgent: String

        /// Creates options; the defaults suit feeds (10 s, 30 s, 10 MB, 5 redirects).
        public init(
            connectTimeout: Double = 10, totalTimeout: Double = 30, maxBytes: Int = 10 << 20, maxRedirects: Int = 5,
            userAgent: String = "sitegen/0.1 (static site generator; feed ingestion)"
        ) {
            self.connectTimeout = connectTimeout
            self.totalTimeout = totalTimeout
            self.maxBytes = maxBytes
            self.maxRedirects = maxRedirects
            self.userAgent = userAgent
        }
    }

    /// The limits in force.
    public var options: Options

    /// Creates a fetcher.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Fetches `url`, sending `If-None-Match`/`If-Modified-Since` when validators are given.
    ///
    /// - Returns: the result for a 2xx or 304 answer.
    /// - Throws: `FetchError` for any other status, a cut-off, a timeout, too many redirects or a transport error.
    public func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil) async throws -> FetchResult {
        guard let target = URL(string: url), let scheme = target.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else { throw FetchError.invalidURL(url) }
        var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: options.connectTimeout)
        request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8",
            forHTTPHeaderField: "Accept")
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let delegate = FetchDelegate(maxBytes: options.maxBytes, maxRedirects: options.maxRedirects)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.connectTimeout
        configuration.timeoutIntervalForResource = options.totalTimeout
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let response = try await delegate.run(session.dataTask(with: request), totalTimeout: options.totalTimeout)
        return try result(response, body: delegate.body, requested: url)
    }

    private func result(_ response: HTTPURLResponse, body: Data, requested: String) throws -> FetchResult {
        let status = response.statusCode
        guard (200..<300).contains(status) || status == 304 else { throw FetchError.http(status: status) }
        return FetchResult(
            status: status, body: status == 304 ? Data() : body, finalURL: response.url?.absoluteString ?? requested,
            etag: response.value(forHTTPHeaderField: "ETag"),
            lastModified: response.value(forHTTPHeaderField: "Last-Modified"),
            charset: Self.charset(response.value(forHTTPHeaderField: "Content-Type")))
    }

    /// The `charset` parameter of a `Content-Type` value.
    static func charset(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }
}
