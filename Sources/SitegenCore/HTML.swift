/// HTML escaping, in one place for every stage that writes markup.
public enum HTML {
    /// Escapes text for element content: `&`, `<`, `>`.
    public static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Escapes text for a double-quoted attribute value.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text)
    }
}
