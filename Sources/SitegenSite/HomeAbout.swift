import SitegenCore

/// `home: {about: pages/about.md}` in `sitegen.yml`: the home page shows that page's text above the list of
/// posts (the first page of the list only), as a Hugo or Quarto blog's home shows an introduction. The page keeps
/// its own URL too.
enum HomeAbout {
    /// The configured source path, if any (`pages/about.md`, with or without `Content/`).
    static func configured(_ config: SiteConfig) -> String? {
        guard case .map(let home)? = config.extra["home"], let about = home["about"]?.stringValue, !about.isEmpty else { return nil }
        return about
    }

    /// The page `home.about` names, or nil (with `warning` set when the name matches no page).
    static func page(in pages: [SitePage], config: SiteConfig, warning: inout Diagnostic?) -> SitePage? {
        guard let wanted = configured(config) else { return nil }
        let path = wanted.hasPrefix("Content/") ? wanted : "Content/" + wanted
        if let page = pages.first(where: { $0.kind == .page && ($0.sourcePath == path || "Content/" + ($0.file?.id ?? "") == path) }) {
            return page
        }
        let candidates = pages.filter { $0.kind == .page }.map { String($0.sourcePath.dropFirst("Content/".count)) }.sorted()
        warning = .warning("home.about names \(wanted), which is not a page of the site; the home page shows no introduction",
                           at: SourceLocation(file: "sitegen.yml"), rule: "config-key",
                           hint: Suggestion.nearest(to: wanted, in: candidates).map { "did you mean '\($0)'?" }
                               ?? "name a file under Content/pages/, such as pages/about.md")
        return nil
    }
}
