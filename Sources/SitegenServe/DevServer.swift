import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `sitegen serve`: builds the site into `.sitegen/serve/site`, serves it over HTTP, watches its sources and
/// rebuilds on every change, telling open pages to reload (or to show the build error) over Server-Sent Events.
public struct DevServer: Sendable {
    /// What to serve and how.
    public let options: ServeOptions
    /// Where progress and build results go.
    public let reporter: ServeReporter
    /// Every build result, as pushed to the pages.
    public let hub = ReloadHub()

    /// Creates a server; nothing runs until `run`.
    public init(options: ServeOptions, reporter: ServeReporter = .silent) {
        self.options = options
        self.reporter = reporter
    }

    /// Serves until SIGINT/SIGTERM (or until the calling task is cancelled, in tests), then closes every event
    /// stream, stops the watcher and returns. `onListening` gets the origin (`http://127.0.0.1:1111`) once the
    /// socket is bound.
    public func run(onListening: @escaping @Sendable (String) async -> Void = { _ in }) async throws {
        let state = ServeState()
        state.basePath = PreviewBuild.basePath(root: options.source)
        let loop = ServeLoop(options: options, hub: hub, state: state, reporter: reporter)
        let responder = SiteResponder(files: SiteFilesProvider(root: options.outputFolder, state: state), hub: hub)
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .warning
        let bind = options.bind
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(bind, port: options.port), serverName: nil),
            services: [loop],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let origin = "http://\(Self.host(forBind: bind)):\(port)"
                loop.serverStarted(origin: origin)
                await onListening(origin)
            },
            logger: logger)
        try await app.runService()
    }

    /// The host put in URLs: the bound address, or `localhost` when bound to every interface.
    static func host(forBind bind: String) -> String {
        switch bind {
        case "0.0.0.0", "::", "[::]", "": return "localhost"
        default: return bind.contains(":") && !bind.hasPrefix("[") ? "[\(bind)]" : bind
        }
    }
}

extension DevServer {
    /// True when `port` can be bound on `bind` right now.
    public static func portIsFree(bind: String, port: Int) -> Bool { PortProbe.isFree(bind: bind, port: port) }

    /// The base URL's path the site is served under (`/`, or `/blog/` for `base_url: https://x.org/blog/`).
    public static func basePath(root: URL) -> String { PreviewBuild.basePath(root: root) }
}
