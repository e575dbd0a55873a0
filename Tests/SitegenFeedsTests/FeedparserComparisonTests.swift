import Foundation
import SitegenCore
import Testing
@testable import SitegenFeeds

/// sitegen and feedparser read the same feeds; they must agree on every compared field of every entry of
/// well-formed feeds, and sitegen must recover at least feedparser's entries from broken ones.
@Suite(.enabled(if: FeedparserReference.isAvailable, "python3 with feedparser is not installed"), .timeLimit(.minutes(2)))
struct FeedparserComparisonTests {
    /// An entry as sitegen read it, normalised like the Python side.
    struct Normalised: Equatable, CustomStringConvertible {
        var title: String
        var link: String?
        var id: String?
        var published: Int?
        var updated: Int?
        var authors: [String]
        var text: String

        var description: String {
            "title=\(title) link=\(link ?? "-") id=\(id ?? "-") published=\(published.map(String.init) ?? "-") "
                + "updated=\(updated.map(String.init) ?? "-") authors=\(authors) text=\(text.prefix(80))"
        }
    }

    static func normalise(_ entry: FeedEntry) -> Normalised {
        var names: [String] = []
        for author in entry.authors where !author.displayName.isEmpty && !names.contains(author.displayName) {
            names.append(author.displayName)
        }
        return Normalised(
            title: plain(entry.title), link: entry.link, id: entry.id, published: entry.published.map(seconds),
            updated: entry.updated.map(seconds), authors: names, text: plain(entry.content ?? entry.summary ?? ""))
    }

    static func normalise(_ entry: FeedparserReference.Entry) -> Normalised {
        Normalised(
            title: entry.title, link: entry.link, id: entry.id, published: entry.published, updated: entry.updated,
            authors: entry.authors, text: entry.text)
    }

    private static func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince1970) }

    /// Tags become spaces, the entities sitegen's serialiser writes are decoded, whitespace collapses.
    static func plain(_ html: String) -> String {
        var out = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true; out += " " } else if ch == ">" && inTag { inTag = false } else if !inTag { out.append(ch) }
        }
        for (entity, text) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: text)
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func compare(paths: [String], sources: [String]) throws -> [String] {
        let reference = try FeedparserReference.parse(paths)
        var mismatches: [String] = []
        for (index, path) in paths.enumerated() {
            let feed = try FeedParser.parse(try Data(contentsOf: URL(fileURLWithPath: path)), source: sources[index])
            let theirs = reference[index]
            #expect(!theirs.bozo, "feedparser finds \(sources[index]) ill-formed")
            #expect(feed.wellFormed, "sitegen finds \(sources[index]) ill-formed")
            guard theirs.entries.count == feed.entries.count else {
                mismatches.append("\(sources[index]): \(feed.entries.count) entries, feedparser \(theirs.entries.count)")
                continue
            }
            for (mine, other) in zip(feed.entries.map(Self.normalise), theirs.entries.map(Self.normalise)) {
                var expected = other
                // feedparser has no id when the feed gives none; sitegen falls back to the link or a hash.
                if expected.id == nil { expected.id = mine.id }
                if mine != expected { mismatches.append("\(sources[index]):\n  sitegen    \(mine)\n  feedparser \(expected)") }
            }
        }
        return mismatches
    }

    @Test func fixturesAgreeWithFeedparserOnEveryField() throws {
        let folder = try TemporaryFolder()
        let paths = try FeedFixtures.wellFormedXML.map { try folder.write($0.name, $0.text) }
        let mismatches = try compare(paths: paths, sources: FeedFixtures.wellFormedXML.map(\.name))
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    @Test(.enabled(if: !SharedCorpus.feeds.isEmpty, "the shared feed corpus is absent"))
    func corpusFeedsAgreeWithFeedparserOnEveryField() throws {
        let paths = SharedCorpus.feeds
        let mismatches = try compare(paths: paths, sources: paths.map { URL(fileURLWithPath: $0).lastPathComponent })
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    @Test func illFormedFeedsRecoverAtLeastFeedparsersEntries() throws {
        let folder = try TemporaryFolder()
        for fixture in FeedFixtures.illFormedXML {
            let path = try folder.write(fixture.name, fixture.text)
            let theirs = try #require(try FeedparserReference.parse([path]).first)
            let feed = try FeedParser.parse(Data(fixture.text.utf8), source: fixture.name)
            #expect(theirs.bozo)
            #expect(!feed.wellFormed)
            #expect(!feed.issues.isEmpty)
            let mine = Dictionary(feed.entries.map { ($0.id, Self.normalise($0)) }, uniquingKeysWith: { a, _ in a })
            let recovered = theirs.entries.filter { $0.id != nil }
            #expect(!recovered.isEmpty)
            for entry in recovered {
                guard let id = entry.id, let ours = mine[id] else {
                    Issue.record("\(fixture.name): feedparser recovered \(entry.id ?? "?"), sitegen did not")
                    continue
                }
                // Entries both recover whole must agree; a cut-off last entry may end differently.
                if fixture.name != "truncated.xml" || entry.link == ours.link {
                    #expect(ours == Self.normalise(entry), "\(fixture.name)")
                }
            }
        }
    }
}
