import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Downloads feeds over HTTP(S) with AsyncHTTPClient: bounded time, size and redirects, conditional GET, and
/// gzip/deflate inflated as a stream that stops at the size limit (a gzip bomb never grows memory past it).
public struct FeedFetcher: Sendable {
    /// Limits and identity for fetching.
    public struct Options: Hashable, Sendable {
        /// Seconds to wait for the connection and, after it, for each read.
        public var connectTimeout: Double
        /// Seconds for the whole download, redirects and body included.
        public var totalTimeout: Double
        /// The largest body accepted, counted after decompression; the download stops beyond it.
        public var maxBytes: Int
        /// Redirects followed before giving up (a redirect back to a URL already visited is refused at once).
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
        guard let target = URL(string: url), let scheme = target.scheme?.lowercased(), scheme == "http" || scheme == "https",
            target.host?.isEmpty == false
        else { throw FetchError.invalidURL(url) }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: options.userAgent)
        request.headers.add(name: "Accept",
            value: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        let deadline = NIODeadline.now() + Self.amount(options.totalTimeout)
        do {
            return try await HTTPClient.withHTTPClient(configuration: configuration) { client in
                let response = try await client.execute(request, deadline: deadline)
                return try await result(response, requested: url, deadline: deadline)
            }
        } catch let error as FetchError {
            throw error
        } catch {
            throw translate(error)
        }
    }

    /// The client's configuration: redirects, timeouts and the streaming decompression limit.
    private var configuration: HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .follow(max: options.maxRedirects, allowCycles: false)
        configuration.timeout = .init(connect: Self.amount(options.connectTimeout), read: Self.amount(options.connectTimeout))
        configuration.decompression = .enabled(limit: .size(options.maxBytes))
        return configuration
    }

    /// Reads the body chunk by chunk, stopping at the size limit and the deadline.
    private func result(_ response: HTTPClientResponse, requested: String, deadline: NIODeadline) async throws -> FetchResult {
        let status = Int(response.status.code)
        guard (200..<300).contains(status) || status == 304 else { throw FetchError.http(status: status) }
        let encoded = !(response.headers.first(name: "Content-Encoding") ?? "identity").lowercased().hasPrefix("identity")
        if !encoded, let declared = response.headers.first(name: "Content-Length").flatMap(Int.init), declared > options.maxBytes {
            throw FetchError.tooLarge(limit: options.maxBytes)
        }
        var body = Data()
        if status != 304 {
            for try await chunk in response.body {
                guard body.count + chunk.readableBytes <= options.maxBytes else { throw FetchError.tooLarge(limit: options.maxBytes) }
                guard NIODeadline.now() < deadline else { throw FetchError.timedOut(seconds: options.totalTimeout) }
                body.append(contentsOf: chunk.readableBytesView)
            }
        }
        return FetchResult(
            status: status, body: body, finalURL: response.url?.absoluteString ?? requested,
            etag: response.headers.first(name: "ETag"), lastModified: response.headers.first(name: "Last-Modified"),
            charset: Self.charset(response.headers.first(name: "Content-Type")))
    }

    /// AsyncHTTPClient's and SwiftNIO's errors as `FetchError`s.
    private func translate(_ error: Error) -> FetchError {
        if let client = error as? HTTPClientError {
            switch client {
            case .redirectLimitReached, .redirectCycleDetected: return .tooManyRedirects(limit: options.maxRedirects)
            case .deadlineExceeded: return .timedOut(seconds: options.totalTimeout)
            case .readTimeout, .connectTimeout, .tlsHandshakeTimeout: return .transport("timed out")
            case .invalidURL, .emptyHost, .emptyScheme: return .transport("invalid redirect target")
            case .remoteConnectionClosed: return .transport("the server closed the connection")
            default: return .transport(String(describing: client))
            }
        }
        // The streaming decompressor's limit (NIOHTTPCompression's `DecompressionError.limit`).
        let type = String(reflecting: Swift.type(of: error))
        if type.hasSuffix("DecompressionError") {
            return "\(error)" == "limit" ? .tooLarge(limit: options.maxBytes) : .transport("could not decompress the body (\(error))")
        }
        if error is CancellationError { return .transport("cancelled") }
        if let io = error as? IOError { return .transport(io.description) }
        return .transport(String(describing: error))
    }

    private static func amount(_ seconds: Double) -> TimeAmount {
        .nanoseconds(Int64(max(0, seconds) * 1_000_000_000))
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
