import Foundation
import SitegenCore
import SitegenXML

/// Builds `CSLStyle` from CSL XML; every malformed element gives a diagnostic naming it and its line.
enum CSLStyleParser {
    /// Collects diagnostics while parsing.
    final class DiagnosticSink {
        var diagnostics: [Diagnostic] = []
        let path: String
        init(path: String) { self.path = path }

        func report(_ message: String, line: Int, hint: String? = nil) {
            diagnostics.append(.error(message, at: SourceLocation(file: path, line: line, column: line > 0 ? 1 : 0), rule: "csl-style", hint: hint))
        }
    }

    static func parse(_ xml: String, path: String) -> (style: CSLStyle?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink(path: path)
        let document: XMLDocument
        do {
            document = try XMLTreeParser.parseXML(Data(xml.utf8), url: path)
        } catch {
            sink.report("cannot read CSL style: \(error)", line: 0, hint: "a CSL style is an XML file with a <style> root")
            return (nil, sink.diagnostics)
        }
        if !document.wellFormed, let issue = document.issues.first {
            sink.report("CSL style is not well-formed XML: \(issue.message)", line: issue.line)
        }
        let root = document.root
        guard root.name == "style" else {
            sink.report("expected <style> as the root element, found <\(root.name)>", line: root.line)
            return (nil, sink.diagnostics)
        }
        var macros: [String: [CSLNode]] = [:]
        var localeOverrides: [(String?, XMLElement)] = []
        var citation: CSLLayout?
        var bibliography: CSLLayout?
        var title = ""
        for child in root.elements {
            switch child.name {
            case "info": title = child.element(named: "title")?.text ?? ""
            case "locale": localeOverrides.append((child.attribute("lang"), child))
            case "macro":
                guard let name = child.attribute("name") else {
                    sink.report("<macro> without a 'name' attribute", line: child.line)
                    continue
                }
                macros[name] = nodes(child.elements, sink: sink)
            case "citation": citation = layout(child, sink: sink)
            case "bibliography": bibliography = layout(child, sink: sink)
            default: sink.report("unknown element <\(child.name)> in <style>", line: child.line)
            }
        }
        guard let citation else {
            sink.report("the style has no <citation> element", line: root.line, hint: "every CSL style needs <citation><layout>…</layout></citation>")
            return (nil, sink.diagnostics)
        }
        checkMacros(citation.children + (bibliography?.children ?? []) + macros.values.flatMap { $0 }, macros, sink, root.line)
        localeOverrides.sort { ($0.0 == nil ? 0 : 1) < ($1.0 == nil ? 0 : 1) }
        var options: [String: String] = [:]
        for a in root.attributes { options[a.name] = a.value }
        var style = CSLStyle(
            title: title, citationClass: root.attribute("class") ?? "in-text", options: options, macros: macros,
            citation: citation, bibliography: bibliography, localeOverrides: localeOverrides,
            defaultLocale: root.attribute("default-locale"))
        style.usesCitationNumber = usesVariable("citation-number", citation.children, macros, depth: 0)
        style.rendersYearSuffix = usesVariable("year-suffix", citation.children + (bibliography?.children ?? []) + macros.values.flatMap { $0 }, macros, depth: 0)
        return (style, sink.diagnostics)
    }

    private static func usesVariable(_ v: String, _ nodes: [CSLNode], _ macros: [String: [CSLNode]], depth: Int) -> Bool {
        guard depth < 20 else { return false }
        for n in nodes {
            switch n {
            case .text(.variable(let name, _), _): if name == v { return true }
            case .text(.macro(let m), _): if usesVariable(v, macros[m] ?? [], macros, depth: depth + 1) { return true }
            case .group(_, let c): if usesVariable(v, c, macros, depth: depth) { return true }
            case .choose(let branches): if branches.contains(where: { usesVariable(v, $0.children, macros, depth: depth) }) { return true }
            default: continue
            }
        }
        return false
    }

    private static func checkMacros(_ nodes: [CSLNode], _ macros: [String: [CSLNode]], _ sink: DiagnosticSink, _ line: Int) {
        var missing = Set<String>()
        func walk(_ ns: [CSLNode]) {
            for n in ns {
                switch n {
                case .text(.macro(let m), _): if macros[m] == nil { missing.insert(m) }
                case .group(_, let c): walk(c)
                case .choose(let b): b.forEach { walk($0.children) }
                case .names(let names): walk(names.substitute ?? [])
                default: continue
                }
            }
        }
        walk(nodes)
        for m in missing.sorted() {
            let suggestion = Suggestion.nearest(to: m, in: macros.keys).map { "did you mean '\($0)'?" }
            sink.report("<text macro=\"\(m)\"> names an undefined macro", line: line, hint: suggestion)
        }
    }

    private static func layout(_ e: XMLElement, sink: DiagnosticSink) -> CSLLayout {
        var attrs: [String: String] = [:]
        for a in e.attributes { attrs[a.name] = a.value }
        var keys: [CSLSortKey] = []
        if let sort = e.element(named: "sort") {
            for k in sort.elements(named: "key") {
                let source: CSLSortKey.Source
                if let v = k.attribute("variable") { source = .variable(v) } else if let m = k.attribute("macro") { source = .macro(m) } else {
                    sink.report("<key> needs a 'variable' or 'macro' attribute", line: k.line)
                    continue
                }
                keys.append(CSLSortKey(
                    source: source, ascending: k.attribute("sort") != "descending",
                    namesMin: k.attribute("names-min").flatMap { Int($0) }, namesUseFirst: k.attribute("names-use-first").flatMap { Int($0) },
                    namesUseLast: k.attribute("names-use-last").map { $0 == "true" }))
            }
        }
        guard let layoutElement = e.element(named: "layout") else {
            sink.report("<\(e.name)> has no <layout>", line: e.line)
            return CSLLayout(attributes: attrs, sort: keys, children: [], formatting: .none)
        }
        return CSLLayout(attributes: attrs, sort: keys, children: nodes(layoutElement.elements, sink: sink), formatting: CSLFormatting(layoutElement))
    }

