import Foundation
import SitegenCore

/// Draws a claim graph as SVG: a layered left-to-right layout (longest path from the causes) when the graph has
/// no cycle, a circle otherwise; edge width grows with how often the edge is stated.
enum ClaimGraphSVG {
    static let nodeWidth = 180
    static let nodeHeight = 34
    static let columnGap = 70
    static let rowGap = 14

    /// The arrowhead marker the edges use; a page with several graphs defines it once.
    static let markerDefinition = "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" "
        + "markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>"

    /// The SVG of at most `maxNodes` nodes (the most mentioned); `definesMarker` false when the page already
    /// holds `markerDefinition`.
    static func svg(_ graph: ClaimGraph, maxNodes: Int = 40, definesMarker: Bool = true) -> String {
        let kept = Set(graph.nodes.sorted { $0.count != $1.count ? $0.count > $1.count : nodeIndex($0.id) < nodeIndex($1.id) }
            .prefix(maxNodes).map(\.id))
        let nodes = graph.nodes.filter { kept.contains($0.id) }
        let edges = graph.edges.filter { kept.contains($0.from) && kept.contains($0.to) }
        let positions = layers(nodes, edges).map(layeredPositions) ?? circularPositions(nodes)
        let width = (positions.values.map(\.x).max() ?? 0) + nodeWidth + 20
        let height = (positions.values.map(\.y).max() ?? 0) + nodeHeight + 20
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"claims\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"claim graph\">\n"
            + (definesMarker ? markerDefinition + "\n" : "")
        for edge in edges {
            guard let a = positions[edge.from], let b = positions[edge.to] else { continue }
            out += edgePath(a, b, count: edge.count)
        }
        for node in nodes {
            guard let p = positions[node.id] else { continue }
            let label = node.label.count > 26 ? String(node.label.prefix(25)) + "…" : node.label
            out += "<g><title>\(HTML.escape(node.label)) (\(node.count)×)</title>"
                + "<rect x=\"\(p.x)\" y=\"\(p.y)\" width=\"\(nodeWidth)\" height=\"\(nodeHeight)\" rx=\"6\"/>"
                + "<text x=\"\(p.x + nodeWidth / 2)\" y=\"\(p.y + nodeHeight / 2 + 4)\" text-anchor=\"middle\">\(HTML.escape(label))</text></g>\n"
        }
        return out + "</svg>"
    }

    private static func edgePath(_ a: (x: Int, y: Int), _ b: (x: Int, y: Int), count: Int) -> String {
        let forward = b.x > a.x
        let x1 = forward ? a.x + nodeWidth : a.x + nodeWidth / 2, y1 = forward ? a.y + nodeHeight / 2 : a.y + nodeHeight
        let x2 = forward ? b.x : b.x + nodeWidth / 2, y2 = forward ? b.y + nodeHeight / 2 : b.y
        let width = 1 + log2(Double(max(1, count))) * 1.5
        let bend = forward ? "" : " Q\(max(x1, x2) + 60),\((y1 + y2) / 2)"
        return "<path d=\"M\(x1),\(y1)\(bend) \(bend.isEmpty ? "L" : "")\(x2),\(y2)\" stroke-width=\"\(Rounding.format(width))\" "
            + "marker-end=\"url(#arrow)\"><title>\(count)×</title></path>\n"
    }

    /// Layer per node by longest path from a source, or nil when the graph has a cycle.
    static func layers(_ nodes: [ClaimNode], _ edges: [ClaimEdge]) -> [(id: String, layer: Int, row: Int)]? {
        var incoming: [String: Int] = [:], outgoing: [String: [String]] = [:]
        for edge in edges {
            incoming[edge.to, default: 0] += 1
            outgoing[edge.from, default: []].append(edge.to)
        }
        var layer: [String: Int] = [:]
        var ready = nodes.map(\.id).filter { (incoming[$0] ?? 0) == 0 }
        var processed = 0
        while !ready.isEmpty {
            let id = ready.removeFirst()
            processed += 1
            for next in outgoing[id] ?? [] {
                layer[next] = max(layer[next] ?? 0, (layer[id] ?? 0) + 1)
                incoming[next, default: 0] -= 1
                if incoming[next] == 0 { ready.append(next) }
            }
        }
        guard processed == nodes.count else { return nil }
        var rows: [Int: Int] = [:]
        return nodes.map { node in
            let l = layer[node.id] ?? 0
            let row = rows[l, default: 0]
            rows[l] = row + 1
            return (node.id, l, row)
        }
    }

    private static func layeredPositions(_ placed: [(id: String, layer: Int, row: Int)]) -> [String: (x: Int, y: Int)] {
        var result: [String: (x: Int, y: Int)] = [:]
        for p in placed {
            result[p.id] = (10 + p.layer * (nodeWidth + columnGap), 10 + p.row * (nodeHeight + rowGap))
        }
        return result
    }

    private static func circularPositions(_ nodes: [ClaimNode]) -> [String: (x: Int, y: Int)] {
        let radius = max(120.0, Double(nodes.count) * 28)
        var result: [String: (x: Int, y: Int)] = [:]
        for (i, node) in nodes.enumerated() {
            let angle = 2 * Double.pi * Double(i) / Double(max(1, nodes.count)) - Double.pi / 2
            result[node.id] = (Int(radius + radius * cos(angle)) + 10, Int(radius + radius * sin(angle)) + 10)
        }
        return result
    }

    private static func nodeIndex(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }
}
