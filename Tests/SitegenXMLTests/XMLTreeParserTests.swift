import Foundation
import Testing
@testable import SitegenXML

@Suite struct XMLTreeParserTests {
    @Test func parsesNamespacesAttributesAndLines() throws {
        let xml = """
            <?xml version="1.0"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/">
              <title type="text">Hello &amp; welcome</title>
              <entry><id>1</id><content><![CDATA[<p>x</p>]]></content></entry>
            </feed>
            """
        let doc = try XMLTreeParser.parseXML(Data(xml.utf8))
        #expect(doc.wellFormed)
        #expect(doc.root.name == "feed")
        #expect(doc.root.namespace == "http://www.w3.org/2005/Atom")
        #expect(doc.root.attribute("base", namespace: "http://www.w3.org/XML/1998/namespace") == "https://example.org/")
        let title = try #require(doc.root.element(named: "title"))
        #expect(title.text == "Hello & welcome")
        #expect(title.line == 3)
        #expect(doc.root.element(named: "entry")?.element(named: "content")?.text == "<p>x</p>")
    }

    @Test func recoversFromIllFormedInputAndSaysSo() throws {
        let doc = try XMLTreeParser.parseXML(Data("<rss><channel><title>A &nbsp; B</title><item></channel></rss>".utf8))
        #expect(!doc.wellFormed)
        #expect(!doc.issues.isEmpty)
        #expect(doc.root.name == "rss")
    }

    @Test func refusesExternalEntitiesWithoutReadingThem() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <r>before &secret; after</r>
            """
        let doc = try XMLTreeParser.parseXML(Data(xml.utf8))
        #expect(!doc.root.text.contains("root:"))
        #expect(doc.root.text.contains("before"))
    }

    @Test func externalDTDIsNeverLoaded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd">
            <r>&ent;</r>
            """
        let doc = try XMLTreeParser.parseXML(Data(xml.utf8))
        #expect(doc.root.text.isEmpty)
    }

    @Test func billionLaughsIsCutOffNotExpanded() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for i in 2...9 {
            let prev = "&lol\(i - 1);"
            xml += "<!ENTITY lol\(i) \"\(String(repeating: prev, count: 10))\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>"
        let doc = try XMLTreeParser.parseXML(Data(xml.utf8))
        #expect(doc.root.text.count < 2_000_000)
        #expect(!doc.wellFormed)
    }

    @Test func quadraticBlowupIsBounded() throws {
        let big = String(repeating: "a", count: 50_000)
        let refs = String(repeating: "&a;", count: 20_000)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"\(big)\">]><r>\(refs)</r>"
        let doc = try XMLTreeParser.parseXML(Data(xml.utf8))
        #expect(doc.root.text.count <= 4 * xml.utf8.count + (1 << 20) + big.count)
    }

    @Test func emptyAndGarbageInputThrow() {
        #expect(throws: (any Error).self) { try XMLTreeParser.parseXML(Data()) }
        #expect(throws: (any Error).self) { try XMLTreeParser.parseXML(Data("   \n".utf8)) }
    }

    @Test func htmlParsesIntoLowercaseBody() {
        let body = XMLTreeParser.parseHTML("<P CLASS=x>Hi <b>there</P><script>alert(1)</script>")
        #expect(body.name == "body")
        #expect(body.elements.first?.name == "p")
        #expect(body.elements.first?.attribute("class") == "x")
        #expect(body.elements.contains { $0.name == "script" })
    }
}
