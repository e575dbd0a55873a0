import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for fetch tests: one thread per connection,
/// `Connection: close` on every answer, routes given by a closure.
final class TestHTTPServer: @unchecked Sendable {
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]

        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)] = []
        var body = Data()
        /// Seconds to wait before answering (a slow server).
        var delay: Double = 0
        /// Bytes to stream after `body` without a Content-Length (an endless or oversized body).
        var streamBytes = 0
        /// Seconds between two 1 KB pieces of the streamed bytes (a body trickling in); 0 streams at once.
        var dripEvery: Double = 0

        static func ok(_ text: String, headers: [(String, String)] = []) -> Response {
            Response(status: 200, headers: [("Content-Type", "application/rss+xml; charset=utf-8")] + headers, body: Data(text.utf8))
        }

        static func redirect(to location: String) -> Response {
            Response(status: 302, headers: [("Location", location)])
        }
    }

    private let lock = NSLock()
    private var handler: @Sendable (Request) -> Response
    private var log: [Request] = []
    private var ends: [(path: String, complete: Bool)] = []
    private let listener: Int32
    let port: Int

    init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [weak self] in self?.acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port><path>`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Replaces the routes.
    func setHandler(_ handler: @escaping @Sendable (Request) -> Response) {
        lock.withLock { self.handler = handler }
    }

    /// Every request received so far, in order.
    var requests: [Request] { lock.withLock { log } }

    /// For each answer to `path` that has ended, whether its whole body was sent (false: the client hung up
    /// first). Waits, up to `seconds`, until every request to `path` received so far has ended.
    func deliveries(_ path: String, waitingUpTo seconds: Double = 30) async throws -> [Bool] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let (asked, ended) = lock.withLock {
                (log.filter { $0.path == path }.count, ends.filter { $0.path == path }.map(\.complete))
            }
            if ended.count >= asked || Date() > deadline { return ended }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    private var stopped = false

    /// Stops accepting connections.
    func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            Thread { [weak self] in
                self?.serve(client)
                close(client)
            }.start()
        }
    }

    private func serve(_ client: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(client) else { return }
        let response = lock.withLock { () -> Response in
            log.append(request)
            return handler(request)
        }
        let complete = answer(client, response)
        lock.withLock { ends.append((request.path, complete)) }
    }

    /// Sends `response`; false when the client went away before its end.
    private func answer(_ client: Int32, _ response: Response) -> Bool {
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head = "HTTP/1.1 \(response.status) Status\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if response.streamBytes == 0, !response.headers.contains(where: { $0.0.lowercased() == "content-length" }) {
            head += "Content-Length: \(response.body.count)\r\n"
        }
        head += "\r\n"
        guard send(client, Data(head.utf8)), send(client, response.body) else { return false }
        var remaining = response.streamBytes
        let chunk = Data(repeating: UInt8(ascii: "x"), count: response.dripEvery > 0 ? 1024 : 64 * 1024)
        while remaining > 0 {
            if response.dripEvery > 0 { Thread.sleep(forTimeInterval: response.dripEvery) }
            guard send(client, chunk.prefix(remaining)) else { return false }
            remaining -= chunk.count
        }
        return true
    }

    private func readRequest(_ client: Int32) -> Request? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var received = Data()
        while received.count < 65_536 {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            received.append(contentsOf: buffer[0..<count])
            if received.range(of: Data("\r\n\r\n".utf8)) != nil { break }
        }
        let lines = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() where line.contains(":") {
            let pair = line.split(separator: ":", maxSplits: 1)
            headers[pair[0].lowercased()] = pair.count > 1 ? pair[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return Request(method: String(parts[0]), path: String(parts[1]), headers: headers)
    }

    private func send(_ client: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                #if canImport(Glibc)
                let sent = Glibc.send(client, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                #else
                let sent = Darwin.send(client, raw.baseAddress! + offset, raw.count - offset, 0)
                #endif
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
    }
}

/// gzip with stored (uncompressed) deflate blocks: enough to test that fetched bodies are decoded.
enum Gzip {
    static func stored(_ data: Data) -> Data {
        var out = Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF])
        let bytes = [UInt8](data)
        var offset = 0
        repeat {
            let length = min(65_535, bytes.count - offset)
            let final: UInt8 = offset + length >= bytes.count ? 1 : 0
            out.append(final)
            out.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)])
            out.append(contentsOf: bytes[offset..<offset + length])
            offset += length
        } while offset < bytes.count
        for value in [crc32(bytes), UInt32(truncatingIfNeeded: bytes.count)] {
            out.append(contentsOf: (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) })
        }
        return out
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
