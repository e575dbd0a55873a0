import Foundation
import SitegenCore

/// A message pushed to open pages over Server-Sent Events.
public enum ServeEvent: Sendable, Equatable {
    /// A build succeeded: pages reload (keeping their scroll position) and any error overlay goes away.
    case reload(build: Int)
    /// A build failed: pages show an overlay with the diagnostics; the last good site stays served.
    case failed(build: Int, BuildFailure)
    /// A keep-alive comment, so a closed connection is noticed.
    case ping

    /// The event in the `text/event-stream` wire format.
    public var wireFormat: String {
        switch self {
        case .ping:
            return ": ping\n\n"
        case .reload(let build):
            return "event: reload\ndata: {\"build\":\(build)}\n\n"
        case .failed(let build, let failure):
            var payload = failure
            payload.build = build
            let json = (try? JSONEncoder.sorted.encode(payload)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
            return "event: failure\ndata: \(json)\n\n"
        }
    }
}

/// A failed build as the browser overlay shows it.
public struct BuildFailure: Sendable, Equatable, Codable {
    /// One diagnostic: where, what, and how to fix it.
    public struct Item: Sendable, Equatable, Codable {
        /// `file:line:col`, or the file alone when the line is unknown.
        public var location: String
        /// `error` or `warning`.
        public var severity: String
        /// What is wrong.
        public var message: String
        /// The suggested fix, when there is one.
        public var hint: String?
    }

    /// The build's number in this serve session.
    public var build: Int = 0
    /// The failure's context chain (`build failed: 1 error(s) in content`).
    public var message: String
    /// Its error diagnostics, in source order, at most `limit`.
    public var diagnostics: [Item]

    /// At most this many diagnostics are sent to the browser; the terminal shows them all.
    public static let limit = 50

    /// The overlay's view of a build error.
    public init(_ error: SitegenError) {
        message = error.description
        let errors = error.diagnostics.filter { $0.severity == .error }
        let sorted = errors.sorted { ($0.location ?? SourceLocation(file: ""), $0.message) < ($1.location ?? SourceLocation(file: ""), $1.message) }
        diagnostics = sorted.prefix(Self.limit).map { d in
            Item(location: d.location?.description ?? "", severity: d.severity.rawValue,
                 message: d.message + (d.ruleID.map { " [\($0)]" } ?? ""), hint: d.hint)
        }
    }
}

extension JSONEncoder {
    /// Sorted keys, so the same failure is always the same bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
