import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SitegenLint
import SitegenSite

extension LintLoader {
    /// Reads a feed file (relative to the current directory) or fetches a URL, and records whether it is well formed.
    func load(feed location: String, into loaded: inout Loaded) async {
        let data: Data
        do {
            data = try await Self.read(location)
        } catch {
            loaded.context.feeds.append(FeedStatus(source: location, wellFormed: false, issues: [
                .error("cannot read feed: \(error.localizedDescription)", at: SourceLocation(file: location), rule: "feed-invalid"),
            ]))
            return
        }
        loaded.context.feeds.append(Self.status(of: data, source: location))
        if let text = String(data: data, encoding: .utf8) { loaded.context.sources[location] = text }
    }

    /// Well-formedness of XML (libxml2 via SitegenXML) or JSON Feed (JSONSerialization), with issue lines.
    static func status(of data: Data, source: String) -> FeedStatus {
        let firstByte = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if firstByte == UInt8(ascii: "{") {
            do {
                _ = try JSONSerialization.jsonObject(with: data)
                return FeedStatus(source: source, wellFormed: true)
            } catch {
                return FeedStatus(source: source, wellFormed: false, issues: [
                    .error("JSON feed is not valid JSON", at: SourceLocation(file: source), rule: "feed-invalid",
                           hint: "check quotes, commas and brackets near the error a JSON validator reports"),
                ])
            }
        }
        do {
            let document = try XMLTreeParser.parseXML(data, url: source)
            let issues = document.issues.map { issue in
                Diagnostic.error(issue.message.trimmingCharacters(in: .whitespacesAndNewlines).lowercased(),
                                 at: SourceLocation(file: source, line: issue.line, column: issue.column), rule: "feed-invalid")
            }
            return FeedStatus(source: source, wellFormed: document.wellFormed, issues: document.wellFormed ? [] : issues)
        } catch {
            return FeedStatus(source: source, wellFormed: false, issues: [
                .error("feed is not XML or JSON: \(error)", at: SourceLocation(file: source), rule: "feed-invalid"),
            ])
        }
    }

    private static func read(_ location: String) async throws -> Data {
        if location.hasPrefix("http://") || location.hasPrefix("https://"), let url = URL(string: location) {
            var request = URLRequest(url: url, timeoutInterval: 30)
            request.setValue("sitegen-lint", forHTTPHeaderField: "User-Agent")
            let (data, _) = try await URLSession.shared.data(for: request)
            return data
        }
        return try Data(contentsOf: URL(fileURLWithPath: location))
    }
}
