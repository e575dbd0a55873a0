import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Receives one download: counts redirects, cuts the body off at the size limit, enforces the total
/// deadline, and resumes the waiting task exactly once.
final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // Every mutable field is guarded by `lock`; URLSession calls in on its own queue.
    private let lock = NSLock()
    private let maxBytes: Int
    private let maxRedirects: Int
    private var received = Data()
    private var redirects = 0
    private var failure: FetchError?
    private var continuation: CheckedContinuation<HTTPURLResponse, Error>?
    private var finished = false

    init(maxBytes: Int, maxRedirects: Int) {
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }

    var body: Data { lock.withLock { received } }

    /// Starts `task` and waits for its end, the deadline, or the caller's cancellation.
    func run(_ task: URLSessionDataTask, totalTimeout: Double) async throws -> HTTPURLResponse {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPURLResponse, Error>) in
                lock.withLock { self.continuation = continuation }
                task.resume()
                DispatchQueue.global().asyncAfter(deadline: .now() + totalTimeout) { [weak self, weak task] in
                    self?.fail(.timedOut(seconds: totalTimeout), task: task)
                }
            }
        } onCancel: {
            self.fail(.transport("cancelled"), task: task)
        }
    }

    /// Records the failure and cancels the task (the delegate then completes it with this failure).
    private func fail(_ error: FetchError, task: URLSessionTask?) {
        let shouldCancel = lock.withLock { () -> Bool in
            guard !finished, failure == nil else { return false }
            failure = error
            return true
        }
        if shouldCancel { task?.cancel() }
    }

    private func finish(_ result: Result<HTTPURLResponse, Error>) {
        let waiting = lock.withLock { () -> CheckedContinuation<HTTPURLResponse, Error>? in
            guard !finished else { return nil }
            finished = true
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        if response.expectedContentLength > Int64(maxBytes), (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Encoding") == nil {
            fail(.tooLarge(limit: maxBytes), task: nil)
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overLimit = lock.withLock { () -> Bool in
            guard failure == nil else { return false }
            if received.count + data.count > maxBytes { return true }
            received.append(data)
            return false
        }
        if overLimit { fail(.tooLarge(limit: maxBytes), task: dataTask) }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let scheme = request.url?.scheme?.lowercased()
        let allowed = lock.withLock { () -> Bool in
            redirects += 1
            return redirects <= maxRedirects
        }
        // Refusing a redirect must not cancel the task as well: corelibs Foundation traps when a redirect
        // callback arrives for a cancelled task. The task ends with the 3xx, and the recorded failure wins.
        guard allowed else {
            fail(.tooManyRedirects(limit: maxRedirects), task: nil)
            completionHandler(nil)
            return
        }
        guard scheme == "http" || scheme == "https" else {
            fail(.transport("redirected to a non-http(s) URL: \(request.url?.absoluteString ?? "")"), task: nil)
            completionHandler(nil)
            return
        }
        completionHandler(request)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let recorded = lock.withLock { failure }
        if let recorded { return finish(.failure(recorded)) }
        if let error { return finish(.failure(FetchError.transport(Self.describe(error)))) }
        guard let response = task.response as? HTTPURLResponse else {
            return finish(.failure(FetchError.transport("no HTTP response")))
        }
        finish(.success(response))
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSURLErrorDomain, nsError.code == NSURLErrorTimedOut { return "timed out" }
        return nsError.localizedDescription.lowercasedFirst
    }
}
