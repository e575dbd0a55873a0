import Foundation
import SitegenCore
import Testing
@testable import SitegenBibliography

@Suite struct PostCitationTests {
    let date = ISO8601DateFormatter().date(from: "2024-03-05T00:00:00Z")!
    var post: PostCitation {
        PostCitation(title: "Notes on R & Python_3", authors: ["Ada Lovelace", "Babbage, Charles", "Vincent van Gogh"], date: date,
                     url: "https://blog.example/posts/notes/", siteTitle: "The Example Blog", citation: ["doi": .string("10.5555/xyz")])
    }

    @Test func itemShape() {
        let item = post.item
        #expect(item.id == "lovelace2024notes")
        #expect(item.type == "post-weblog")
        #expect(item.names["author"] == [CSLName(family: "Lovelace", given: "Ada"), CSLName(family: "Babbage", given: "Charles"),
                                         CSLName(family: "Gogh", given: "Vincent", droppingParticle: "van")])
        #expect(item.dates["issued"] == CSLDate(year: 2024, month: 3, day: 5))
        #expect(item.fields["container-title"] == "The Example Blog")
        #expect(item.fields["doi"] == "10.5555/xyz")
    }

    @Test func formattedInTheSiteStyle() {
        #expect(post.plainText() == "Lovelace, Ada, Charles Babbage, and Vincent van Gogh. 2024. “Notes on R & Python_3.” The Example Blog (blog). March 5, 2024. https://doi.org/10.5555/xyz.")
        #expect(post.html().contains(#"<a href="https://doi.org/10.5555/xyz">"#))
        #expect(post.html().contains("R &amp; Python_3"))
        #expect(post.plainText(style: .builtinNumeric).hasPrefix("A. Lovelace, C. Babbage, and V. van Gogh, “Notes on R & Python_3,”"))
    }

    @Test func bibtexEntryRoundTrips() throws {
        let bib = post.bibtex
        #expect(bib.hasPrefix("@online{lovelace2024notes,\n"))
        #expect(bib.contains("  title = {Notes on R \\& Python\\_3},"))
        #expect(bib.contains("  author = {Lovelace, Ada and Babbage, Charles and van Gogh, Vincent},"))
        #expect(bib.contains("  date = {2024-03-05},"))
        #expect(bib.contains("  url = {https://blog.example/posts/notes/}"))
        let (items, diagnostics) = Bibliography.parse(bib, format: .biblatex, file: "cite.bib")
        #expect(diagnostics.isEmpty)
        let back = try #require(items.first)
        #expect(back.id == "lovelace2024notes")
        #expect(back.dates["issued"] == CSLDate(year: 2024, month: 3, day: 5))
        #expect(back.names["author"]?.count == 3)
        #expect(back.fields["url"] == "https://blog.example/posts/notes/")
    }

    @Test func cslJSONRoundTrips() throws {
        let json = post.cslJSON
        #expect(json.contains(#""URL" : "https://blog.example/posts/notes/""#))
        #expect(json.contains(#""DOI" : "10.5555/xyz""#))
        let (items, diagnostics) = Bibliography.parse(json, format: .cslJSON, file: "cite.json")
        #expect(diagnostics.isEmpty)
        #expect(items.first?.names == post.item.names)
        #expect(items.first?.dates == post.item.dates)
        #expect(items.first?.fields["title"] == post.item.fields["title"])
    }

    @Test func scholarMetaTags() {
        let tags = post.scholarMetaTags
        #expect(tags.map(\.name) == ["citation_title", "citation_author", "citation_author", "citation_author", "citation_publication_date",
                                     "citation_journal_title", "citation_doi", "citation_fulltext_html_url"])
        #expect(tags[0].content == "Notes on R & Python_3")
        #expect(tags[1].content == "Ada Lovelace")
        #expect(tags[3].content == "Vincent van Gogh")
        #expect(tags[4].content == "2024/03/05")
        #expect(tags[5].content == "The Example Blog")
    }

    @Test func fromMetadataWithCitationMap() {
        let metadata = Metadata(title: "A Paper", date: date, authors: ["ACME"], extra: ["citation": .map([
            "type": .string("article-journal"), "container-title": .string("Journal of Posts"), "volume": .number(3), "page": .string("1-9"), "id": .string("mykey"),
        ])])
        let p = PostCitation(metadata: metadata, url: "https://x.org/p", siteTitle: "Site")
        #expect(p.item.id == "mykey")
        #expect(p.item.type == "article-journal")
        #expect(p.item.names["author"] == [.literal("ACME")])
        #expect(p.bibtex.hasPrefix("@article{mykey,"))
        #expect(p.bibtex.contains("journaltitle = {Journal of Posts}"))
        #expect(p.bibtex.contains("pages = {1--9}"))
        let tags = Dictionary(p.scholarMetaTags.map { ($0.name, $0.content) }, uniquingKeysWith: { a, _ in a })
        #expect(tags["citation_volume"] == "3")
        #expect(tags["citation_firstpage"] == "1")
        #expect(tags["citation_lastpage"] == "9")
        #expect(tags["citation_doi"] == nil)
    }
}

@Suite struct PostCitationGroupAuthorTests {
    @Test func groupAuthorsAreCitedAsWritten() {
        #expect(PostCitation.name("The sitegen team").literal == "The sitegen team")
        #expect(PostCitation.name("Optics Lab").literal == "Optics Lab")
        #expect(PostCitation.name("Ada Lovelace").family == "Lovelace")
        #expect(PostCitation.name("Ada Lovelace").literal == nil)
    }
}
