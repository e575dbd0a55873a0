import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Checks whether a TCP port can be bound, so `serve` can move off a busy default port instead of failing.
enum PortProbe {
    static func isFree(bind: String, port: Int) -> Bool {
        guard port > 0 else { return true }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var result: UnsafeMutablePointer<addrinfo>?
        let host = DevServer.host(forBind: bind) == "localhost" && bind != "localhost" ? nil : bind
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let info = result else { return false }
        defer { freeaddrinfo(result) }
        let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        return Glibc.bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0
    }
}
