import ArgumentParser
import Foundation
import SitegenCore
import SitegenSite

/// `sitegen new site DIR` and `sitegen new post "Title"`.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site or a new post.",
        subcommands: [NewSiteCommand.self, NewPostCommand.self])
}

/// `sitegen new site DIR`.
struct NewSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create a site: sitegen.yml, a first post (a page bundle with a figure and a citation), references.bib, an about page, .gitignore and a GitHub Pages workflow.")

    @Argument(help: "The folder to create (it must not exist, or be empty).")
    var folder: String

    @Option(name: .long, help: "The site's title.")
    var title: String = "My research blog"

    @Option(name: .customLong("base-url"), help: "Where the site will be published.")
    var baseURL: String = "https://example.org/"

    @Option(name: .customLong("sitegen-repository"), help: "The git repository the publish workflow builds sitegen from.")
    var repository: String = PublishWorkflow.defaultRepository

    @Option(name: .customLong("sitegen-version"), help: "The sitegen release tag the publish workflow pins.")
    var version: String = SitegenRelease.tag

    func run() async throws {
        let url = URL(fileURLWithPath: folder)
        do {
            let files = try NewSite.create(at: url, title: title, baseURL: baseURL, sitegenRepository: repository, sitegenVersion: version)
            for file in files { Terminal.out("created \(folder)/\(file)") }
            Terminal.err("the publish workflow installs sitegen \(version) from \(repository) (SITEGEN_VERSION and SITEGEN_REPOSITORY at its top; docs/publishing.md)")
            Terminal.err("next: cd \(folder) && sitegen serve")
        } catch let error as SitegenError {
            Terminal.report(error)
            throw ExitCode(1)
        }
    }
}

/// `sitegen new post "Title"`.
struct NewPostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: "Create Content/posts/YYYY-MM-DD-slug.md (or a page bundle) with front matter; never overwrites.")

    @Argument(help: "The post's title.")
    var title: String

    @Option(name: .long, help: "The site root, holding sitegen.yml and Content/.")
    var source: String = "."

    @Flag(name: .long, help: "Create a page bundle: a folder with index.md, for posts with images or data files.")
    var bundle = false

    @Flag(name: .long, help: "Mark the post as a draft (built only with --drafts).")
    var draft = false

    func run() async throws {
        let root = URL(fileURLWithPath: source)
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Content").path) else {
            Terminal.report(SitegenError("no Content/ folder in \(root.standardizedFileURL.path)", diagnostics: [
                .error("no Content/ folder", at: SourceLocation(file: root.standardizedFileURL.path),
                       hint: "run this in the site's root, pass --source DIR, or start a site with `sitegen new site DIR`"),
            ]))
            throw ExitCode(1)
        }
        do {
            let file = try NewPost(title: title, bundle: bundle, draft: draft).create(in: root)
            let relative = file.path.replacingOccurrences(of: root.standardizedFileURL.path + "/", with: "")
            Terminal.out(relative)
        } catch let error as SitegenError {
            Terminal.report(error)
            throw ExitCode(1)
        }
    }
}
