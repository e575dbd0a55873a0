import Foundation
import Testing
@testable import SitegenSite

/// The search index's byte JSON writer writes what `JSONEncoder` writes with sorted keys and unescaped slashes.
@Suite struct JSONBytesTests {
    static let strings = [
        "", "plain", "quote \" and backslash \\", "a/b/c", "tab\tnew\nline\rcr", "\u{08}\u{0C}\u{01}\u{1F}\u{7F}",
        "Martínez – naïve", "数学 and emoji 🧪🔬", "</script>", "\u{2028}\u{2029}", "x86_64 @key",
    ]

    @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for text in Self.strings {
            var writer = JSONBytes()
            writer.string(text)
            let expected = try encoder.encode(text)
            #expect(writer.bytes == Array(expected), "\(text.debugDescription)")
        }
    }

    @Test func integersAndKeyOrderMatchJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for n in [0, 7, 10, -1, -42, 123_456_789, Int.max, Int.min] {
            var writer = JSONBytes()
            writer.int(n)
            #expect(writer.bytes == Array(try encoder.encode(n)))
        }
        let keys = ["b", "a", "é", "Z", "ab", "a b", "_"]
        let sorted = keys.sorted(by: JSONBytes.keyOrder)
        let object = Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) })
        let encoded = String(decoding: try encoder.encode(object), as: UTF8.self)
        let expected = "{" + sorted.map { "\"\($0)\":1" }.joined(separator: ",") + "}"
        #expect(encoded == expected)
    }
}
