import Foundation
import SitegenCore

/// What `sitegen new site` writes: a site that builds with no diagnostics and passes `sitegen lint`, showing
/// the research features (a page bundle with a figure, a citation, a cross-reference), plus a `.gitignore` and a
/// GitHub Pages workflow that installs a pinned sitegen release.
public enum SiteSkeleton {
    /// The files, relative path → contents, for a site titled `title` published at `baseURL`.
    public static func files(title: String, baseURL: String, date: Date, sitegenRepository: String, sitegenVersion: String) -> [String: Data] {
        let day = DateText.short(date)
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var files: [String: String] = [
            "sitegen.yml": """
                # The site's settings. `sitegen serve` previews the site; `sitegen build` writes it to Site/.
                title: \(YAMLText.quoted(title))
                description: A research blog.
                # Where the site is published; GitHub Pages project sites live at https://USER.github.io/REPOSITORY/.
                base_url: \(YAMLText.quoted(base))
                language: en
                authors:
                  - name: Your Name
                paginate: 10
                # BibTeX, BibLaTeX or CSL-JSON files under Content/, cited in posts as [@key].
                bibliography: references.bib
                feed:
                  content: full
                  limit: 20

                """,
            "Content/references.bib": """
                % The site's bibliography. A post cites an entry by its key in brackets, with an at sign before the key;
                % sitegen lint reports entries never cited.

                @article{knuth1984literate,
                  author  = {Knuth, Donald E.},
                  title   = {Literate Programming},
                  journal = {The Computer Journal},
                  volume  = {27},
                  number  = {2},
                  pages   = {97--111},
                  year    = {1984},
                  doi     = {10.1093/comjnl/27.2.97}
                }

                """,
            "Content/posts/\(day)-hello-world/index.md": """
                ---
                title: Hello, world
                date: \(day)
                description: The first post, a page bundle with a numbered figure and a citation.
                tags: [meta]
                ---

                This post is a page bundle: a folder holding `index.md` and the files it uses, such as the drawing
                below. Its text is Markdown in the dialect pandoc and Quarto users know.

                ![Three boxes joined by arrows: write, preview, publish.](loop.svg){#fig-loop}

                @fig-loop shows the loop this site is made with: write in `Content/`, preview with `sitegen serve`,
                publish by pushing to GitHub. Writing a program as a document for people to read is an old
                idea [@knuth1984literate].

                Start a new post with `sitegen new post "Title"`.

                """,
            "Content/posts/\(day)-hello-world/loop.svg": """
                <svg xmlns="http://www.w3.org/2000/svg" width="480" height="90" viewBox="0 0 480 90" role="img">
                  <title>Write, preview, publish</title>
                  <g font-family="sans-serif" font-size="16" text-anchor="middle">
                    <rect x="10" y="20" width="120" height="50" rx="8" fill="#e8f0fe" stroke="#1a56db"/>
                    <text x="70" y="50">write</text>
                    <rect x="180" y="20" width="120" height="50" rx="8" fill="#e8f0fe" stroke="#1a56db"/>
                    <text x="240" y="50">preview</text>
                    <rect x="350" y="20" width="120" height="50" rx="8" fill="#e8f0fe" stroke="#1a56db"/>
                    <text x="410" y="50">publish</text>
                    <path d="M130 45h45" stroke="#1a56db" stroke-width="2" marker-end="url(#arrow)"/>
                    <path d="M300 45h45" stroke="#1a56db" stroke-width="2" marker-end="url(#arrow)"/>
                  </g>
                  <defs><marker id="arrow" markerWidth="8" markerHeight="8" refX="8" refY="4" orient="auto">
                    <path d="M0,0 L8,4 L0,8 z" fill="#1a56db"/></marker></defs>
                </svg>

                """,
            "Content/pages/about.md": """
                ---
                title: About
                description: Who writes this blog and why.
                ---

                Say who you are, what you work on, and how to reach you.

                """,
            ".gitignore": """
                # Built output and sitegen's rebuildable caches. The feed cache (.sitegen/cache/) is kept:
                # it holds entries that may no longer exist upstream.
                /Site/
                /.sitegen/build/
                /.sitegen/serve/
                *.sarif

                """,
        ]
        files[".github/workflows/publish.yml"] = PublishWorkflow.text(repository: sitegenRepository, version: sitegenVersion)
        return files.mapValues { Data($0.utf8) }
    }
}

/// Quoting for the few strings `new` puts into YAML.
enum YAMLText {
    /// A double-quoted YAML scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\x%02X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
