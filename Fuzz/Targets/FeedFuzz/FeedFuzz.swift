import Foundation
import SitegenFeeds

/// The fuzzing callback (see Driver.swift): any bytes as a feed (RSS, Atom, RDF, JSON Feed, or not a feed at all), converted to
/// documents as a build would. Refusals are fine; crashes, hangs and runaway memory are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeed(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    if let feed = try? FeedParser.parse(data, source: "fuzz.xml", baseURL: "https://example.org/feed/") {
        _ = FeedDocumentConverter.documents(for: feed)
    }
    return 0
}
