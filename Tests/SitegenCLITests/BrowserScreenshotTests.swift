import Foundation
import Testing
@testable import SitegenCLI

/// The built site in a real browser: a blog made by `sitegen new site` for a GitHub Pages project site
/// (`base_url` with a path), served by Python's plain static server at that path, opened in headless Chromium by
/// scripts/site-screenshots.py — search results for a query, a post in light and dark, both with JavaScript off.
/// Skipped when Chromium is not installed. `make screenshots` runs the same script on sitegen's own site.
@Suite(.serialized) struct BrowserScreenshotTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func searchAndAPostWorkUnderASubPathInLightDarkAndWithoutJavaScript() async throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard ["chromium", "chromium-browser", "google-chrome"].contains(where: { name in
            path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }) else {
            print("skipped: chromium is not installed (apt-get install chromium)")
            return
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let blog = base.appendingPathComponent("fieldnotes")
        #expect(await SitegenCommand.runMain(["new", "site", blog.path, "--base-url", "https://jdoe.github.io/fieldnotes/"]) == 0)
        let post = """
            ---
            title: Calibrating the spectrometer
            date: 2025-06-01
            tags: [optics, methods]
            description: Dark frames, flat fields and the grating equation, in the order we apply them.
            ---
            Every measurement starts with a calibration of the spectrometer against a known lamp.

            ## Dark frames

            A dark frame records the detector with the shutter closed; subtracting it removes the thermal signal.

            ## The grating equation

            The angle of each diffracted order follows from the groove spacing of the grating.
            """
        try Data(post.utf8).write(to: blog.appendingPathComponent("Content/posts/2025-06-01-calibration.md"))
        #expect(await SitegenCommand.runMain(["build", "--source", blog.path, "--strict", "--quiet"]) == 0)
        let shots = base.appendingPathComponent("screenshots")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.packageRoot.appendingPathComponent("scripts/site-screenshots.py").path,
                             blog.appendingPathComponent("Site").path, "/fieldnotes/", shots.path, "grating", "posts/calibration/"]
        let pipe = Pipe()
        let errors = base.appendingPathComponent("stderr.txt")
        try Data().write(to: errors)
        process.standardOutput = pipe
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        if process.terminationStatus == 77 {
            print("skipped: \(output)")
            return
        }
        #expect(process.terminationStatus == 0, "\(output)\n\(stderr)")
        let result = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
        let checks = result["checks"] as? [String: Bool] ?? [:]
        #expect(checks.count >= 12 && checks.values.allSatisfy { $0 }, "\(checks)")
        let seen = result["seen"] as? [String: Any] ?? [:]
        #expect(seen["search_light_status"] as? String == "1 result for “grating”", "\(seen)")
        #expect((seen["search_links"] as? [String])?.first == "/fieldnotes/posts/calibration/")
        #expect((seen["marked_words"] as? Int ?? 0) > 0, "the title and summary mark the query")
        for name in ["search-light", "search-dark", "post-light", "post-dark", "post-no-javascript", "search-no-javascript"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: shots.appendingPathComponent("\(name).png").path)[.size] as? Int) ?? 0
            #expect(size > 5_000, "\(name).png")
        }
    }
}
