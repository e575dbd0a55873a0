import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a blocking socket: enough to fetch pages and to read an event stream
/// without any HTTP library between the test and the server.
enum HTTPProbe {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ProbeError("socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw ProbeError("connect to \(port) failed: errno \(errno)") }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// GET (or another method) with `Connection: close`; the raw target is sent as is, so `..` reaches the server.
    static func get(port: Int, _ target: String, method: String = "GET") throws -> Reply {
        let fd = try connect(port: port)
        defer { close(fd) }
        send(fd, "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return try parse(data)
    }

    static func parse(_ data: Data) throws -> Reply {
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw ProbeError("no header end in \(text.prefix(200))") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = String(text[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Reply(status: status, headers: headers, body: body)
    }

    static func dechunk(_ text: String) -> String {
        var rest = Substring(text)
        var out = ""
        while let lineEnd = rest.range(of: "\r\n") {
            guard let size = Int(rest[..<lineEnd.lowerBound], radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            let utf8 = rest[start...].utf8
            let end = utf8.index(utf8.startIndex, offsetBy: min(size, utf8.count))
            out += String(rest[start..<end])
            rest = rest[end...].dropFirst(2)
        }
        return out
    }
}

struct ProbeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Reads `/__sitegen/events` on a thread and collects the events (name and data) as they arrive.
final class EventStreamProbe: @unchecked Sendable {
    struct Event: Equatable { var name: String; var data: String }
    private let lock = NSLock()
    private var events: [Event] = []
    private var headerSeen = false
    private let fd: Int32

    init(port: Int) throws {
        fd = try HTTPProbe.connect(port: port)
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        HTTPProbe.send(fd, "GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        let thread = Thread { [self] in read() }
        thread.start()
    }

    func close() { shutdown(fd, Int32(SHUT_RDWR)) }

    var connected: Bool { lock.withLock { headerSeen } }

    func received() -> [Event] { lock.withLock { events } }

    /// Waits until an event named `name` arrives after the first `after` events; nil on timeout.
    func wait(for name: String, after: Int, timeout: Double = 20) -> Event? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let e = lock.withLock({ events.dropFirst(after).first { $0.name == name } }) { return e }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    private func read() {
        var header: [UInt8] = []
        var pending = ""
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return }
            var body = Array(buffer[0..<n])
            if !connected {
                header += body
                guard let end = Self.headerEnd(header) else { continue }
                body = Array(header[end...])
                lock.withLock { headerSeen = true }
            }
            // Carriage returns dropped (Swift treats "\r\n" as one character); chunk-size lines are then noise
            // between events, which are found by their `event:` and `data:` lines.
            pending += String(decoding: body.filter { $0 != 13 }, as: UTF8.self)
            while let end = pending.range(of: "\n\n") {
                let block = pending[..<end.lowerBound]
                pending = String(pending[end.upperBound...])
                var name = "", data = ""
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
                }
                if !name.isEmpty { lock.withLock { events.append(Event(name: name, data: data)) } }
            }
        }
    }

    private static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return i + 4
        }
        return nil
    }
}
