import Foundation
import Testing
@testable import SitegenXML

/// Declared encodings libxml2 cannot take itself are read through iconv, as feedparser reads them.
@Suite struct EncodingLabelTests {
    static func title(_ bytes: [UInt8]) throws -> (String, Bool) {
        let document = try XMLTreeParser.parseXML(Data(bytes))
        let title = document.root.children.compactMap { node -> String? in
            if case .element(let element) = node, element.name == "title" { return element.text }
            return nil
        }.first
        return (title ?? "", document.wellFormed)
    }

    @Test func aBareCodePageNumberIsReadAsThatCodePage() throws {
        // 0x80 is Ç in code page 437; "437" is not an XML encoding name, so libxml2 alone refuses the declaration.
        let bytes = Array(#"<?xml version="1.0" encoding="437"?><feed><title>"#.utf8) + [0x80] + Array("</title></feed>".utf8)
        #expect(try Self.title(bytes) == ("Ç", true))
    }

    @Test func pythonsNamesAreMappedToIconvs() throws {
        let latin2 = Array(#"<?xml version="1.0" encoding="maclatin2"?><feed><title>"#.utf8) + [0x80] + Array("</title></feed>".utf8)
        #expect(try Self.title(latin2) == ("Ä", true))
        // UTF-16BE without a byte order mark, declared with Python's `u16`.
        let u16 = #"<?xml version="1.0" encoding="u16"?><feed><title>é</title></feed>"#.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try Self.title(u16) == ("é", true))
    }

    @Test func ebcdicIsRecognisedByItsDeclaration() throws {
        // "<?xml version='1.0' encoding='cp037'?><feed><title>A</title></feed>" in code page 037.
        let text = "<?xml version='1.0' encoding='cp037'?><feed><title>A</title></feed>"
        let ebcdic: [Character: UInt8] = [
            "<": 0x4C, "?": 0x6F, "x": 0xA7, "m": 0x94, "l": 0x93, " ": 0x40, "v": 0xA5, "e": 0x85, "r": 0x99,
            "s": 0xA2, "i": 0x89, "o": 0x96, "n": 0x95, "=": 0x7E, "'": 0x7D, "1": 0xF1, ".": 0x4B, "0": 0xF0,
            "c": 0x83, "d": 0x84, "g": 0x87, "p": 0x97, "3": 0xF3, "7": 0xF7, ">": 0x6E, "f": 0x86, "t": 0xA3,
            "A": 0xC1, "/": 0x61,
        ]
        let bytes = text.map { ebcdic[$0]! }
        #expect(try Self.title(bytes) == ("A", true))
    }
}
