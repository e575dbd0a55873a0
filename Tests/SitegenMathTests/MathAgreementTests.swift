import Foundation
import Testing
@testable import SitegenMath

/// Compares the MathML tree of every fixture formula with `pandoc --mathml`'s (2.17) after `MathMLNormalizer`.
@Suite struct MathAgreementTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let pandoc: String? = ["/usr/bin/pandoc", "/usr/local/bin/pandoc", "/opt/homebrew/bin/pandoc"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Formulas of a fixture file, separated by lines of `%%`.
    static func formulas(_ file: String) throws -> [String] {
        try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)
            .components(separatedBy: "\n%%\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// pandoc's `<math>` element for each formula (nil where pandoc could not convert it), from one pandoc run.
    static func pandocMathML(_ formulas: [String], display: Bool) throws -> [String?] {
        guard let pandoc else { return [] }
        let delimiter = display ? "$$" : "$"
        let markdown = formulas.enumerated().map { "<div id=\"f\($0.offset)\">\n\n" + delimiter + $0.element
            .replacingOccurrences(of: "\n\n", with: "\n") + delimiter + "\n\n</div>" }.joined(separator: "\n\n")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-math-\(UUID().uuidString).md")
        try Data(markdown.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = ["--mathml", "-f", "markdown", "-t", "html", "--quiet", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let html = String(decoding: data, as: UTF8.self)
        return formulas.indices.map { index in
            guard let start = html.range(of: "<div id=\"f\(index)\">") else { return nil }
            let rest = html[start.upperBound...]
            let end = rest.range(of: "</div>")?.lowerBound ?? rest.endIndex
            let body = rest[..<end]
            guard let open = body.range(of: "<math"), let close = body.range(of: "</math>") else { return nil }
            return String(body[open.lowerBound..<close.upperBound])
        }
    }

    @Test(.enabled(if: MathAgreementTests.pandoc != nil, "pandoc is not installed: agreement not measured"))
    func treesEqualPandocsForNinetyPercentOfFormulas() throws {
        let formulas = try Self.formulas("shapes.tex") + Self.formulas("research-feed.tex")
        var equal = 0, compared = 0, skipped = 0
        var report: [String] = []
        for display in [true, false] {
            let references = try Self.pandocMathML(formulas, display: display)
            try #require(references.count == formulas.count)
            for (tex, reference) in zip(formulas, references) {
                guard let reference, let theirs = MathMLNormalizer.normalize(reference) else {
                    skipped += 1
                    continue
                }
                compared += 1
                let result = MathConverter().convert(tex, display: display)
                guard let mathML = result.mathML, let ours = MathMLNormalizer.normalize(mathML) else {
                    report.append("not converted: \(tex) \(result.errors.map(\.message))")
                    continue
                }
                if ours == theirs { equal += 1 } else { report.append("differs (\(display ? "display" : "inline")): \(tex)") }
            }
        }
        let percent = 100 * Double(equal) / Double(max(compared, 1))
        print("math agreement with pandoc: \(equal)/\(compared) = \(String(format: "%.1f", percent)) % "
              + "(\(skipped) formulas pandoc could not convert left out)\n" + report.joined(separator: "\n"))
        #expect(percent >= 90)
    }
}
