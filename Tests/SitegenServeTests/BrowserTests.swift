import Foundation
import Testing
@testable import SitegenServe

/// The whole loop in a real browser: headless Chromium opens a post, the post's Markdown is edited, and the
/// page shows the edit by itself, at the same scroll position. Skipped when Chromium is not installed.
/// In the serialized ServeTests suite: servers and a browser side by side would compete for the machine.
extension ServeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var chromium: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    @Test func chromiumShowsAnEditWithoutNavigatingAndKeepsTheScrollPosition() async throws {
        guard Self.chromium != nil else {
            print("skipped: chromium is not installed (apt-get install chromium)")
            return
        }
        let root = try Self.site(base: "https://example.org/")
        defer { try? FileManager.default.removeItem(at: root) }
        let filler = (1...60).map { "Paragraph \($0) of filler so the page scrolls." }.joined(separator: "\n\n")
        let post = "Content/posts/2024-01-02-first.md"
        try Self.write(root, post, "---\ntitle: First post\ndate: 2024-01-02\n---\nThe original sentence.\n\n\(filler)\n\nLast line.\n")
        try await Self.withServer(root) { port, _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", Self.packageRoot.appendingPathComponent("scripts/browser-reload-check.py").path,
                                 "http://127.0.0.1:\(port)/posts/first/", root.appendingPathComponent(post).path,
                                 "The original sentence.", "A sentence edited in the browser test."]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus == 77 {
                print("skipped: \(output)")
                return
            }
            #expect(process.terminationStatus == 0, "\(output)")
            let result = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
            #expect(result["ok"] as? Bool == true)
            #expect(result["url"] as? String == "http://127.0.0.1:\(port)/posts/first/", "the page stayed where it was")
            #expect(result["navigation"] as? String == "reload", "the page reloaded itself")
            #expect((result["scroll_before"] as? Int ?? 0) > 0)
            #expect(result["scroll_after"] as? Int == result["scroll_before"] as? Int, "scroll position kept: \(output)")
            #expect(result["overlay"] as? Bool == false)
        }
    }
}
