/// Path globs for `lint.ignore`: `*` and `?` stay within one path segment, `**` spans segments.
///
/// A pattern without `/` matches a file name at any depth (`*.draft.md`); a pattern naming a folder
/// (`Content/drafts` or `Content/drafts/`) matches everything below it.
public enum Glob {
    /// True when `path` (relative, `/`-separated) matches `pattern`.
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern
        let path = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        if !pattern.contains("/") {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return match(Array(pattern), Array(name)) || match(Array(pattern), Array(path))
        }
        if pattern.hasSuffix("/") { pattern += "**" }
        if match(Array(pattern), Array(path)) { return true }
        return !pattern.hasSuffix("**") && match(Array(pattern + "/**"), Array(path))
    }

    /// Iterative matcher with memoisation: O(pattern × path), so hostile patterns cannot blow up.
    private static func match(_ p: [Character], _ s: [Character]) -> Bool {
        var memo = [[Bool?]](repeating: [Bool?](repeating: nil, count: s.count + 1), count: p.count + 1)
        func go(_ i: Int, _ j: Int) -> Bool {
            if let known = memo[i][j] { return known }
            let result: Bool
            if i == p.count {
                result = j == s.count
            } else if p[i] == "*" && i + 1 < p.count && p[i + 1] == "*" {
                // `**/` also matches zero segments.
                var next = i + 2
                if next < p.count && p[next] == "/" { next += 1 }
                result = go(next, j) || (j < s.count && go(i, j + 1))
            } else if p[i] == "*" {
                result = go(i + 1, j) || (j < s.count && s[j] != "/" && go(i, j + 1))
            } else if j < s.count && (p[i] == "?" ? s[j] != "/" : p[i] == s[j]) {
                result = go(i + 1, j + 1)
            } else {
                result = false
            }
            memo[i][j] = result
            return result
        }
        return go(0, 0)
    }
}
