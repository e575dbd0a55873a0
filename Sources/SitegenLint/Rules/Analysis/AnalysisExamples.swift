import SitegenCore

/// The examples of the analysis rules, kept together because they share long passages of text.
enum AnalysisExamples {
    typealias Examples = (triggering: [RuleExample], nonTriggering: [RuleExample])

    static let caching = """
        Caching stores the results of expensive computations so that later requests can reuse them instead of \
        repeating the work. In our measurements the build cache cut the median build time of a four hundred page \
        site from eleven seconds to under two seconds, because most pages did not change between builds. The saving \
        grows with the number of unchanged pages, and it disappears when every page depends on a value that changes \
        on each build, such as the current time.
        """

    static let cachingCopy = """
        Caching stores the results of expensive computations so that later requests can reuse them instead of \
        repeating the work. In our measurements the build cache cut the median build time of a four hundred page \
        site from eleven seconds to under two seconds, because most pages did not change between two builds. The \
        saving grows with the number of unchanged pages, and it disappears when every page depends on a value that \
        changes on each build, like the current time.
        """

    static let sampling = """
        We sampled one hundred and twenty households from the electoral register in three districts, stratified by \
        age of the head of household, and visited each twice in the spring. Response rates differed sharply between \
        districts: the rural district answered almost every visit while the inner city district answered fewer than \
        half, so the weighting in the next section matters more than the raw counts suggest to a casual reader.
        """

