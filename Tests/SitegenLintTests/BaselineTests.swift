import Foundation
import SitegenCore
import Testing
@testable import SitegenLint

@Suite struct BaselineTests {
    let path = TestDocuments.path

    func lint(_ source: String, _ diagnostics: [Diagnostic]) -> LintResult {
        let context = LintContext(documents: [TestDocuments.document(path)], sources: [path: source], stageDiagnostics: diagnostics)
        return Linter(rules: [EchoRule.self]).lint(context)
    }

    @Test func movedTextIsStillBaselined() throws {
        let before = lint("Intro.\n\nIn conclusion, it is important to note.\n", [echo("stock phrase", 3, 1)])
        let baseline = Baseline(findings: before.findings)
        // Two paragraphs inserted above; the offending line moved from 3 to 7 and was re-wrapped.
        let after = lint("New.\n\nMore new.\n\nIntro.\n\nIn  conclusion,   it is important to note.\n", [echo("stock phrase", 7, 1)])
        let applied = after.applying(baseline)
        #expect(applied.findings.isEmpty)
        #expect(applied.baselined == 1)
        #expect(after.findings.first?.fingerprint == before.findings.first?.fingerprint)
    }

    @Test func newFindingsAreKept() {
        let before = lint("A line.\n", [echo("x", 1)])
        let after = lint("A line.\nAnother line.\n", [echo("x", 1), echo("x", 2)])
        let applied = after.applying(Baseline(findings: before.findings))
        #expect(applied.findings.map { $0.location?.line } == [2])
    }

    @Test func countsRepeatsOfTheSameLine() {
        let two = lint("Same.\nSame.\n", [echo("x", 1), echo("x", 2)])
        let three = lint("Same.\nSame.\nSame.\n", [echo("x", 1), echo("x", 2), echo("x", 3)])
        let applied = three.applying(Baseline(findings: two.findings))
        #expect(applied.findings.count == 1)
        #expect(applied.baselined == 2)
    }

    @Test func fileRoundTripsAndIsDeterministic() throws {
        let result = lint("Alpha.\nBeta.\n", [echo("x", 2), echo("y", 1)])
        let text = Baseline(findings: result.findings).encoded()
        #expect(text == Baseline(findings: result.findings.reversed()).encoded())
        #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"tool\": \"sitegen lint\",\n  \"findings\": [\n"))
        #expect(text.contains("\"text\": \"alpha\""))
        #expect(!text.contains("\"line\""))
        let decoded = try Baseline.decode(Data(text.utf8), path: "lint-baseline.json")
        #expect(decoded == Baseline(findings: result.findings))
    }

    @Test func badFileIsADiagnostic() {
        #expect(throws: Diagnostic.self) { try Baseline.decode(Data("[1,2]".utf8), path: "b.json") }
        do {
            _ = try Baseline.decode(Data("{\"version\": 9, \"findings\": []}".utf8), path: "b.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "baseline b.json has version 9, expected 1")
        }
    }
}
