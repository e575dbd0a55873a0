import Foundation
import SitegenCore
import Testing
@testable import SitegenRender

@Suite struct ThemeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The build-tool plugin embeds every file of Themes/default as it is on disk when the binary is built.
    @Test func theEmbeddedThemeIsThemesDefault() throws {
        let folder = Self.packageRoot.appendingPathComponent("Themes/default/templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(names.map { String($0.dropLast(".mustache".count)) }) == Set(Theme.embeddedTemplates.keys))
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(Theme.embeddedTemplates[String(name.dropLast(".mustache".count))] == text, "\(name) differs from the embedded copy")
        }
        let assets = try FileManager.default.contentsOfDirectory(atPath: Self.packageRoot.appendingPathComponent("Themes/default/assets").path)
        #expect(Set(Theme.embeddedAssets.keys) == Set(assets.filter { !$0.hasPrefix(".") }.map { "assets/" + $0 }))
        let css = try String(contentsOf: Self.packageRoot.appendingPathComponent("Themes/default/assets/style.css"), encoding: .utf8)
        #expect(Theme.embeddedAssets["assets/style.css"] == css)
    }

    @Test func everyPageKindHasATemplate() throws {
        let theme = try Theme(name: "default", templateSources: Theme.embeddedTemplates)
        for kind in ["base", "post", "page", "list", "tags", "archive", "404", "entry", "alias", "repetition"] {
            #expect(theme.has(kind), "missing \(kind)")
        }
    }

    @Test func variablesAreEscapedAndTripleBracesAreNot() throws {
        let theme = try Theme(name: "t", templateSources: ["x": "<p>{{a}}</p>{{{b}}}"])
        let out = try theme.render("x", ["a": "<script>", "b": "<em>ok</em>"])
        #expect(out == "<p>&lt;script&gt;</p><em>ok</em>")
    }

    @Test func aTemplateThatDoesNotParseNamesFileAndLine() {
        do {
            _ = try Theme(name: "t", templateSources: ["post": "line one\n{{#open}}\nno close"], folder: "Themes/t/templates")
            Issue.record("expected a parse error")
        } catch let error as SitegenError {
            let d = error.diagnostics.first
            #expect(d?.location?.file == "Themes/t/templates/post.mustache")
            #expect(d?.hint != nil)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func unknownTemplateIsAnError() throws {
        let theme = try Theme(name: "t", templateSources: ["x": "x"])
        #expect(throws: SitegenError.self) { try theme.render("missing", [:]) }
    }

    @Test func aNamedThemeThatDoesNotExistIsAClearError() {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("no-theme-\(UUID().uuidString)")
        #expect(throws: SitegenError.self) { try Theme.load(name: "fancy", siteRoot: root) }
    }
}
