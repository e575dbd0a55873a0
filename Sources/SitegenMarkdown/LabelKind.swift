/// The kind prefix of a cross-reference label. Quarto writes `fig-x`; pandoc-crossref writes `fig:x`; both
/// spellings name the same kinds (`fig`, `tbl`, `eq`, `sec`, `lst`, the theorem kinds) and are numbered
/// and referenced alike, the label kept as written (it is the HTML id).
enum LabelKind {
    /// The prefix before the first `-` or `:` of `label` (`fig` for `fig-x` and `fig:x`), when something follows.
    static func prefix(of label: String) -> String? {
        guard let separator = label.firstIndex(where: { $0 == "-" || $0 == ":" }),
              label.index(after: separator) < label.endIndex else { return nil }
        return String(label[..<separator])
    }

    /// Whether `label` is of `kind` in either spelling.
    static func label(_ label: String?, is kind: String) -> Bool {
        guard let label else { return false }
        return prefix(of: label) == kind
    }
}
