extension RenderOptions {
    /// The number a reader sees for a labelled thing, or nil when none is shown. Sections show their number
    /// only with `numberSections` (Quarto's `number-sections: true`), so headings, the table of contents and
    /// `@sec-x` references agree; unnumbered sections never have one; figures, tables, equations and
    /// theorems always do. A site resolving references into another post passes that post's options.
    public func displayedNumber(of entry: CrossReferenceIndex.Entry) -> String? {
        guard !entry.number.isEmpty else { return nil }
        return entry.kind == "sec" && !numberSections ? nil : entry.number
    }
}
