import SitegenCore

extension AttributeParser {
    /// The diagnostic for text that opens an attribute block but does not read as one: an error when no `}`
    /// follows in `text` (what was looked at), a warning when it closes but is malformed. `context` says what
    /// the block belongs to: "after image p.png", "after a span", "of a heading", "of a fenced div".
    static func brokenBlockDiagnostic(_ text: ArraySlice<UInt8>, context: String, at location: SourceLocation) -> Diagnostic {
        let firstLine = text.prefix { $0 != 0x0A && $0 != 0x0D }
        let excerpt = String(String(decoding: firstLine, as: UTF8.self).prefix(40))
        if text.contains(UInt8(ascii: "}")) {
            return .warning(
                "attribute block `\(excerpt)` \(context) cannot be read", at: location, rule: "malformed-attributes",
                hint: "write attributes as {#id .class key=value key2=\"quoted value\"}")
        }
        return .error(
            "attribute block `\(excerpt)` \(context) is never closed", at: location, rule: "unclosed-attributes",
            hint: "end it with `}` before the paragraph ends; it may continue on the next line, not past a blank line")
    }
}
