import Testing
@testable import SitegenCore

@Suite struct CoreTests {
    @Test func slugsAreLowercaseAndUnique() {
        #expect(Slugger.slug("Hello, World!") == "hello-world")
        #expect(Slugger.slug("Müller's  Café — 2024") == "müllers-café-2024")
        #expect(Slugger.slug("***") == "")
        var slugger = Slugger()
        #expect(slugger.unique("Results") == "results")
        #expect(slugger.unique("Results") == "results-1")
        #expect(slugger.unique("Results") == "results-2")
        #expect(slugger.unique("!!!") == "section")
        #expect(slugger.reserve("results-1") == "results-1-1")
    }

    @Test func suggestionFindsCloseMisspellingsOnly() {
        #expect(Suggestion.nearest(to: "titel", in: ["title", "tags", "date"]) == "title")
        #expect(Suggestion.nearest(to: "smith2020", in: ["smith2021", "jones2020"]) == "smith2021")
        #expect(Suggestion.nearest(to: "zzzzzz", in: ["title", "tags"]) == nil)
        #expect(Suggestion.nearest(to: "x", in: [String]()) == nil)
    }

    @Test func diagnosticsHaveOneShape() {
        let d = Diagnostic.error("unknown citation key 'smith'", at: SourceLocation(file: "Content/posts/a.md", line: 3, column: 14),
                                 rule: "undefined-citation", hint: "did you mean 'smith2020'?")
        #expect(d.headline == "Content/posts/a.md:3:14: error: unknown citation key 'smith' [undefined-citation]")
        #expect(d.description == d.headline + "\n  hint: did you mean 'smith2020'?")
        #expect(Diagnostic.warning("x").headline == "warning: x")
        #expect(Diagnostic.Severity.error > .warning && Diagnostic.Severity.warning > .note)
    }

    @Test func errorsCarryTheirContextChain() throws {
        do {
            try SitegenError.withContext("failed to build the site") {
                try SitegenError.withContext("failed to parse Content/posts/x.md") { throw SitegenError("bad date") }
            }
        } catch let error as SitegenError {
            #expect(error.description == "failed to build the site: failed to parse Content/posts/x.md: bad date")
        }
    }

    @Test func htmlEscapingCoversTextAndAttributes() {
        #expect(HTML.escape("a < b && c > \"d\"") == "a &lt; b &amp;&amp; c &gt; &quot;d&quot;")
        #expect(HTML.escape("plain — ünïcode") == "plain — ünïcode")
        #expect(HTML.escape("") == "")
        // Runs between special bytes at the start, middle and end, next to multi-byte characters.
        #expect(HTML.escape("&é<ü>\"") == "&amp;é&lt;ü&gt;&quot;")
        #expect(HTML.escape("<<>>") == "&lt;&lt;&gt;&gt;")
        let long = String(repeating: "ab → c & ", count: 2000)
        #expect(HTML.escape(long) == long.replacingOccurrences(of: "&", with: "&amp;"))
    }

    @Test func plainTextDropsMarkupKeepsWords() {
        let loc = SourceLocation(file: "x.md", line: 1, column: 1)
        let inlines: [Inline] = [.text("See "), .emphasis([.text("this")]), .softBreak, .link(destination: "/", title: "", children: [.text("link")]),
                                 .citation(Citation(items: [.init(key: "k", location: loc)], location: loc))]
        #expect(PlainText.of(inlines) == "See this link@k")
    }
}

@Suite struct SuggestionDistanceTests {
    func d(_ a: String, _ b: String, _ bound: Int) -> Int? {
        Suggestion.distance(Array(a.unicodeScalars), Array(b.unicodeScalars), atMost: bound)
    }

    @Test func boundedDistanceAgreesWithTheFullComputation() {
        let words = ["", "a", "kitten", "sitting", "saturday", "sunday", "flaw", "lawn", "/posts/a-b/", "/posts/ab/", "intention", "execution"]
        for a in words {
            for b in words {
                let full = d(a, b, 100)!
                for bound in 0...6 {
                    #expect(d(a, b, bound) == (full <= bound ? full : nil), "\(a) \(b) \(bound)")
                }
            }
        }
        #expect(d("kitten", "sitting", 10) == 3)
    }
}

@Suite struct SuggestionIndexTests {
    @Test func aLargeIndexFindsTheSameNearestPageAsAFullScan() {
        let pages = (0..<2000).map { "/posts/\(["notes", "revisiting", "scaling", "on-the-limits-of"][$0 % 4])-topic-\($0)/" }
        let index = Suggestion.Index(pages)
        for typo in ["/posts/notes-topic-1204", "/posts/revisitng-topic-17/", "/post/scaling-topic-1998/", "/posts/on-the-limits-of-topic-3/x"] {
            #expect(index.nearest(to: typo) == Suggestion.nearest(to: typo, in: pages), "\(typo)")
        }
        #expect(index.nearest(to: "/posts/notes-topic-1204/", excluding: "/posts/notes-topic-1204/") != "/posts/notes-topic-1204/")
        #expect(index.nearest(to: "/completely/different/thing/") == nil)
    }
}
