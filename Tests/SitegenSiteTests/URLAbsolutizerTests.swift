import Testing
@testable import SitegenSite

@Suite struct URLAbsolutizerTests {
    let absolutizer = URLAbsolutizer(pageURL: "https://lab.example.org/blog/posts/a/", urls: URLBuilder(baseURL: "https://lab.example.org/blog/"))

    @Test func makesEveryKindOfURLAbsolute() {
        let html = ##"<p><a href="/blog/tags/x/">t</a> <img src="fig.svg" alt="x"> <a href="#fig-1">F</a> <a href="https://other.org/">o</a> <a href="mailto:a@b.c">m</a> <img src="../b/p.png"></p>"##
        let out = absolutizer.absolutize(html)
        #expect(out.contains(#"href="https://lab.example.org/blog/tags/x/""#))
        #expect(out.contains(#"src="https://lab.example.org/blog/posts/a/fig.svg""#))
        #expect(out.contains(##"href="https://lab.example.org/blog/posts/a/#fig-1""##))
        #expect(out.contains(#"href="https://other.org/""#))
        #expect(out.contains(#"href="mailto:a@b.c""#))
        #expect(out.contains(#"src="https://lab.example.org/blog/posts/b/p.png""#))
    }

    @Test func leavesTextThatOnlyLooksLikeAnAttributeAlone() {
        let html = #"<pre><code>let src = 1</code></pre><p>hrefs="x"</p>"#
        #expect(absolutizer.absolutize(html) == html)
    }
}
