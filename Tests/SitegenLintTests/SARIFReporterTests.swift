import Foundation
import SitegenCore
import Testing
@testable import SitegenLint

@Suite struct SARIFReporterTests {
    let options = ReportOptions(toolVersion: "9.9.9", helpBaseURI: "https://example.org/docs/lint#")

    func log() throws -> [String: Any] {
        let text = SARIFReporter(options: options).report(Fixture.result)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func driverDescribesRules() throws {
        let log = try log()
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        #expect(run["originalUriBaseIds"] == nil)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "sitegen-lint")
        #expect(driver["version"] as? String == "9.9.9")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["duplicate-paragraph", "missing-alt-text"])
        let alt = rules[1]
        #expect(alt["name"] as? String == "MissingAltText")
        #expect((alt["shortDescription"] as? [String: String])?["text"] == MissingAltTextRule.description.summary)
        #expect((alt["fullDescription"] as? [String: String])?["text"] == MissingAltTextRule.description.rationale)
        #expect(alt["helpUri"] as? String == "https://example.org/docs/lint#missing-alt-text")
        #expect((alt["defaultConfiguration"] as? [String: String])?["level"] == "warning")
    }

    @Test func resultsPointAtRelativeUTF16Locations() throws {
        let run = try #require((try log()["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["missing-alt-text", "missing-alt-text", "duplicate-paragraph"])
        #expect(results.map { $0["ruleIndex"] as? Int } == [1, 1, 0])
        #expect(results.map { $0["level"] as? String } == ["warning", "note", "error"])
        let copy = results[2]
        #expect((copy["message"] as? [String: String])?["text"] == "paragraph repeats one in Content/posts/a.md")
        let physical = try #require(((copy["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: String])
        #expect(artifact == ["uri": "Content/posts/b%20c.md", "uriBaseId": "%SRCROOT%"])
        #expect(physical["region"] as? [String: Int] == ["startLine": 7, "startColumn": 4])
        #expect(copy["partialFingerprints"] as? [String: String] == ["sitegenContentHash/v1": "f1"])
        let related = try #require((copy["relatedLocations"] as? [[String: Any]])?.first)
        #expect(related["id"] as? Int == 1)
        #expect((related["message"] as? [String: String])?["text"] == "original paragraph")
        let warning = results[0]
        #expect((warning["message"] as? [String: String])?["text"] == "image `a,b:c.png` has no alt text. Hint: describe it: 100% of readers\nbenefit")
    }

    @Test func sourceRootIsDeclaredWhenKnown() throws {
        var options = self.options
        options.sourceRootURI = "file:///work/site/"
        let text = SARIFReporter(options: options).report(Fixture.result)
        #expect(text.contains("\"originalUriBaseIds\": {\n        \"%SRCROOT%\": {\n          \"uri\": \"file:///work/site/\""))
    }

    @Test func outputIsDeterministic() {
        #expect(SARIFReporter(options: options).report(Fixture.result) == SARIFReporter(options: options).report(Fixture.result))
    }

    /// Reads the log back with sarif-tools (`pip install sarif-tools`), a real SARIF consumer; skips when missing.
    @Test func sarifToolsReadsItBack() throws {
        guard ExternalTool.python(canImport: "sarif") else {
            print("note: sarif-tools not installed; skipping the SARIF read-back check")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("lint.sarif")
        try SARIFReporter(options: options).report(Fixture.result).write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import sys
            from sarif import loader
            f = loader.load_sarif_file(sys.argv[1])
            for r in sorted(f.get_records(), key=lambda r: (r["Location"], r["Line"])):
                print(r["Tool"], r["Severity"], r["Code"].split(" ")[0], r["Location"], r["Line"], sep="|")
            print(f.get_result_count())
            """
        let output = try ExternalTool.run("/usr/bin/env", ["python3", "-c", script, file.path])
        #expect(output.status == 0)
        let expected = """
            sitegen-lint|warning|missing-alt-text|Content/posts/a.md|3
            sitegen-lint|note|missing-alt-text|Content/posts/a.md|9
            sitegen-lint|error|duplicate-paragraph|Content/posts/b%20c.md|7
            3

            """
        #expect(output.stdout == expected)
    }
}
