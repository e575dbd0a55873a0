import Foundation
import Testing
@testable import SitegenBibliography

@Suite struct ScratchCalibrationTests {
    @Test func pandocDefaultStyle() throws {
        let (style, d) = CSLStyle.load(path: "/tmp/cal/default.csl")
        print(d)
        guard let style else { return }
        _ = try ConformanceTests.compare(style: style, pandocArguments: [], label: "pandoc-default")
    }
}

@Suite struct ScratchDebug {
    @Test func debug() {
        let (items, _) = Bibliography.parse("@article{x, title={{\\\"U}ber die Stabilit{\\\"a}t von Netzwerken}}", format: .biblatex, file: "x.bib")
        print(items.first!.fields["title"]!.unicodeScalars.map { String($0.value, radix: 16) })
        print(TextCase.title.apply(RichText.parse(items.first!.fields["title"]!)))
    }
}
