import CLibXML2
import Foundation
import SitegenCore

/// The one place libxml2 is called: parses untrusted XML and HTML into `XMLDocument` trees.
///
/// Safety: the network is off (`XML_PARSE_NONET`), external entities and DTDs are never loaded (no `NOENT`,
/// no `DTDLOAD`, and a process-wide entity loader that refuses everything), libxml2's default size limits stay
/// on (no `XML_PARSE_HUGE`), and internal entity expansion is capped by a character budget while the tree is
/// converted, so a billion-laughs document cannot grow memory.
public enum XMLTreeParser {
    /// The largest input accepted, in bytes.
    public static let maxInputBytes = 64 << 20

    /// Parses XML, recovering from errors where libxml2 can; `wellFormed` tells whether recovery was needed.
    ///
    /// - Parameters:
    ///   - data: the raw bytes; the encoding comes from the BOM or the XML declaration unless `encoding` is given.
    ///   - url: the document's path or URL, used in messages only (nothing is fetched).
    ///   - encoding: an overriding encoding, e.g. the charset of an HTTP `Content-Type`.
    /// - Throws: `SitegenError` when nothing could be recovered (empty input, not XML at all, too large).
    public static func parseXML(_ data: Data, url: String = "", encoding: String? = nil) throws -> XMLDocument {
        Self.initializeOnce()
        guard data.count <= maxInputBytes else {
            throw SitegenError("document is \(data.count) bytes, more than the limit of \(maxInputBytes)")
        }
        guard !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw SitegenError("document is empty")
        }
        let collector = IssueCollector()
        guard let context = xmlNewParserCtxt() else { throw SitegenError("libxml2 could not allocate a parser") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_BIG_LINES.rawValue
                | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let document = collector.capture {
            data.withUnsafeBytes { raw -> xmlDocPtr? in
                let base = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                return xmlCtxtReadMemory(context, base, Int32(raw.count), url, encoding, options)
            }
        }
        guard let document else {
            throw SitegenError(collector.issues.first.map { "not XML: line \($0.line): \($0.message)" } ?? "not XML")
        }
        defer { xmlFreeDoc(document) }
        guard let rootNode = xmlDocGetRootElement(document) else {
            throw SitegenError(collector.issues.first.map { "no root element: line \($0.line): \($0.message)" } ?? "no root element")
        }
        var converter = TreeConverter(budget: max(4 * data.count, 1 << 20), lowercaseNames: false)
        let root = converter.element(rootNode)
        var issues = collector.issues
        if converter.budgetExceeded {
            issues.append(.init(line: 0, column: 0, message: "entity expansion limit exceeded; expansion stopped"))
        }
        let wellFormed = context.pointee.wellFormed != 0 && !converter.budgetExceeded && collector.fatalCount == 0
        let usedEncoding = document.pointee.encoding.map { String(cString: $0) }
        return XMLDocument(root: root, wellFormed: wellFormed, issues: issues, encoding: usedEncoding)
    }

    /// Parses an HTML document or fragment with libxml2's forgiving HTML parser and returns the `<body>`
    /// element (or the root when there is none). Element and attribute names are lowercase.
    public static func parseHTML(_ html: String, url: String = "") -> XMLElement {
        Self.initializeOnce()
        let collector = IssueCollector()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue)
        // A leading wrapper keeps libxml2 from moving leading text out of the body.
        let wrapped = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>"
        let bytes = Array(wrapped.utf8)
        guard bytes.count <= maxInputBytes else { return XMLElement(name: "body") }
        let document = collector.capture {
            bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), url, "UTF-8", options)
                }
            }
        }
        guard let document, let rootNode = xmlDocGetRootElement(document) else { return XMLElement(name: "body") }
        defer { xmlFreeDoc(document) }
        var converter = TreeConverter(budget: max(4 * bytes.count, 1 << 20), lowercaseNames: true)
        let root = converter.element(rootNode)
        return root.element(named: "body") ?? root
    }

    private static let initialized: Bool = {
        xmlInitParser()
        // Refuse every external entity, external DTD and XInclude, whatever the options say.
        xmlSetExternalEntityLoader { _, _, _ in nil }
        return true
    }()

    private static func initializeOnce() {
        _ = initialized
    }
}

/// Collects libxml2's structured errors for one parse on this thread.
private final class IssueCollector {
    var issues: [XMLDocument.Issue] = []
    var fatalCount = 0

    func capture<T>(_ body: () -> T) -> T {
        let box = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(box) { userData, error in
            guard let userData, let error else { return }
            let collector = Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            if error.pointee.level == XML_ERR_FATAL { collector.fatalCount += 1 }
            if collector.issues.count < 100 {
                collector.issues.append(.init(
                    line: Int(error.pointee.line), column: Int(error.pointee.int2),
                    message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(self) { body() }
    }
}
