import Foundation
import Testing

/// `sitegen serve` as a user runs it: the real binary, stopped with Ctrl-C (SIGINT) while a page is connected.
/// In the serialized ServeTests suite.
extension ServeTests {
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen"),
            Self.packageRoot.appendingPathComponent(".build/debug/sitegen"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test func ctrlCStopsCleanlyWithAPageConnected() async throws {
        guard let binary = Self.binary else {
            print("skipped: no sitegen binary next to the tests (swift build)")
            return
        }
        let root = try Self.site(base: "https://example.org/")
        defer { try? FileManager.default.removeItem(at: root) }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--source", root.path, "--port", "0"]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Read stderr until the "serving … at http://127.0.0.1:PORT/" line.
        var text = ""
        var port: Int?
        let deadline = Date().addingTimeInterval(60)
        while port == nil, Date() < deadline {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = Int(text[range].dropFirst("http://127.0.0.1:".count).dropLast())
            }
        }
        guard let port else {
            process.terminate()
            Issue.record("serve did not report its address: \(text)")
            return
        }
        let events = try EventStreamProbe(port: port)
        defer { events.close() }
        let connected = Date().addingTimeInterval(10)
        while !events.connected && Date() < connected { try await Task.sleep(for: .milliseconds(20)) }
        kill(process.processIdentifier, SIGINT)
        let stopped = Date().addingTimeInterval(20)
        while process.isRunning && Date() < stopped { try await Task.sleep(for: .milliseconds(50)) }
        let stoppedInTime = !process.isRunning
        if process.isRunning { process.terminate() }
        #expect(stoppedInTime, "serve stops within seconds of Ctrl-C")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Site").path))
    }
}
