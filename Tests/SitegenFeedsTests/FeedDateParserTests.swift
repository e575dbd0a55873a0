import Foundation
import Testing
@testable import SitegenFeeds

@Suite struct FeedDateParserTests {
    /// 2024-01-05T10:00:00Z
    static let reference = 1_704_448_800

    static let cases: [(String, Int?)] = [
        ("Fri, 05 Jan 2024 10:00:00 GMT", reference),
        ("Fri, 05 Jan 24 10:00:00 +0000", reference),
        ("Fri, 05 Jan 2024 10:00 GMT", reference),
        ("05 Jan 2024 10:00:00 GMT", reference),
        ("Mon, 05 Jan 2024 10:00:00 GMT", reference),
        ("  Fri,   05 Jan   2024\n 10:00:00   UT ", reference),
        ("Fri, 05 Jan 2024 10:00:00 Z", reference),
        ("Fri, 05 Jan 2024 05:00:00 EST", reference),
        ("Fri, 05 Jan 2024 03:00:00 PDT", reference),
        ("Fri, 05 Jan 2024 02:00:00 PST", reference),
        ("Fri, 05 Jan 2024 11:00:00 A", reference + 3_600 * 2),
        ("Fri, 05 Jan 2024 15:30:00 +0530", reference),
        ("Fri, 05 Jan 2024 15:30:00 +05:30", reference),
        ("Fri, 05 Jan 2024 02:00:00 -0800", reference),
        ("Fri, 05 Jan 2024 11:00:00 GMT+01:00", reference),
        ("Jan 05 2024 10:00:00 GMT", reference),
        ("friday, 05 january 2024 10:00:00 gmt", reference),
        ("Tue, 05 Jan 99 10:00 EST", 915_548_400),
        ("Mon, 5 Jan 2024", reference - 36_000),
        ("Fri Jan  5 10:00:00 2024", reference),
        ("2024-01-05T10:00:00Z", reference),
        ("2024-01-05t10:00:00z", reference),
        ("2024-01-05T10:00:00.123456Z", reference),
        ("2024-01-05T11:00:00+01:00", reference),
        ("2024-01-05T05:00:00-05:00", reference),
        ("2024-01-05T10:00Z", reference),
        ("2024-01-05 10:00:00 +0000", reference),
        ("2024-01-05 10:00:00", reference),
        ("2024-01-05", reference - 36_000),
        ("20240105T100000Z", reference),
        ("2024-1-5", reference - 36_000),
        ("2024-01", 1_704_067_200),
        ("2024-02-29T00:00:00Z", 1_709_164_800),
    ]

    @Test(arguments: cases)
    func parsesToUTC(_ text: String, _ expected: Int?) {
        #expect(FeedDateParser.parse(text).map { Int($0.timeIntervalSince1970) } == expected, "\(text)")
    }

    @Test(arguments: [
        "", "   ", "sometime last week", "2023-02-29T00:00:00Z", "2024-13-01", "Fri, 32 Jan 2024 10:00:00 GMT",
        "Fri, 05 Foo 2024 10:00:00 GMT", "2024-01-05T25:00:00Z", "2024-01-05T10:00:00+5", "Fri, 05 Jan 2024 10:61:00 GMT",
        String(repeating: "9", count: 500),
    ])
    func rejectsWhatIsNotADate(_ text: String) {
        #expect(FeedDateParser.parse(text) == nil, "\(text)")
    }

    @Test func formatsRFC822AndRFC3339InUTC() {
        let date = Date(timeIntervalSince1970: TimeInterval(Self.reference))
        #expect(RFCDate.rfc822(date) == "Fri, 05 Jan 2024 10:00:00 +0000")
        #expect(RFCDate.rfc3339(date) == "2024-01-05T10:00:00Z")
        #expect(RFCDate.rfc3339(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(FeedDateParser.parse(RFCDate.rfc822(date)) == date)
        #expect(FeedDateParser.parse(RFCDate.rfc3339(date)) == date)
    }
}
