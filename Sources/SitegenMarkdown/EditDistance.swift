/// Optimal-string-alignment distance (Levenshtein plus swapping two neighbouring characters as one edit), for
/// telling a typo of a known key (`tgas`, `dtae`) from a key of the author's own.
enum EditDistance {
    /// True when `a` and `b` are at most `limit` edits apart.
    static func within(_ a: String, _ b: String, limit: Int) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard abs(x.count - y.count) <= limit else { return false }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) <= limit }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { value = min(value, table[i - 2][j - 2] + 1) }
                table[i][j] = value
            }
        }
        return table[x.count][y.count] <= limit
    }
}
