import SitegenCore

/// Draws a section-similarity matrix as an SVG heatmap: white (0) to dark red (1), rewrite clusters outlined,
/// one tooltip per cell.
enum SimilarityHeatmap {
    static func svg(_ matrix: SimilarityMatrix) -> String {
        let n = matrix.sections.count
        let cell = n > 30 ? 12 : 22
        let margin = 28
        let size = margin + n * cell + 4
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" width=\"\(size)\" height=\"\(size)\" "
            + "viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\"section similarity\">\n"
        for i in 0..<n {
            let offset = margin + i * cell + cell / 2
            out += "<text x=\"\(margin - 4)\" y=\"\(offset + 4)\" text-anchor=\"end\">\(i + 1)</text>"
            out += "<text x=\"\(offset)\" y=\"\(margin - 8)\" text-anchor=\"middle\">\(i + 1)</text>\n"
        }
        for (i, row) in matrix.values.enumerated() {
            for (j, value) in row.enumerated() {
                let a = matrix.sections[i], b = matrix.sections[j]
                let sameCluster = i != j && a.clusterID != nil && a.clusterID == b.clusterID
                let tip = "\(i + 1). \(a.heading) × \(j + 1). \(b.heading): \(Rounding.format(value))"
                out += "<rect x=\"\(margin + j * cell)\" y=\"\(margin + i * cell)\" width=\"\(cell)\" height=\"\(cell)\" "
                    + "fill=\"\(color(value))\"\(sameCluster ? " stroke=\"#1f4e99\" stroke-width=\"1.5\"" : "")>"
                    + "<title>\(HTML.escape(tip))</title></rect>"
            }
            out += "\n"
        }
        return out + "</svg>"
    }

    /// White to dark red.
    static func color(_ value: Double) -> String {
        let v = max(0, min(1, value))
        let r = Int(255 - v * 75), g = Int(255 - v * 230), b = Int(255 - v * 220)
        return "rgb(\(r),\(g),\(b))"
    }
}
