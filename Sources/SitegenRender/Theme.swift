import Foundation
import Mustache
import SitegenCore

/// A set of Mustache templates and static assets: the built-in default theme, with any template or asset
/// overridden by files under `Themes/<name>/` in the site.
public struct Theme: Sendable {
    /// The theme's name (`default` unless the site names another).
    public let name: String
    /// Static files (path relative to the output root → bytes), e.g. `assets/style.css`.
    public let assets: [String: Data]
    private let library: MustacheLibrary
    private let templateNames: Set<String>

    /// Loads the theme `name`: the built-in templates and assets, overridden by `Themes/<name>/templates/*.mustache`
    /// and `Themes/<name>/assets/**` under `siteRoot`.
    public static func load(name: String, siteRoot: URL) throws -> Theme {
        var sources = Self.embeddedTemplates
        var assets = Self.embeddedAssets.mapValues { Data($0.utf8) }
        let folder = siteRoot.appendingPathComponent("Themes").appendingPathComponent(name)
        let fm = FileManager.default
        if name != "default" && !fm.fileExists(atPath: folder.path) {
            throw SitegenError("theme '\(name)' not found at Themes/\(name)/",
                               diagnostics: [.error("theme '\(name)' not found", hint: "remove `theme:` from sitegen.yml to use the built-in default theme, or create Themes/\(name)/templates/")])
        }
        for file in Self.files(under: folder.appendingPathComponent("templates")) where file.hasSuffix(".mustache") {
            let url = folder.appendingPathComponent("templates").appendingPathComponent(file)
            sources[String(file.dropLast(".mustache".count))] = try String(contentsOf: url, encoding: .utf8)
        }
        for file in Self.files(under: folder.appendingPathComponent("assets")) {
            assets["assets/" + file] = try Data(contentsOf: folder.appendingPathComponent("assets").appendingPathComponent(file))
        }
        return try Theme(name: name, templateSources: sources, assets: assets, folder: "Themes/\(name)/templates")
    }

    /// Every file of the built-in default theme, path → text (`templates/post.mustache`, `assets/style.css`), as
    /// `sitegen theme export` writes them for a site to override.
    public static var defaultFiles: [String: String] {
        EmbeddedFiles.files.filter { $0.key.hasPrefix("templates/") || $0.key.hasPrefix("assets/") }
    }

    /// The default theme's templates (name → Mustache source), embedded from `Themes/default/templates/` at build time.
    static var embeddedTemplates: [String: String] {
        var out: [String: String] = [:]
        for (path, text) in EmbeddedFiles.files where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            out[String(path.dropFirst("templates/".count).dropLast(".mustache".count))] = text
        }
        return out
    }

    /// The default theme's assets (`assets/style.css` → text), embedded from `Themes/default/assets/` at build time.
    static var embeddedAssets: [String: String] {
        EmbeddedFiles.files.filter { $0.key.hasPrefix("assets/") }
    }

    /// Creates a theme from template sources (name → Mustache text); `folder` names them in diagnostics.
    public init(name: String, templateSources: [String: String], assets: [String: Data] = [:], folder: String = "theme") throws {
        var library = MustacheLibrary()
        for (templateName, source) in templateSources.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(MustacheTemplate(string: source), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(file: "\(folder)/\(templateName).mustache",
                                              line: error.context.lineNumber, column: error.context.columnNumber)
                throw SitegenError("template \(templateName) does not parse", diagnostics: [
                    .error("template error: \(error.error)", at: location,
                           hint: "check that every {{#section}} has a matching {{/section}} and tags are closed"),
                ])
            }
        }
        self.name = name
        self.library = library
        self.assets = assets
        self.templateNames = Set(templateSources.keys)
    }

    /// True when the theme has a template of this name.
    public func has(_ template: String) -> Bool { templateNames.contains(template) }

    /// Renders `template` with `context` (dictionaries, arrays, strings, numbers, booleans).
    public func render(_ template: String, _ context: [String: Any]) throws -> String {
        guard templateNames.contains(template), let output = library.render(context, withTemplate: template) else {
            throw SitegenError("the theme has no template '\(template)'",
                               diagnostics: [.error("missing template \(template).mustache", hint: "add Themes/\(name)/templates/\(template).mustache or remove the override")])
        }
        return output
    }

    private static func files(under folder: URL) -> [String] { FileTree.files(under: folder) }
}
