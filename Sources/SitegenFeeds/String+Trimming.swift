extension String {
    /// The string without leading and trailing ASCII whitespace, computed on the scalars without bridging to
    /// NSString (which is slow for the large HTML strings feeds carry).
    var trimmingASCIIWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isASCIIWhitespace($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !Self.isASCIIWhitespace($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// How many line feeds the leading whitespace holds.
    var leadingNewlineCount: Int {
        var count = 0
        for scalar in unicodeScalars {
            guard Self.isASCIIWhitespace(scalar) else { break }
            if scalar == "\n" { count += 1 }
        }
        return count
    }

    static func isASCIIWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
    }
}
