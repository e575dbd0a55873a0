import ArgumentParser
import Foundation
import SitegenCore
import SitegenServe
import SitegenSite

/// `sitegen serve`: build, serve on loopback, rebuild on every save and reload the open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build into .sitegen/serve/, serve it, rebuild and reload open pages on every save.",
        discussion: """
            Watches Content/, Themes/, sitegen.yml and the bibliography. A build error is shown in the terminal and \
            as an overlay in the browser until it is fixed; the last good site stays served. Site/ is never touched. \
            Stop with Ctrl-C.
            """)

    /// Zola's default; when it is busy and no --port was given, a free port is picked.
    static let defaultPort = 1111

    @Option(name: .long, help: "The site root, holding sitegen.yml and Content/.")
    var source: String = "."

    @Option(name: .long, help: "The port to listen on (default \(defaultPort), or a free one when that is busy; 0 picks a free one).")
    var port: Int?

    @Option(name: .long, help: "The address to listen on. Loopback by default; 0.0.0.0 shares the preview with your network.")
    var bind: String = "127.0.0.1"

    @Flag(name: .long, help: "Include drafts and future-dated posts.")
    var drafts = false

    @Flag(name: .long, help: "Open the site in the default browser once it is built.")
    var open = false

    @Flag(name: .long, help: "Watch by polling instead of inotify (network file systems, containers).")
    var poll = false

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: source)
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Content").path) else {
            Terminal.report(SitegenError("no Content/ folder in \(root.standardizedFileURL.path)", diagnostics: [
                .error("no Content/ folder", at: SourceLocation(file: root.standardizedFileURL.path),
                       hint: "run sitegen serve in the site's root, pass --source DIR, or create a site with `sitegen new site DIR`"),
            ]))
            throw ExitCode(1)
        }
        var chosen = port ?? Self.defaultPort
        if port == nil, !DevServer.portIsFree(bind: bind, port: chosen) { chosen = 0 }
        let options = ServeOptions(source: root, bind: bind, port: chosen, includeDrafts: drafts, forcePolling: poll)
        let server = DevServer(options: options, reporter: Self.reporter)
        let open = self.open
        do {
            try await server.run { origin in
                Terminal.err("serving \(options.outputFolder.path) at \(origin)\(DevServer.basePath(root: root)) (Ctrl-C to stop)")
                if open { Self.openBrowser(origin + DevServer.basePath(root: root)) }
            }
        } catch {
            Terminal.err("error: cannot serve on \(bind):\(chosen): \(error)")
            throw ExitCode(1)
        }
        Terminal.err("stopped")
    }

    static let reporter = ServeReporter(
        log: { Terminal.err($0) },
        built: { summary, number, changed, elapsed, _ in
            Terminal.report(summary.diagnostics)
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            let cause = changed.isEmpty ? "" : " after a change to " + changed.prefix(3).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
                + (changed.count > 3 ? " and \(changed.count - 3) more" : "")
            Terminal.err(String(format: "build %d: %d pages in %.0f ms%@", number, summary.pages, ms, cause))
        },
        failed: { error, number in
            Terminal.report(error)
            Terminal.err("build \(number) failed; the last good site is still served and the error is shown in the browser")
        })

    private static func openBrowser(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { Terminal.err("cannot open a browser (\(error)); visit \(url)") }
    }
}
