import SitegenCore
import Testing
@testable import SitegenMarkdown

/// Pipe tables are bounded at 1,000 cells a row (cmark-gfm's row parsing is quadratic in the cells of a row):
/// wider rows keep their text, with a warning at the first `|` past the limit.
@Suite struct WideTableTests {
    static func table(columns: Int) -> String {
        "|" + (0..<columns).map { "h\($0)" }.joined(separator: "|") + "|\n"
            + "|" + Array(repeating: "-", count: columns).joined(separator: "|") + "|\n"
            + "|" + (0..<columns).map { "c\($0)" }.joined(separator: "|") + "|\n"
    }

    static func tables(_ document: Document) -> [Table] {
        allBlocks(document).compactMap { if case .table(let table) = $0.kind { return table } else { return nil } }
    }

    @Test func aThousandColumnsIsStillATable() throws {
        let parsed = parse(post(Self.table(columns: 1_000)))
        let table = try #require(Self.tables(parsed.document).first)
        #expect(table.header.count == 1_000 && table.rows.first?.count == 1_000)
        #expect(table.rows.first?.last == [.text("c999")])
        #expect(!parsed.diagnostics.contains { $0.ruleID == "table-too-wide" })
    }

    @Test func aWiderTableIsKeptAsTextWithAWarningAtTheFirstExtraPipe() throws {
        let body = Self.table(columns: 20_000)
        let parsed = parse(post(body))
        #expect(Self.tables(parsed.document).isEmpty)
        let text = PlainText.of(firstParagraph(parsed.document))
        for cell in ["h0", "h19999", "c0", "c10000", "c19999|"] { #expect(text.contains(cell), "\(cell)") }
        #expect(!text.contains("\\|"), "the escapes are not shown")
        let warnings = parsed.diagnostics.filter { $0.ruleID == "table-too-wide" }
        #expect(warnings.count == 3)
        let first = try #require(warnings.first)
        #expect(first.severity == .warning)
        #expect(first.message.contains("at most 1000 cells") && first.message.contains("20001 `|`"))
        // The 1,002nd `|` of the header row, the first row of the body (file line 5).
        let header = Array(body.split(separator: "\n")[0].utf8)
        let pipes = header.indices.filter { header[$0] == UInt8(ascii: "|") }
        #expect(first.location?.lineColumn == "5:\(pipes[1_001] + 1)")
    }

    @Test func locationsAfterTheEscapesStayTrue() throws {
        // An unresolved reference after a wide row's escaped pipes is reported at its own column.
        let row = "|" + Array(repeating: "x", count: 1_500).joined(separator: "|") + "| @fig-none"
        let rendered = HTMLRenderer().render(parse(post(row + "\n")).document)
        let unresolved = try #require(rendered.diagnostics.first { $0.ruleID == "unresolved-cross-reference" })
        #expect(unresolved.location?.lineColumn == "5:\(row.utf8.count - "@fig-none".utf8.count + 1)")
    }
}
