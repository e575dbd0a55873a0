import Foundation
import Hummingbird
import ServiceLifecycle
import NIOCore

/// Answers every request of the preview server: the live-reload script and event stream, the built site's
/// files with their content types (HTML gets the script), the site's 404 page for anything else.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let files: SiteFilesProvider
    let hub: ReloadHub

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let path = request.uri.path
        if path == LiveScript.eventsPath { return events() }
        if path == LiveScript.scriptPath {
            return body(Data(LiveScript.source.utf8), type: "text/javascript; charset=utf-8", status: .ok, head: request.method == .head)
        }
        let files = self.files.current
        switch files.resolve(path) {
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
        case .file(let url):
            return serve(url, status: .ok, head: request.method == .head)
        case .notFound:
            if let page = files.notFoundPage { return serve(page, status: .notFound, head: request.method == .head) }
            return body(Data("404 Not Found\n".utf8), type: "text/plain; charset=utf-8", status: .notFound, head: request.method == .head)
        }
    }

    private func serve(_ url: URL, status: HTTPResponse.Status, head: Bool) -> Response {
        guard var data = try? Data(contentsOf: url) else {
            return body(Data("404 Not Found\n".utf8), type: "text/plain; charset=utf-8", status: .notFound, head: head)
        }
        let type = MediaTypes.type(forFileName: url.lastPathComponent)
        if type.hasPrefix("text/html"), let html = String(data: data, encoding: .utf8) {
            data = Data(LiveScript.inject(into: html).utf8)
        }
        return body(data, type: type, status: status, head: head)
    }

    private func body(_ data: Data, type: String, status: HTTPResponse.Status, head: Bool) -> Response {
        let headers: HTTPFields = [.contentType: type, .cacheControl: "no-store", .contentLength: String(data.count)]
        if head { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `text/event-stream`: build results as they happen (and the server's keep-alive pings); the stream ends
    /// when the page goes away or the server shuts down.
    private func events() -> Response {
        let (id, stream) = hub.subscribe()
        let hub = self.hub
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            defer { hub.unsubscribe(id) }
            try await writer.write(ByteBuffer(string: "retry: 500\n: connected\n\n"))
            try await withGracefulShutdownHandler {
                for await event in stream { try await writer.write(ByteBuffer(string: event.wireFormat)) }
            } onGracefulShutdown: {
                hub.unsubscribe(id)
            }
            try await writer.finish(nil)
        })
    }
}
