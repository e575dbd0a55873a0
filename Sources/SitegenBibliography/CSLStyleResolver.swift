import Foundation
import SitegenCore

/// Finds the CSL style a `csl:` value names, as pandoc and Quarto users expect: `numeric` or `chicago-author-date`
/// select an embedded style; a path is read relative to the post's folder (front matter) or the site root; a bare
/// name (`apa`) is looked up as `<name>.csl` in `Content/`, the site root, then the installed CSL styles
/// (Debian's `citation-style-language-styles`). A dependent style is replaced by its independent parent, found the
/// same way, keeping the dependent's `default-locale`.
public struct CSLStyleResolver: Sendable {
    /// Where a style came from, for the build summary.
    public struct Resolved: Sendable {
        public var style: CSLStyle
        /// The file that was used (`Content/apa.csl`, `/usr/share/…/apa.csl`, `embedded chicago-author-date.csl`).
        public var source: String
    }

    /// The site root.
    public var root: URL
    /// Folders of installed styles, searched after the site.
    public var systemFolders: [String]

    /// The folder Debian's `citation-style-language-styles` installs into.
    public static let debianStyles = "/usr/share/citation-style-language/styles"

    /// Creates a resolver for the site at `root`.
    public init(root: URL, systemFolders: [String] = [CSLStyleResolver.debianStyles]) {
        self.root = root
        self.systemFolders = systemFolders
    }

    /// Resolves `name`; `folder` is the post's folder (relative to the root) for front-matter values.
    public func resolve(_ name: String, folder: String? = nil) -> (resolved: Resolved?, diagnostics: [Diagnostic]) {
        resolve(name, folder: folder, depth: 0)
    }

    private func resolve(_ name: String, folder: String?, depth: Int) -> (resolved: Resolved?, diagnostics: [Diagnostic]) {
        let value = name.trimmingCharacters(in: .whitespaces)
        if let file = CSLStyle.embeddedNames[value] {
            let style = file == "ieee.csl" ? CSLStyle.builtinNumeric : CSLStyle.builtinAuthorDate
            return (Resolved(style: style, source: "embedded \(file)"), [])
        }
        let candidates = candidatePaths(value, folder: folder)
        guard let (path, text) = candidates.lazy.compactMap({ p in FileManager.default.contents(atPath: p.absolute).map { (p, $0) } }).first else {
            let looked = candidates.map(\.shown).joined(separator: ", ")
            let bare = !value.contains("/") && !value.hasSuffix(".csl")
            let hint = bare
                ? "put \(value).csl in Content/ or the site root, install citation-style-language-styles, or use a path"
                : "check the `csl:` path; it is relative to the site root (or the post's folder in front matter)"
            return (nil, [.error("cannot find CSL style '\(value)' (looked in: \(looked))", at: SourceLocation(file: folder.map { $0 + "/" } ?? "sitegen.yml"),
                                 rule: "csl-style", hint: hint)])
        }
        let xml = String(decoding: text, as: UTF8.self)
        if let parent = Self.independentParent(xml) {
            guard depth < 3 else {
                return (nil, [.error("CSL style '\(path.shown)' names a dependent style as its parent", at: SourceLocation(file: path.shown), rule: "csl-style")])
            }
            var (resolved, diagnostics) = resolve(parent, folder: folder, depth: depth + 1)
            if let locale = Self.defaultLocale(xml) { resolved?.style.defaultLocale = locale }
            let parentSource = resolved?.source ?? parent
            resolved?.source = path.shown + " → " + parentSource
            return (resolved, diagnostics)
        }
        let parsed = CSLStyle.load(path: path.absolute)
        return (parsed.style.map { Resolved(style: $0, source: path.shown) }, parsed.diagnostics)
    }

    private struct Candidate {
        var absolute: String
        var shown: String
    }

    private func candidatePaths(_ value: String, folder: String?) -> [Candidate] {
        func site(_ relative: String) -> Candidate { Candidate(absolute: root.appendingPathComponent(relative).path, shown: relative) }
        if value.hasPrefix("/") { return [Candidate(absolute: value, shown: value)] }
        if value.contains("/") || value.hasSuffix(".csl") {
            var out: [Candidate] = []
            if let folder, !folder.isEmpty { out.append(site(folder + "/" + value)) }
            out.append(site(value))
            if !value.contains("/") {
                out.append(site("Content/" + value))
                out += systemFolders.map { Candidate(absolute: $0 + "/" + value, shown: $0 + "/" + value) }
            }
            return out
        }
        var out: [Candidate] = []
        if let folder, !folder.isEmpty { out.append(site(folder + "/" + value + ".csl")) }
        out += [site("Content/" + value + ".csl"), site(value + ".csl")]
        out += systemFolders.map { Candidate(absolute: $0 + "/" + value + ".csl", shown: $0 + "/" + value + ".csl") }
        return out
    }

    /// The parent style's id (its last path component, e.g. `apa`) of a dependent style, nil for an independent one.
    static func independentParent(_ xml: String) -> String? {
        guard let r = xml.range(of: #"<link[^>]*rel="independent-parent"[^>]*>"#, options: .regularExpression) else { return nil }
        let link = String(xml[r])
        guard let h = link.range(of: #"href="[^"]+""#, options: .regularExpression) else { return nil }
        let href = link[h].dropFirst(6).dropLast()
        return href.split(separator: "/").last.map(String.init)
    }

    private static func defaultLocale(_ xml: String) -> String? {
        guard let r = xml.range(of: #"default-locale="[^"]+""#, options: .regularExpression) else { return nil }
        return String(xml[r].dropFirst(16).dropLast())
    }
}
