import SitegenCore

/// Escaping for the HTML this module writes, delegating to Core so every stage escapes alike.
enum HTMLText {
    /// Escapes element content and attribute values.
    static func escape(_ s: String) -> String { HTML.escape(s) }
}
