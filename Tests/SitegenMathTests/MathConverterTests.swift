import Testing
@testable import SitegenMath

@Suite struct MathConverterTests {
    func math(_ tex: String, display: Bool = false, macros: MathMacros = MathMacros()) -> String? {
        MathConverter(macros: macros).convert(tex, display: display).mathML
    }

    @Test func writesMathMLCoreWithUnicodeAlphabetsNotMathvariant() throws {
        let ml = try #require(math("\\mathbb{R}^n \\mathcal{L} \\boldsymbol{\\beta} \\mathbf{x}"))
        #expect(ml.contains("<mi>ℝ</mi>") && ml.contains("<mi>ℒ</mi>") && ml.contains("<mi>𝛃</mi>")
                && ml.contains("<mi>𝐱</mi>"))
        #expect(!ml.contains("mathvariant=\"bold\"") && !ml.contains("mstyle"))
        #expect(math("\\mathrm{d}x")?.contains("<mi mathvariant=\"normal\">d</mi>") == true)
    }

    @Test func bigOperatorsTakeLimitsInDisplayOnly() {
        #expect(math("\\sum_{i=1}^n x_i")?.contains("<msubsup><mo>∑</mo>") == true)
        #expect(math("\\sum_{i=1}^n x_i", display: true)?.contains("<munderover><mo>∑</mo>") == true)
        #expect(math("\\int_0^1 f", display: true)?.contains("<msubsup><mo>∫</mo>") == true)
        #expect(math("\\lim_{n\\to\\infty} a_n", display: true)?.contains("<munder><mo>lim</mo>") == true)
    }

    @Test func environmentsBecomeTables() throws {
        let aligned = try #require(math("\\begin{aligned} a &= b \\\\ &= c \\end{aligned}", display: true))
        #expect(aligned.contains("<mtable><mtr><mtd columnalign=\"right\"><mi>a</mi></mtd><mtd columnalign=\"left\">"))
        let cases = try #require(math("\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{else} \\end{cases}"))
        #expect(cases.contains("<mo stretchy=\"true\" form=\"prefix\">{</mo><mtable>"))
        #expect(cases.contains("<mtext>else</mtext>"))
        let matrix = try #require(math("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}"))
        #expect(matrix.components(separatedBy: "<mtr>").count == 3)
    }

    @Test func tagsAreReturnedApart() {
        let result = MathConverter().convert("E = mc^2 \\tag{3.1}", display: true)
        #expect(result.tag == "3.1")
        #expect(result.mathML?.contains("3.1") == false)
    }

    @Test func unsupportedCommandsAreNamedWithTheirOffset() throws {
        let result = MathConverter().convert("a + \\frobnicate{b}", display: false)
        #expect(result.mathML == nil)
        let error = try #require(result.errors.first)
        #expect(error.message == "unsupported command \\frobnicate")
        #expect(error.offset == 4)
        #expect(MathConverter().convert("\\begin{tikzcd} a \\end{tikzcd}", display: true).errors.first?.message
                == "unsupported environment tikzcd")
        #expect(!MathConverter().convert("{a", display: false).errors.isEmpty)
    }

    @Test func userMacrosExpandWithArguments() {
        let (macros, invalid) = MathMacros.parse([("R", ["\\mathbb{R}"]), ("\\norm", ["\\left\\| #1 \\right\\|"]),
                                                   ("bad name", ["x"])])
        #expect(invalid == ["bad name"])
        #expect(math("x \\in \\R", macros: macros)?.contains("<mi>ℝ</mi>") == true)
        #expect(math("\\norm{v}", macros: macros)?.contains("<mo stretchy=\"true\" form=\"prefix\">∥</mo><mi>v</mi>") == true)
        let defined = MathConverter().convert("\\newcommand{\\E}[1]{\\mathbb{E}[#1]} \\E{X}", display: false)
        #expect(defined.mathML?.contains("<mi>𝔼</mi>") == true)
        #expect(defined.macros.definitions["E"]?.arguments == 1)
    }

    @Test func runawayInputEndsWithADiagnostic() {
        let (loop, _) = MathMacros.parse([("x", ["\\x\\x"])])
        #expect(MathConverter(macros: loop).convert("\\x", display: false).errors.first?.message.contains("without end") == true)
        let deep = String(repeating: "{", count: 5_000) + String(repeating: "}", count: 5_000)
        #expect(!MathConverter().convert(deep, display: false).errors.isEmpty)
        let parens = String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000)
        #expect(MathConverter().convert(parens, display: false).errors.first?.message == "formula nested too deeply")
        let flat = String(repeating: "(a)|", count: 4_000)
        #expect(MathConverter().convert(flat, display: false).mathML != nil)
    }

    @Test func textIsEscaped() {
        #expect(math("a < b \\text{ & <b>}")?.contains("<mo>&lt;</mo>") == true)
        #expect(math("\\text{<b>}")?.contains("<mtext>&lt;b&gt;</mtext>") == true)
    }
}