    static func nodes(_ elements: [XMLElement], sink: DiagnosticSink?) -> [CSLNode] {
        elements.compactMap { node($0, sink: sink) }
    }

    private static func node(_ e: XMLElement, sink: DiagnosticSink?) -> CSLNode? {
        let f = CSLFormatting(e)
        switch e.name {
        case "text":
            if let v = e.attribute("variable") { return .text(.variable(v, form: e.attribute("form") ?? "long"), f) }
            if let m = e.attribute("macro") { return .text(.macro(m), f) }
            if let t = e.attribute("term") {
                return .text(.term(t, form: e.attribute("form") ?? "long", plural: e.attribute("plural") == "true"), f)
            }
            if let v = e.attribute("value") { return .text(.value(v), f) }
            sink?.report("<text> needs one of 'variable', 'macro', 'term' or 'value'", line: e.line)
            return nil
        case "number":
            guard let v = e.attribute("variable") else {
                sink?.report("<number> needs a 'variable' attribute", line: e.line)
                return nil
            }
            return .number(variable: v, form: e.attribute("form") ?? "numeric", f)
        case "label":
            return .label(label(e))
        case "names":
            return names(e, sink: sink).map { .names($0) }
        case "date":
            return .date(dateNode(e, sink: sink))
        case "group":
            return .group(f, nodes(e.elements, sink: sink))
        case "choose":
            return .choose(branches(e, sink: sink))
        default:
            sink?.report("unknown rendering element <\(e.name)>", line: e.line, hint: "CSL 1.0.2 allows text, number, label, names, date, group and choose here")
            return nil
        }
    }

    private static func label(_ e: XMLElement) -> CSLLabel {
        CSLLabel(variable: e.attribute("variable") ?? "", form: e.attribute("form") ?? "long",
                 plural: e.attribute("plural") ?? "contextual", formatting: CSLFormatting(e))
    }

    private static func names(_ e: XMLElement, sink: DiagnosticSink?) -> CSLNames? {
        let vars = (e.attribute("variable") ?? "").split(separator: " ").map(String.init)
        var n = CSLNames(variables: vars, nameAttributes: [:], nameFormatting: .none, hasName: false, givenFormatting: nil,
                         familyFormatting: nil, etAlTerm: "et-al", etAlFormatting: .none, label: nil, labelBeforeName: false,
                         substitute: nil, formatting: CSLFormatting(e), line: e.line)
        var seenName = false
        for child in e.elements {
            switch child.name {
            case "name":
                seenName = true
                n.hasName = true
                for a in child.attributes { n.nameAttributes[a.name] = a.value }
                n.nameFormatting = CSLFormatting(child)
                for part in child.elements(named: "name-part") {
                    if part.attribute("name") == "given" { n.givenFormatting = CSLFormatting(part) }
                    if part.attribute("name") == "family" { n.familyFormatting = CSLFormatting(part) }
                }
            case "et-al":
                n.etAlTerm = child.attribute("term") ?? "et-al"
                n.etAlFormatting = CSLFormatting(child)
            case "label":
                n.label = label(child)
                n.labelBeforeName = !seenName
            case "substitute":
                n.substitute = nodes(child.elements, sink: sink)
            default:
                sink?.report("unknown element <\(child.name)> in <names>", line: child.line)
            }
        }
        if vars.isEmpty && n.substitute == nil && e.elements.isEmpty {
            sink?.report("<names> needs a 'variable' attribute", line: e.line)
        }
        return n
    }

    static func dateNode(_ e: XMLElement, sink: DiagnosticSink?) -> CSLDateNode {
        let parts = e.elements(named: "date-part").map {
            CSLDateNode.Part(name: $0.attribute("name") ?? "", form: $0.attribute("form"),
                             rangeDelimiter: $0.attribute("range-delimiter"), formatting: CSLFormatting($0))
        }
        return CSLDateNode(variable: e.attribute("variable") ?? "", form: e.attribute("form"),
                           dateParts: e.attribute("date-parts") ?? "year-month-day", parts: parts, formatting: CSLFormatting(e))
    }

    private static func branches(_ e: XMLElement, sink: DiagnosticSink?) -> [CSLBranch] {
        e.elements.compactMap { b in
            guard ["if", "else-if", "else"].contains(b.name) else {
                sink?.report("unknown element <\(b.name)> in <choose>", line: b.line)
                return nil
            }
            var tests: [(String, [String])] = []
            if b.name != "else" {
                for a in b.attributes where a.name != "match" {
                    tests.append((a.name, a.value.split(separator: " ").map(String.init)))
                }
                if tests.isEmpty { sink?.report("<\(b.name)> has no condition", line: b.line) }
            }
            return CSLBranch(match: b.attribute("match") ?? "all", tests: tests, children: nodes(b.elements, sink: sink))
        }
    }
}
