import Foundation
import Testing

/// Runs every fixture of the CSL processor test suite (`shared/conformance/csl-test-suite/processor-tests/humans`)
/// and compares the result with `known-failures.txt`: a fixture that passed before and fails now is a regression.
/// `CSL_SUITE_WRITE=1 swift test --filter CSLSuiteTests` rewrites the list from the current results.
@Suite struct CSLSuiteTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let knownFailuresFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("known-failures.txt")

    /// The suite folder: `<repo>/../shared/…` (CI, a checkout beside shared/), then `/work/shared/…`.
    static var suiteDirectory: URL? {
        let relative = "conformance/csl-test-suite/processor-tests/humans"
        let candidates = [repository.appendingPathComponent("../shared/" + relative), URL(fileURLWithPath: "/work/shared/" + relative)]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    static var knownFailures: Set<String> {
        guard let text = try? String(contentsOf: knownFailuresFile, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    @Test(.enabled(if: suiteDirectory != nil, "the CSL test suite is not installed (shared/conformance/csl-test-suite)"))
    func everyFixture() throws {
        let dir = try #require(Self.suiteDirectory)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        var failed: [String] = []
        var details: [String] = []
        for name in names {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let outcome = CSLSuiteRunner.run(CSLSuiteFixture.parse(text, name: name))
            if !outcome.passed {
                failed.append(name)
                details.append("\(name)\n  expected: \(outcome.expected)\n  actual:   \(outcome.actual)")
            }
        }
        let passed = names.count - failed.count
        print("CSL test suite: \(passed) of \(names.count) fixtures pass")
        if let path = ProcessInfo.processInfo.environment["CSL_SUITE_DETAILS"] {
            try details.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        if ProcessInfo.processInfo.environment["CSL_SUITE_WRITE"] == "1" {
            let header = "# CSL test-suite fixtures that sitegen's processor fails today (one file name a line).\n"
                + "# Regenerate with CSL_SUITE_WRITE=1 swift test --filter CSLSuiteTests.\n"
            try (header + failed.joined(separator: "\n") + "\n").write(to: Self.knownFailuresFile, atomically: true, encoding: .utf8)
            return
        }
        let known = Self.knownFailures
        let regressions = failed.filter { !known.contains($0) }
        let fixed = known.subtracting(failed).sorted()
        if !fixed.isEmpty { print("now passing (remove from known-failures.txt): \(fixed.joined(separator: ", "))") }
        #expect(regressions.isEmpty, "regressions: \(regressions.joined(separator: ", "))")
        #expect(passed >= 100, "only \(passed) fixtures pass")
    }
}
