import Testing
@testable import SitegenBibliography

@Suite struct LaTeXConverterTests {
    func plain(_ latex: String) -> String { RichText.plain(RichInlineBuilder.unprotect(LaTeXConverter.convert(latex))) }
    func markup(_ latex: String) -> String { RichText.markup(RichInlineBuilder.unprotect(LaTeXConverter.convert(latex))) }

    @Test(arguments: [
        (#"\'e"#, "é"), (#"\"{o}"#, "ö"), (#"{\ss}"#, "ß"), (#"\o"#, "ø"), (#"\aa"#, "å"), (#"\c{c}"#, "ç"),
        (#"\v{s}"#, "š"), (#"\~n"#, "ñ"), (#"\`a"#, "à"), (#"\^o"#, "ô"), (#"\={a}"#, "ā"), (##"\u{g}"##, "ğ"),
        (#"\H{o}"#, "ő"), (#"\k{a}"#, "ą"), (#"\r{u}"#, "ů"), (#"\'{\i}"#, "í"), (#"{\"U}ber"#, "Über"), (#"\L{}ukasz"#, "Łukasz"),
        (#"\AE"#, "Æ"), (#"\oe"#, "œ"), (#"Stra{\ss}e"#, "Straße"), (#"\dots"#, "…"), (#"\S 3"#, "§3"),
    ])
    func accentsAndSymbols(input: String, expected: String) {
        #expect(plain(input) == expected)
    }

    @Test func dashesTildeAndEscapes() {
        #expect(plain("1--2 --- x") == "1–2 — x")
        #expect(plain("a~b") == "a\u{00A0}b")
        #expect(plain(##"R \& D, 50\% off, \$5, \#1, a\_b"##) == "R & D, 50% off, $5, #1, a_b")
        #expect(plain(#"\TeX{} and \LaTeX"#) == "TeX and LaTeX")
    }

    @Test func formattingCommandsBecomeMarkup() {
        #expect(markup(#"The \emph{Drosophila} genus"#) == "The <i>Drosophila</i> genus")
        #expect(markup(#"\textit{a} \textbf{b} \textsc{c}"#) == #"<i>a</i> <b>b</b> <span style="font-variant:small-caps;">c</span>"#)
        #expect(markup(#"H\textsubscript{2}O and x\textsuperscript{2}"#) == "H<sub>2</sub>O and x<sup>2</sup>")
        #expect(markup(#"{\em declared} rest"#) == "<span><i>declared</i></span> rest")
        #expect(markup(#"A < B & C"#) == "A &lt; B &amp; C")
    }

    @Test func urlsAndLinks() {
        let u = LaTeXConverter.convert(#"see \url{https://x.org/a_b%20c}"#)
        #expect(u.contains(.link(url: "https://x.org/a_b%20c", [.text("https://x.org/a_b%20c")])))
        let h = LaTeXConverter.convert(#"\href{https://x.org}{the site}"#)
        #expect(h == [.link(url: "https://x.org", [.text("the site")])])
    }

    @Test func quotesBecomeQuotationsAndApostrophesCurl() {
        #expect(LaTeXConverter.convert("``Efficiency'' here") == [.quoted(single: false, [.text("Efficiency")]), .text(" here")])
        #expect(plain("Master's") == "Master’s")
        #expect(plain("`single'") == "‘single’")
    }

    @Test func minimalMath() {
        #expect(LaTeXConverter.convert(#"$\alpha$-helix"#) == [.math("α"), .text("-helix")])
        #expect(LaTeXConverter.convert("$x^2$") == [.math("x^2")])
    }

    @Test func bracesAreProtectedGroups() {
        #expect(LaTeXConverter.convert("A {DNA} test") == [.text("A "), .nocase([.text("DNA")]), .text(" test")])
    }

    @Test func unknownCommandsKeepTheirArgumentAndNeverHang() {
        #expect(plain(#"\foo{bar} \unknown baz"#) == "bar baz")
        #expect(plain(String(repeating: "{", count: 300) + "x") == "x")
        #expect(plain(#"\"#) == "")
    }
}