    static let rewrittenSection: Examples = (
        triggering: [
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "## Why caching matters\n\n\(caching)\n"),
                .init(path: "Content/posts/b.md", text: "Intro.\n\n↓## Why caching helps\n\n\(cachingCopy)\n"),
            ], note: "a near-verbatim copy in another post"),
        ],
        nonTriggering: [
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "## Why caching matters\n\n\(caching)\n"),
                .init(path: "Content/posts/b.md", text: "## How we sampled\n\n\(sampling)\n"),
            ]),
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "## Why caching matters\n\nCaching saves time on every build.\n"),
                .init(path: "Content/posts/b.md", text: "## Why caching helps\n\nCaching saves time on every build.\n"),
            ], note: "sections shorter than `min_section_words` are not judged"),
        ])

    static let duplicateParagraph: Examples = (
        triggering: [
            RuleExample("""
                Our results depend on the sampling rate chosen for the survey.

                The rural district answered almost every visit.

                ↓Our results depend on the sampling rate chosen for the survey.

                """),
        ],
        nonTriggering: [
            RuleExample("Thanks for reading.\n\nThe rural district answered almost every visit.\n\nThanks for reading.\n",
                        note: "paragraphs shorter than `min_words` are not compared"),
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "Text of a.\n\nThis work was funded by the national research council, grant 1234.\n"),
                .init(path: "Content/posts/b.md", text: "Text of b.\n\nThis work was funded by the national research council, grant 1234.\n"),
            ], configuration: ["across_documents": .bool(false)], note: "shared boilerplate accepted"),
        ])

    static let labelScaffolding: Examples = (
        triggering: [
            RuleExample("""
                ## Caching

                ↓**Mechanism:** The build stores rendered pages between runs.

                **Effect:** Builds finish in a fraction of the time.

                ## Parallel rendering

                **Mechanism:** Pages render on every core at once.

                **Effect:** Large sites build in seconds.

                ## Incremental feeds

                **Mechanism:** Feeds are rewritten only when an entry changes.

                **Effect:** Readers fetch less data.

                """),
        ],
        nonTriggering: [
            RuleExample("""
                ## Caching

                **Note:** the cache lives in `.sitegen/cache`.

                The build stores rendered pages between runs, so builds finish in a fraction of the time.

                ## Parallel rendering

                Pages render on every core at once, so large sites build in seconds.

                """),
        ])

    static let repeatedHeadingPattern: Examples = (
        triggering: [
            RuleExample("""
                ↓## Expert Analysis: Costs

                Costs rose.

                ## Expert Analysis: Risks

                Risks grew.

                ## Expert Analysis: Outlook

                The outlook is mixed.

                """),
        ],
        nonTriggering: [
            RuleExample("## Costs\n\nCosts rose.\n\n## Risks\n\nRisks grew.\n\n## Outlook\n\nThe outlook is mixed.\n"),
            RuleExample("## Example: a\n\nA.\n\n## Example: b\n\nB.\n\n## Example: c\n\nC.\n",
                        note: "one-word prefixes are too generic to count"),
        ])

    static let stockPhrases: Examples = (
        triggering: [
            RuleExample("""
                \(caching)

                ↓In today's fast-paced world, it is important to note that caching plays a crucial role in every \
                static site generator. Let us delve into the details and shed light on how the cache works.

                \(sampling)

                """, note: "judged on posts of at least `ngram-repetition`'s `min_words` words"),
        ],
        nonTriggering: [
            RuleExample("\(caching)\n\n\(sampling)\n"),
            RuleExample("""
                \(caching)

                > In today's fast-paced world, it is important to note that caching plays a crucial role in every \
                > static site generator. Let us delve into the details and shed light on how the cache works.

                \(sampling)

                """, note: "quoted text is someone else's wording"),
        ])

    /// Five short essays of one site; `topics` vary, the skeleton does not.
    static func essay(_ topic: String, _ detail: String, marked: Bool, stock: Bool = true) -> String {
        let mark = marked ? "↓" : ""
        guard stock else {
            return """
                Notes on \(topic) from a week of reading. Most of what I found about \(detail) was old, and the \
                newer work mostly repeats it with better figures.

                The open question is whether \(detail) still matters once the tools improve. I do not know yet.

                """
        }
        return """
            \(mark)In the realm of \(topic), few things are as revealing as \(detail). Each season brings its own lessons.

            \(topic.prefix(1).uppercased() + topic.dropFirst()) is a tapestry of \(detail) and quiet persistence, woven \
            over many years by people who rarely meet.

            As I conclude this reflection on \(topic), I am reminded that \(detail) is where the work begins.

            """
    }

    static let essayTopics = [
        ("urban gardening", "soil"), ("jazz improvisation", "listening"), ("compiler design", "error messages"),
        ("beekeeping", "patience"), ("city planning", "sidewalks"),
    ]

    static let sourceRepetition: Examples = (
        triggering: [
            RuleExample(files: essayTopics.enumerated().map { i, topic in
                RuleExample.File(path: "Content/posts/essay-\(i).md", text: essay(topic.0, topic.1, marked: true))
            }, note: "the same opener, metaphor and closer in every post of the site"),
        ],
        nonTriggering: [
            RuleExample(files: essayTopics.enumerated().map { i, topic in
                RuleExample.File(path: "Content/posts/essay-\(i).md", text: essay(topic.0, topic.1, marked: false, stock: i == 0))
            }, note: "one post with stock phrases is not a pattern of its source"),
        ])

    static let ngramRepetition: Examples = (
        triggering: [
            RuleExample("""
                ↓\(caching)

                The cache makes every build faster for every author on every site.

                The cache makes every build faster for every author on every site.

                The cache makes every build faster for every author on every site.

                The cache makes every build faster for every author on every site.

                \(sampling)

                """),
        ],
        nonTriggering: [
            RuleExample("\(caching)\n\n\(sampling)\n"),
            RuleExample("Short.\n\nShort.\n\nShort.\n", note: "posts shorter than `min_words` are not judged"),
        ])

    static let restatedClaimChain: Examples = (
        triggering: [
            RuleExample("""
                ## Costs

                Rising energy prices lead to higher production costs.

                ## Outlook

                ↓Rising energy prices lead to higher production costs, as we saw.

                """),
        ],
        nonTriggering: [
            RuleExample("""
                ## Costs

                Rising energy prices lead to higher production costs.

                ## Outlook

                Higher interest rates lead to fewer new factories.

                """),
        ])

    static let circularClaimChain: Examples = (
        triggering: [
            RuleExample("""
                ↓Trust leads to adoption. Adoption leads to engagement. Engagement leads to trust.

                """),
        ],
        nonTriggering: [
            RuleExample("Trust leads to adoption. Adoption leads to engagement. Engagement leads to revenue.\n"),
        ])

    static let unsupportedCausalClaim: Examples = (
        triggering: [
            RuleExample("↓Remote work leads to lower productivity in software teams.\n"),
        ],
        nonTriggering: [
            RuleExample("Remote work leads to lower productivity in software teams [@smith2020].\n", bibliography: ["smith2020"]),
            RuleExample("Remote work [leads to lower productivity](https://example.org/study) in some teams.\n"),
            RuleExample("```\nRemote work leads to lower productivity.\n```\n", note: "code is not prose"),
        ])
}
