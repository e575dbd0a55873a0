/// One line's worth of a math span, replaced by one placeholder token `\u{1}<index>\u{2}`.
struct MathSegment: Sendable {
    /// Index into `PreparedSource.maths`.
    var math: Int
    /// The original bytes this token stands for (restored verbatim inside code and URLs).
    var original: [UInt8]
    /// The first line of its span (later lines are dropped when the span becomes a math inline).
    var isFirst: Bool
}
