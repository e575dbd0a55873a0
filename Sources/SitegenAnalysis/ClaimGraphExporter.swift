/// Exports claim graphs as Mermaid flowcharts and Graphviz DOT, with labels escaped for each syntax.
public enum ClaimGraphExporter {
    /// A Mermaid `flowchart LR`; labels use Mermaid's `#code;` entities for quotes, `#`, `<`, `>`, `&`, `|`.
    public static func mermaid(_ graph: ClaimGraph) -> String {
        var out = "flowchart LR\n"
        for node in graph.nodes { out += "  \(node.id)[\"\(mermaidEscape(node.label))\"]\n" }
        for edge in graph.edges {
            out += edge.count > 1 ? "  \(edge.from) -->|\(edge.count)| \(edge.to)\n" : "  \(edge.from) --> \(edge.to)\n"
        }
        return out
    }

    /// A Graphviz digraph; labels are quoted with backslashes and quotes escaped; repeated edges are thicker.
    public static func dot(_ graph: ClaimGraph, name: String = "claims") -> String {
        var out = "digraph \"\(dotEscape(name))\" {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n"
        for node in graph.nodes { out += "  \(node.id) [label=\"\(dotEscape(node.label))\"];\n" }
        for edge in graph.edges {
            let width = 1 + Double(edge.count - 1) * 0.75
            out += "  \(edge.from) -> \(edge.to) [label=\"\(edge.count)\", penwidth=\(Rounding.format(width))];\n"
        }
        return out + "}\n"
    }

    static func mermaidEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "|": out += "#124;"
            case "`": out += "#96;"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func dotEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
