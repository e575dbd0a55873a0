import Foundation
import Testing
@testable import SitegenXML

/// The structural limits and the entity budget, checked before libxml2 parses (each case once took minutes
/// or gigabytes).
@Suite(.timeLimit(.minutes(1))) struct XMLLimitsTests {
    /// A 50 KB entity referenced 100,000 times: 5 GB if expanded.
    static func entityBomb(inAttribute: Bool) -> Data {
        let value = String(repeating: "B", count: 50_000)
        let references = String(repeating: "&a;", count: 100_000)
        let use = inAttribute ? "<category domain=\"\(references)\">c</category>" : "<description>\(references)</description>"
        return Data("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [
            <!ENTITY a "\(value)">
            ]>
            <rss version="2.0"><channel><title>T &amp; U</title><item><title>one</title>\(use)</item></channel></rss>
            """.utf8)
    }

    @Test(arguments: [true, false]) func entityExpansionIsBoundedInAttributesAndText(inAttribute: Bool) throws {
        let data = Self.entityBomb(inAttribute: inAttribute)
        let doc = try XMLTreeParser.parseXML(data)
        #expect(!doc.wellFormed)
        let issue = try #require(doc.issues.first)
        #expect(issue.message.hasPrefix("entity expansion limit exceeded"))
        #expect(issue.line == 3)
        let item = try #require(doc.root.element(named: "channel")?.element(named: "item"))
        let kept = inAttribute ? item.element(named: "category")?.attribute("domain") : item.element(named: "description")?.text
        // Left as literal references: nothing expanded, nothing else lost.
        #expect(kept?.hasPrefix("&a;&a;") == true)
        #expect((kept?.count ?? 0) == 300_000)
        #expect(doc.root.element(named: "channel")?.element(named: "title")?.text == "T & U")
    }

    @Test func recursiveEntitiesCountAsUnbounded() throws {
        let xml = """
            <!DOCTYPE r [<!ENTITY a "&b;x"><!ENTITY b "&a;y">]>
            <r v="&a;">t</r>
            """
        let doc = try XMLTreeParser.parseXML(Data(xml.utf8))
        #expect(!doc.wellFormed)
        #expect(doc.issues.first?.message.contains("unbounded") == true)
    }

    @Test func entitiesWithinTheBudgetAreExpanded() throws {
        let xml = """
            <!DOCTYPE r [<!ENTITY who "Ada &amp; Grace"><!ENTITY both "&who;, &who;">]>
            <r by="&who;">&both;</r>
            """
        let doc = try XMLTreeParser.parseXML(Data(xml.utf8))
        #expect(doc.wellFormed)
        #expect(doc.issues.isEmpty)
        #expect(doc.root.attribute("by") == "Ada & Grace")
        #expect(doc.root.text == "Ada & Grace, Ada & Grace")
    }

    @Test func tooManyAttributesAreRefusedWithTheirPlace() throws {
        var attributes = ""
        for index in 0..<100_000 { attributes += " a\(index)=\"v\"" }
        let xml = "<rss>\n  <channel>\n    <item\(attributes)/></channel></rss>"
        let started = Date()
        let error = try #require(throws: XMLLimitError.self) { try XMLTreeParser.parseXML(Data(xml.utf8)) }
        #expect(error.line == 3)
        #expect(error.column == 5)
        #expect(error.message.contains("<item> has more than 256 attributes"))
        #expect(Date().timeIntervalSince(started) < 10)
        // At the limit is fine.
        var allowed = ""
        for index in 0..<256 { allowed += " a\(index)=\"v\"" }
        #expect(try XMLTreeParser.parseXML(Data("<r\(allowed)/>".utf8)).root.attributes.count == 256)
    }

    @Test func tooDeepIsRefused() throws {
        let deep = String(repeating: "<d>", count: 300) + String(repeating: "</d>", count: 300)
        let error = try #require(throws: XMLLimitError.self) { try XMLTreeParser.parseXML(Data(deep.utf8)) }
        #expect(error.message.contains("nested more than 256 deep"))
        let fine = String(repeating: "<d>", count: 200) + "x" + String(repeating: "</d>", count: 200)
        #expect(try XMLTreeParser.parseXML(Data(fine.utf8)).root.text == "x")
    }

    @Test func tooManyElementsAreRefused() throws {
        let xml = "<r>" + String(repeating: "<e/>", count: 20) + "</r>"
        let limits = XMLLimits(maxElements: 10)
        let error = try #require(throws: XMLLimitError.self) { try XMLTreeParser.parseXML(Data(xml.utf8), limits: limits) }
        #expect(error.message.contains("more than 10 elements"))
        #expect(try XMLTreeParser.parseXML(Data(xml.utf8)).root.elements.count == 20)
    }

    @Test func markupInCommentsCDATAAndAttributeValuesIsNotCounted() throws {
        let xml = "<r a=\"b>c\"><!-- <x><x><x> --><![CDATA[<y><y>]]></r>"
        let limits = XMLLimits(maxDepth: 1)
        #expect(try XMLTreeParser.parseXML(Data(xml.utf8), limits: limits).root.text == "<y><y>")
    }

    @Test func wideEncodingsAreReadWithOrWithoutByteOrderMark() throws {
        let xml = "<?xml version=\"1.0\"?><r>Grüße ☃ 𝄞</r>"
        let scalars = Array(xml.unicodeScalars)
        func utf16(_ bigEndian: Bool) -> [UInt8] {
            Array(xml.utf16).flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }
        func utf32(_ bigEndian: Bool) -> [UInt8] {
            scalars.flatMap { s -> [UInt8] in
                let v = s.value
                let be = [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
                return bigEndian ? be : be.reversed()
            }
        }
        let forms: [(String, [UInt8])] = [
            ("UTF-16BE", utf16(true)), ("UTF-16BE BOM", [0xFE, 0xFF] + utf16(true)),
            ("UTF-16LE", utf16(false)), ("UTF-16LE BOM", [0xFF, 0xFE] + utf16(false)),
            ("UTF-32BE", utf32(true)), ("UTF-32BE BOM", [0, 0, 0xFE, 0xFF] + utf32(true)),
            ("UTF-32LE", utf32(false)), ("UTF-32LE BOM", [0xFF, 0xFE, 0, 0] + utf32(false)),
        ]
        for (name, bytes) in forms {
            let doc = try XMLTreeParser.parseXML(Data(bytes))
            #expect(doc.root.text == "Grüße ☃ 𝄞", "\(name)")
            #expect(doc.wellFormed, "\(name)")
        }
    }
}

/// HTML is parsed the way browsers parse it: void elements never swallow what follows them.
@Suite(.timeLimit(.minutes(1))) struct HTMLParsingTests {
    static func html(_ element: XMLElement) -> String {
        element.children.map(render).joined()
    }

    static func render(_ node: XMLNode) -> String {
        switch node {
        case .text(let text): return text
        case .element(let e):
            return "<\(e.name)>" + e.children.map(render).joined() + "</\(e.name)>"
        }
    }

    @Test(arguments: ["wbr", "embed src=\"x.swf\"", "keygen name=k", "source src=a.mp4", "br/", "img src='a>b.png'", "param name=p"])
    func voidElementsKeepTheTextAfterThem(tag: String) {
        let body = XMLTreeParser.parseHTML("<p>very<\(tag)>long word</p><p>next</p>")
        let name = String(tag.prefix { $0.isLetter })
        #expect(Self.html(body) == "<p>very<\(name)></\(name)>long word</p><p>next</p>")
    }

    @Test func endTagsOfVoidElementsAreDroppedButBrIsABreak() {
        let body = XMLTreeParser.parseHTML("<p>a</wbr>b</br>c</p>")
        #expect(Self.html(body) == "<p>ab<br></br>c</p>")
    }

    @Test func rawTextIsNotRewritten() {
        let body = XMLTreeParser.parseHTML("<script>var s = '<wbr>';</script><p>x</p>")
        #expect(body.element(named: "script")?.text == "var s = '<wbr>';")
    }

    @Test func attributesPastTheLimitAreLeftOut() {
        var attributes = ""
        for index in 0..<100_000 { attributes += " a\(index)=\"v\"" }
        let started = Date()
        let body = XMLTreeParser.parseHTML("<p\(attributes)>kept</p>")
        #expect(body.element(named: "p")?.attributes.count == 256)
        #expect(body.text == "kept")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func deepNestingKeepsItsTextAndNeverOverflows() {
        // Far past libxml2's own nesting limit: no crash, whatever libxml2 keeps.
        _ = XMLTreeParser.parseHTML(String(repeating: "<div>", count: 50_000))
        let html = String(repeating: "<div>", count: 200) + "deep" + String(repeating: "</div>", count: 200) + "<p>after</p>"
        let body = XMLTreeParser.parseHTML(html)
        #expect(body.text.contains("deep"))
        #expect(body.text.contains("after"))
    }
}
