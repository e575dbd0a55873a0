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
    public static let maxInputBytes = XMLLimits.standard.maxInputBytes

    /// Parses XML, recovering from errors where libxml2 can; `wellFormed` tells whether recovery was needed.
    ///
    /// Before libxml2 sees the bytes: UTF-16 and UTF-32 (with or without a byte order mark) are transcoded to
    /// UTF-8; one linear scan checks `limits` (a document past them is refused) and adds up what internally
    /// declared entities would expand to — past `limits.entityBudget`, the declarations are left out and their
    /// references kept as literal text, and the document is marked not well-formed with an issue saying so.
    ///
    /// - Parameters:
    ///   - data: the raw bytes; the encoding comes from the BOM or the XML declaration unless `encoding` is given.
    ///   - url: the document's path or URL, used in messages only (nothing is fetched).
    ///   - encoding: an overriding encoding, e.g. the charset of an HTTP `Content-Type`.
    ///   - limits: the structural limits.
    /// - Throws: `XMLLimitError` for a document past `limits`; `SitegenError` when nothing could be recovered
    ///   (empty input, not XML at all, too large).
    public static func parseXML(
        _ data: Data, url: String = "", encoding: String? = nil, limits: XMLLimits = .standard
    ) throws -> XMLDocument {
        Self.initializeOnce()
        guard data.count <= limits.maxInputBytes else {
            throw SitegenError("document is \(data.count) bytes, more than the limit of \(limits.maxInputBytes)")
        }
        guard !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw SitegenError("document is empty")
        }
        var bytes = [UInt8](data)
        var encoding = encoding
        var preparationIssues: [XMLDocument.Issue] = []
        if let transcoded = UnicodeTranscoder.utf8(fromWide: bytes) {
            bytes = EncodingLabel.relabelled(transcoded)
            encoding = "UTF-8"
        } else if let transcoded = EncodingLabel.fromEBCDIC(bytes) {
            bytes = transcoded
            encoding = "UTF-8"
        } else if let label = encoding ?? Self.declaredEncoding(bytes), !Windows1252.labels.contains(label.lowercased()),
            let transcoded = EncodingLabel.transcoded(bytes, label: label) {
            bytes = transcoded
            encoding = "UTF-8"
        }
        // Encoding labels: what browsers mean by Latin-1 (windows-1252, whose punctuation fills 0x80–0x9F), and
        // code page numbers given bare (`encoding="437"`), which iconv knows as `CP437`.
        let label = (encoding ?? Self.declaredEncoding(bytes))?.lowercased()
        if let label, Windows1252.labels.contains(label), bytes.contains(where: { $0 >= 0x80 && $0 <= 0x9F }) {
            bytes = [UInt8](Windows1252.utf8(Data(bytes)))
            encoding = "UTF-8"
        } else if let label, !label.isEmpty, label.allSatisfy(\.isNumber) {
            encoding = "CP" + label
        }
        // ISO-2022 encodings switch character sets with ESC; every other encoding libxml2 reads, but UTF-16/32
        // (transcoded above), is ASCII-compatible below 0x20.
        let declared = (encoding ?? String(decoding: bytes.prefix(100), as: UTF8.self)).lowercased()
        if let (filtered, issues) = ControlCharacterFilter.filter(bytes, keepEscape: declared.contains("2022")) {
            bytes = filtered
            preparationIssues += issues
        }
        let report = XMLStructureScanner(limits: limits).scan(bytes)
        if let violation = report.violation { throw violation }
        let budget = limits.entityBudget(inputBytes: bytes.count)
        if report.entityExpansion > budget {
            bytes = EntityNeutralizer(entities: report.declaredEntities, declarations: report.declarationRanges).apply(bytes)
            let size = report.entityExpansion >= Int.max / 4 ? "an unbounded amount (recursive entities)" : "\(report.entityExpansion) bytes"
            preparationIssues.append(.init(line: report.firstDeclarationLine, column: 1, message:
                "entity expansion limit exceeded: the declared entities would expand to \(size), more than the "
                    + "limit of \(budget) (the document's size + \(limits.entityExpansionAllowance) bytes); "
                    + "they were not expanded"))
        }
        return try parsePrepared(bytes, url: url, encoding: encoding, issues: preparationIssues)
    }

    private static func parsePrepared(
        _ bytes: [UInt8], url: String, encoding: String?, issues preparationIssues: [XMLDocument.Issue]
    ) throws -> XMLDocument {
        let collector = IssueCollector()
        guard let context = xmlNewParserCtxt() else { throw SitegenError("libxml2 could not allocate a parser") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_BIG_LINES.rawValue
                | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let document = collector.capture {
            bytes.withUnsafeBufferPointer { raw -> xmlDocPtr? in
                raw.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) {
                    xmlCtxtReadMemory(context, $0, Int32(raw.count), url, encoding, options)
                }
            }
        }
        guard let document else {
            throw SitegenError(collector.issues.first.map { "not XML: line \($0.line): \($0.message)" } ?? "not XML")
        }
        defer { xmlFreeDoc(document) }
        guard let rootNode = xmlDocGetRootElement(document) else {
            throw SitegenError(collector.issues.first.map { "no root element: line \($0.line): \($0.message)" } ?? "no root element")
        }
        var converter = TreeConverter(budget: max(4 * bytes.count, 1 << 20), lowercaseNames: false)
        let root = converter.element(rootNode)
        var issues = preparationIssues + collector.issues
        if converter.budgetExceeded {
            issues.append(.init(line: 0, column: 0, message: "entity expansion limit exceeded; expansion stopped"))
        }
        let wellFormed = context.pointee.wellFormed != 0 && context.pointee.nsWellFormed != 0 && !converter.budgetExceeded && collector.fatalCount == 0
            && preparationIssues.isEmpty
        let usedEncoding = document.pointee.encoding.map { String(cString: $0) }
        return XMLDocument(root: root, wellFormed: wellFormed, issues: issues, encoding: usedEncoding)
    }

    /// Parses an HTML document or fragment with libxml2's forgiving HTML parser and returns the `<body>`
    /// element (or the root when there is none). Element and attribute names are lowercase. The source is first
    /// prepared by `HTMLSourcePreparer`: void elements are closed as a browser closes them, and attributes and
    /// elements past `XMLLimits.standard` are left out or kept as text.
    public static func parseHTML(_ html: String, url: String = "") -> XMLElement {
        Self.initializeOnce()
        let collector = IssueCollector()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue)
        // A leading wrapper keeps libxml2 from moving leading text out of the body.
        let prepared = HTMLSourcePreparer(limits: .standard).prepare(html)
        let wrapped = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + prepared + "</body></html>"
        let bytes = Array(wrapped.utf8)
        guard bytes.count <= XMLLimits.standard.maxInputBytes else { return XMLElement(name: "body") }
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

    /// The `encoding` of the XML declaration at the start of `bytes`, if any.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// The UTF-8 bytes of `data` when it is UTF-16 or UTF-32 (with or without a byte order mark) or EBCDIC, else nil.
    public static func transcodedFromWideUnicode(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        return (UnicodeTranscoder.utf8(fromWide: bytes) ?? EncodingLabel.fromEBCDIC(bytes)).map { Data($0) }
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
