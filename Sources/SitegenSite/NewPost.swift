import Foundation
import SitegenCore

/// `sitegen new post "Title"`: a dated, slugged Markdown file (or page bundle) with front matter, never
/// written over anything that exists.
public struct NewPost: Sendable {
    /// The post's title, as written in its front matter.
    public var title: String
    /// A folder `…/index.md` with room for images instead of a single file.
    public var bundle: Bool
    /// `draft: true`: left out of builds unless `--drafts`.
    public var draft: Bool
    /// The post's date (its UTC day is used, so a new post is never "in the future").
    public var date: Date

    /// Creates the request.
    public init(title: String, bundle: Bool = false, draft: Bool = false, date: Date = Date()) {
        self.title = title
        self.bundle = bundle
        self.draft = draft
        self.date = date
    }

    /// `2024-05-01-my-title` (the URL drops the date, as for every post).
    public var name: String {
        let slug = Slugger.slug(title)
        return DateText.short(date) + "-" + (slug.isEmpty ? "untitled" : slug)
    }

    /// The front matter and a first line.
    public var text: String {
        var lines = ["---", "title: \(YAMLText.quoted(title))", "date: \(DateText.short(date))"]
        if draft { lines.append("draft: true") }
        lines += ["description: \"\"", "tags: []", "---", "", "Write here.", ""]
        return lines.joined(separator: "\n")
    }

    /// Writes the post under `root`'s `Content/posts/`; returns the file written. Refuses to overwrite, and
    /// refuses a second post with the same slug (the two would make the same URL).
    public func create(in root: URL) throws -> URL {
        guard !Slugger.slug(title).isEmpty || !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SitegenError("a post needs a title", diagnostics: [
                .error("the title is empty", hint: "sitegen new post \"What I learned about X\""),
            ])
        }
        let posts = root.appendingPathComponent("Content/posts")
        let fm = FileManager.default
        let slug = ContentScanner.slug(fromName: name)
        let existing = (try? fm.contentsOfDirectory(atPath: posts.path)) ?? []
        for other in existing.sorted() where !other.hasPrefix(".") {
            let base = other.hasSuffix(".md") ? String(other.dropLast(3)) : other.hasSuffix(".markdown") ? String(other.dropLast(9)) : other
            guard ContentScanner.slug(fromName: base) == slug else { continue }
            let path = "Content/posts/\(other)"
            throw SitegenError("\(path) exists", diagnostics: [
                .error("a post with the slug '\(slug)' already exists; sitegen new never overwrites",
                       at: SourceLocation(file: path, line: 1, column: 1),
                       hint: "edit \(path), or choose another title"),
            ])
        }
        let file = bundle ? posts.appendingPathComponent(name).appendingPathComponent("index.md") : posts.appendingPathComponent(name + ".md")
        try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // O_EXCL: even a file that appeared since the check above is not overwritten.
        let fd = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SitegenError("cannot create \(file.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else { throw SitegenError("cannot write \(file.path)") }
        return file
    }
}

/// `sitegen new site DIR`.
public enum NewSite {
    /// Writes the skeleton into `folder`, which must not exist or be empty; returns the files written, sorted.
    public static func create(at folder: URL, title: String, baseURL: String, date: Date = Date(),
                              sitegenRepository: String = PublishWorkflow.defaultRepository, sitegenVersion: String) throws -> [String] {
        let fm = FileManager.default
        if let names = try? fm.contentsOfDirectory(atPath: folder.path), !names.isEmpty {
            throw SitegenError("\(folder.path) is not empty", diagnostics: [
                .error("refusing to create a site in a folder that already has files; sitegen new never overwrites",
                       at: SourceLocation(file: folder.path), hint: "name a new folder: sitegen new site my-blog"),
            ])
        }
        guard URL(string: baseURL)?.scheme?.hasPrefix("http") == true else {
            throw SitegenError("--base-url must be an absolute http(s) URL", diagnostics: [
                .error("'\(baseURL)' is not an absolute URL", hint: "for example https://USER.github.io/REPOSITORY/"),
            ])
        }
        let files = SiteSkeleton.files(title: title, baseURL: baseURL, date: date,
                                       sitegenRepository: sitegenRepository, sitegenVersion: sitegenVersion)
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .withoutOverwriting)
        }
        return files.keys.sorted()
    }
}
