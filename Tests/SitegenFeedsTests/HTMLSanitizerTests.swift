import Foundation
import SitegenXML
import Testing
@testable import SitegenFeeds

/// XSS vectors in the style of the OWASP filter-evasion cheat sheet, and what legitimate markup keeps.
@Suite struct HTMLSanitizerTests {
    static let sanitizer = HTMLSanitizer(baseURL: "https://blog.example/posts/")

    static let vectors: [String] = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"java&#0000115;cript:alert(1)\">x</a>",
        "<a href=\"jav&#x41;script:alert(1)\">x</a>",
        "<a href=\"  JAVASCRIPT:alert(1)\">x</a>",
        "<a href=\"\u{1}javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"file:///etc/passwd\">x</a>",
        "<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\">",
        "<svg/onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"https://evil.example/x.swf\">",
        "<BODY ONLOAD=alert('XSS')>",
        "<div style=\"background:url(javascript:alert(1))\">styled</div>",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert(1)\">",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<form action=\"javascript:alert(1)\"><input type=submit><button formaction=javascript:alert(1)>b</button></form>",
        "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
        "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)><summary>s</summary></details>",
        "<a title='\"><script>alert(1)</script>'>t</a>",
        "<video poster=javascript:alert(1)><source src=javascript:alert(1)></video>",
        "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
        "<a href=\"https://ok.example/\" target=\"_blank\" style=\"position:fixed\" id=\"x\" name=\"y\">ok</a>",
        "<img src=\"x\" srcset=\"javascript:alert(1) 1x\">",
        "<template><script>alert(1)</script></template><xmp><script>alert(1)</script></xmp>",
        "<p>" + String(repeating: "<div>", count: 2_000) + "deep" + "</p>",
    ]

    static let dangerousElements: Set<String> = [
        "script", "style", "iframe", "object", "embed", "form", "input", "button", "meta", "link", "base", "svg",
        "math", "template", "noscript", "frame", "frameset", "applet", "xmp",
    ]

    /// Every element, attribute and URL of the output must be on the allow-list.
    static func assertSafe(_ html: String, vector: String) {
        #expect(!html.lowercased().contains("<script"), "\(vector) → \(html)")
        for element in XMLTreeParser.parseHTML(html).descendants {
            #expect(!dangerousElements.contains(element.name), "\(vector) → \(html)")
            for attribute in element.attributes {
                #expect(!attribute.name.hasPrefix("on"), "\(vector) → \(html)")
                #expect(!["style", "id", "name", "target", "srcset", "srcdoc", "background", "formaction"].contains(attribute.name))
                guard ["href", "src", "cite", "poster", "action", "data"].contains(attribute.name) else { continue }
                let probe = URLPolicy.schemeProbe(attribute.value)
                let scheme = URLPolicy.scheme(of: probe)
                let ok = scheme == nil || ["http", "https", "mailto"].contains(scheme ?? "")
                    || (element.name == "img" && probe.hasPrefix("data:image/png"))
                #expect(ok, "\(vector) → \(html)")
            }
        }
    }

    @Test(arguments: vectors)
    func vectorIsDefused(_ vector: String) {
        let output = Self.sanitizer.sanitize(vector)
        Self.assertSafe(output, vector: vector)
        #expect(Self.sanitizer.sanitize(output) == output, "sanitising is not idempotent for \(vector)")
    }

    @Test func legitimateMarkupIsKept() {
        let html = """
            <h2>Results</h2><p><strong>Claim:</strong> see <a href="../data/">data</a>, <a href="mailto:me@x.example">mail</a> \
            and <a href="https://other.example/p?a=1&amp;b=2">other</a>.</p>\
            <ul><li>one</li><li><em>two</em></li></ul><ol start="3"><li>three</li></ol>\
            <pre><code class="language-python">print(1 &lt; 2)</code></pre>\
            <blockquote cite="https://src.example/">Quoted</blockquote>\
            <table><thead><tr><th align="left">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>\
            <figure><img src="fig.png" alt="A figure" width="300"><figcaption>Caption</figcaption></figure><hr>
            """
        let output = Self.sanitizer.sanitize(html)
        #expect(output == """
            <h2>Results</h2><p><strong>Claim:</strong> see <a href="https://blog.example/data/" rel="nofollow noopener">data</a>, \
            <a href="mailto:me@x.example" rel="nofollow noopener">mail</a> and \
            <a href="https://other.example/p?a=1&amp;b=2" rel="nofollow noopener">other</a>.</p>\
            <ul><li>one</li><li><em>two</em></li></ul><ol start="3"><li>three</li></ol>\
            <pre><code class="language-python">print(1 &lt; 2)</code></pre>\
            <blockquote cite="https://src.example/">Quoted</blockquote>\
            <table><thead><tr><th align="left">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>\
            <figure><img src="https://blog.example/posts/fig.png" alt="A figure" width="300"><figcaption>Caption</figcaption></figure><hr>
            """)
    }

    @Test func dataImagesOnlyInImgAndOnlyRaster() {
        let png = "data:image/png;base64,iVBORw0KGgo="
        #expect(Self.sanitizer.sanitize("<img src=\"\(png)\">") == "<img src=\"\(png)\">")
        #expect(Self.sanitizer.sanitize("<a href=\"\(png)\">x</a>") == "<a>x</a>")
        #expect(Self.sanitizer.sanitize("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">") == "")
    }

    @Test func unknownElementsAreUnwrappedAndTextEscaped() {
        #expect(Self.sanitizer.sanitize("<custom-tag><font color=red>Hi</font> &amp; &lt;bye&gt;</custom-tag>") == "Hi &amp; &lt;bye&gt;")
        #expect(Self.sanitizer.sanitize("<p>a\n<script>\nx\n</script>\nb</p>") == "<p>a\n\n\n\nb</p>")
    }

    @Test func preKeepsALeadingNewline() {
        // A browser shows "\nindented" for both; libxml2 keeps the first newline, the sanitiser drops it.
        #expect(Self.sanitizer.sanitize("<pre>\n\nindented</pre>") == "<pre>\n\nindented</pre>")
        #expect(Self.sanitizer.sanitize("<pre>\nx</pre>") == "<pre>x</pre>")
        #expect(Self.sanitizer.sanitize("<pre>\n\n\nx</pre>") == "<pre>\n\n\nx</pre>")
    }

    @Test func withoutABaseRelativeURLsStayRelative() {
        #expect(HTMLSanitizer().sanitize("<a href=\"/x\">x</a>") == "<a href=\"/x\" rel=\"nofollow noopener\">x</a>")
        #expect(HTMLSanitizer(baseURL: "javascript:alert(1)").sanitize("<a href=\"x\">x</a>") == "<a href=\"x\" rel=\"nofollow noopener\">x</a>")
    }
}
