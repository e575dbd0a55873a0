/// Makes URL- and id-safe slugs, unique within one document or site, the way GitHub and Hugo do:
/// lowercase, letters and digits kept (including non-ASCII letters), runs of anything else become one `-`.
public struct Slugger: Sendable {
    private var used: [String: Int] = [:]

    /// Creates a slugger with no slugs used yet.
    public init() {}

    /// The slug of `text` without uniqueness.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// The slug of a tag: like `slug`, but `+` and `#` after a letter, digit, `+` or `#` are spelt out, so tags
    /// that differ only in them keep distinct pages: `C++` → `c-plus-plus`, `C#` → `c-sharp`, `C` → `c`.
    public static func tagSlug(_ tag: String) -> String {
        var spelt = ""
        var previous: Character?
        for char in tag {
            if (char == "+" || char == "#"), let p = previous, p.isLetter || p.isNumber || p == "+" || p == "#" {
                spelt += char == "+" ? " plus " : " sharp "
            } else {
                spelt.append(char)
            }
            previous = char
        }
        return slug(spelt)
    }

    /// A slug of `text` not returned before by this slugger: `x`, `x-1`, `x-2`, …
    /// Falls back to `fallback` when the text has no letters or digits.
    public mutating func unique(_ text: String, fallback: String = "section") -> String {
        var base = Slugger.slug(text)
        if base.isEmpty { base = fallback }
        return reserve(base)
    }

    /// Marks `id` as used (for explicit `{#id}`s) and returns it, made unique if it was taken.
    public mutating func reserve(_ id: String) -> String {
        guard let count = used[id] else {
            used[id] = 0
            return id
        }
        var n = count + 1
        while used["\(id)-\(n)"] != nil { n += 1 }
        used[id] = n
        used["\(id)-\(n)"] = 0
        return "\(id)-\(n)"
    }
}
