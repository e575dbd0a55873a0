import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// Downloads feeds over HTTP(S) with AsyncHTTPClient: bounded time, size and redirects, conditional GET, and
/// gzip/deflate inflated as a stream that stops at the size limit (a gzip bomb never grows memory past it).
///
/// The whole download (connection, redirects, body) runs on SwiftNIO's event loops: the body is collected there by
/// AsyncHTTPClient's `ResponseAccumulator`, and the calling task suspends once, until the response is complete. A
/// busy Swift concurrency pool (feeds parsed in parallel, say) therefore cannot turn a download into a timeout: the
/// deadline measures the network, not the wait for a thread.
public struct FeedFetcher: Sendable {
    /// Limits and identity for fetching.
    public struct Options: Hashable, Sendable {
        /// Seconds to wait for the connection and, after it, between two reads.
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
            target.host?.isEmpty == false, let request = try? HTTPClient.Request(url: url, headers: headers(etag, lastModified))
        else { throw FetchError.invalidURL(url) }
        let deadline = NIODeadline.now() + Self.amount(options.totalTimeout)
        do {
            // A client per fetch, shut down (without blocking) when the fetch ends, whatever the outcome.
            return try await HTTPClient.withHTTPClient(configuration: configuration) { client in
                try result(await download(request, client: client, deadline: deadline), requested: url)
            }
        } catch let error as FetchError {
            throw error
        } catch {
            throw translate(error)
        }
    }

    private func headers(_ etag: String?, _ lastModified: String?) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: "User-Agent", value: options.userAgent)
        headers.add(name: "Accept",
            value: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8")
        headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag { headers.add(name: "If-None-Match", value: etag) }
        if let lastModified { headers.add(name: "If-Modified-Since", value: lastModified) }
        return headers
    }

    /// The client's configuration: redirects, timeouts and the streaming decompression limit.
    private var configuration: HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .follow(max: options.maxRedirects, allowCycles: false)
        configuration.timeout = .init(connect: Self.amount(options.connectTimeout), read: Self.amount(options.connectTimeout))
        configuration.decompression = .enabled(limit: .size(options.maxBytes))
        return configuration
    }

    /// Runs the request on the event loop: the accumulator stops at `maxBytes` (an identity body, or a declared
    /// `Content-Length` past it), the decompressor at `maxBytes` inflated, the deadline covers redirects and body.
    /// Cancelling the calling task cancels the request.
    private func download(_ request: HTTPClient.Request, client: HTTPClient, deadline: NIODeadline) async throws -> HTTPClient.Response {
        let accumulator = ResponseAccumulator(request: request, maxBodySize: options.maxBytes)
        let task = client.execute(request: request, delegate: accumulator, deadline: deadline)
        return try await withTaskCancellationHandler {
            try await task.get()
        } onCancel: {
            task.cancel()
        }
    }

    private func result(_ response: HTTPClient.Response, requested: String) throws -> FetchResult {
        let status = Int(response.status.code)
        if (300..<400).contains(status), let location = response.headers.first(name: "Location") {
            // AsyncHTTPClient follows http(s) targets only; anything else comes back unfollowed.
            throw FetchError.transport("redirected to a URL that is not http(s): \(location)")
        }
        guard (200..<300).contains(status) || status == 304 else { throw FetchError.http(status: status) }
        let body = status == 304 ? Data() : response.body.map { Data($0.readableBytesView) } ?? Data()
        return FetchResult(
            status: status, body: body, finalURL: response.history.last?.request.url.absoluteString ?? requested,
            etag: response.headers.first(name: "ETag"), lastModified: response.headers.first(name: "Last-Modified"),
            charset: Self.charset(response.headers.first(name: "Content-Type")))
    }

    /// AsyncHTTPClient's and SwiftNIO's errors as `FetchError`s.
    private func translate(_ error: Error) -> FetchError {
        switch error {
        case is ResponseAccumulator.ResponseTooBigError, NIOHTTPDecompression.DecompressionError.limit:
            return .tooLarge(limit: options.maxBytes)
        case let failure as NIOHTTPDecompression.DecompressionError:
            return .transport("could not decompress the body (\(failure))")
        case let client as HTTPClientError:
            switch client {
            case .redirectLimitReached, .redirectCycleDetected: return .tooManyRedirects(limit: options.maxRedirects)
            case .deadlineExceeded: return .timedOut(seconds: options.totalTimeout)
            case .readTimeout, .connectTimeout, .tlsHandshakeTimeout: return .transport("timed out")
            case .invalidURL, .emptyHost, .emptyScheme: return .transport("invalid redirect target")
            case .remoteConnectionClosed: return .transport("the server closed the connection")
            case .cancelled: return .transport("cancelled")
            default: return .transport(String(describing: client))
            }
        case is CancellationError: return .transport("cancelled")
        case let io as IOError: return .transport(io.description)
        default: return .transport(String(describing: error))
        }
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
