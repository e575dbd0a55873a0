import Foundation
import Testing
@testable import SitegenMarkdown

@Suite struct ImageSizeTests {
    static func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    static func be16(_ v: Int) -> [UInt8] { [UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    static func le24(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF)] }

    static func join(_ parts: [UInt8]...) -> [UInt8] { parts.flatMap { $0 } }
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let png = join([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], be32(13), ascii("IHDR"), be32(640), be32(480), [8, 6, 0, 0, 0])
    static let gif = join(ascii("GIF89a"), le16(320), le16(200), [0xF7, 0, 0])
    /// SOI, an APP0 segment, a DQT segment, fill bytes, then SOF2 (progressive).
    static let jpeg = join(
        [0xFF, 0xD8], [0xFF, 0xE0], be16(16), ascii("JFIF"), [0, 1, 1, 0], be16(1), be16(1), [0, 0],
        [0xFF, 0xDB], be16(4), [0, 0], [0xFF, 0xFF, 0xC2], be16(17), [8], be16(1080), be16(1920), [3])
    static let webpLossy = join(
        ascii("RIFF"), [0, 0, 0, 0], ascii("WEBPVP8 "), [0, 0, 0, 0], [0x10, 0x02, 0x00], [0x9D, 0x01, 0x2A], le16(800), le16(600))
    static let webpLossless: [UInt8] = {
        let bits = UInt32(99) | UInt32(49) << 14
        let packed: [UInt8] = [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24 & 0xFF)]
        return join(ascii("RIFF"), [0, 0, 0, 0], ascii("WEBPVP8L"), [0, 0, 0, 0], [0x2F], packed)
    }()
    static let webpExtended = join(ascii("RIFF"), [0, 0, 0, 0], ascii("WEBPVP8X"), [10, 0, 0, 0], [0, 0, 0, 0], le24(1919), le24(1079))

    @Test func readsEveryFormat() {
        #expect(ImageSize.read(Self.png) == ImageSize(width: 640, height: 480))
        #expect(ImageSize.read(Self.gif) == ImageSize(width: 320, height: 200))
        #expect(ImageSize.read(Self.jpeg) == ImageSize(width: 1920, height: 1080))
        #expect(ImageSize.read(Self.webpLossy) == ImageSize(width: 800, height: 600))
        #expect(ImageSize.read(Self.webpLossless) == ImageSize(width: 100, height: 50))
        #expect(ImageSize.read(Self.webpExtended) == ImageSize(width: 1920, height: 1080))
    }

    @Test func readsSVGAttributesOrViewBox() {
        let sized = Array("<?xml version=\"1.0\"?>\n<!-- c --><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120px\" height='80'>".utf8)
        let viewBox = Array("<svg viewBox=\"0 0 300.4 150\" width=\"100%\"><rect/></svg>".utf8)
        let neither = Array("<svg><rect/></svg>".utf8)
        #expect(ImageSize.read(sized) == ImageSize(width: 120, height: 80))
        #expect(ImageSize.read(viewBox) == ImageSize(width: 300, height: 150))
        #expect(ImageSize.read(neither) == nil)
        #expect(ImageSize.read(Array("<svgfoo width=\"1\" height=\"1\">".utf8)) == nil)
    }

    @Test func truncatedFilesGiveNilAtEveryLength() {
        for fixture in [Self.png, Self.gif, Self.jpeg, Self.webpLossy, Self.webpLossless, Self.webpExtended] {
            let full = ImageSize.read(fixture)
            #expect(full != nil)
            for length in 0..<fixture.count - 1 {
                let size = ImageSize.read(Array(fixture.prefix(length)))
                #expect(size == nil || size == full, "prefix \(length)")
            }
        }
        #expect(ImageSize.read(Array("<svg width=\"10\" height=\"1".utf8)) == nil)
    }

    @Test func garbageAndHostileHeaders() {
        #expect(ImageSize.read([]) == nil)
        #expect(ImageSize.read(Array("not an image".utf8)) == nil)
        let zeroPNG = Array(Self.png.prefix(16)) + ImageSizeTests.be32(0) + ImageSizeTests.be32(10)
        #expect(ImageSize.read(zeroPNG) == nil)
        let hugePNG = Array(Self.png.prefix(16)) + [0xFF, 0xFF, 0xFF, 0xFF] + ImageSizeTests.be32(10)
        #expect(ImageSize.read(hugePNG) == nil)
        let loopingJPEG: [UInt8] = [0xFF, 0xD8] + Array(repeating: 0xFF, count: 5000)
        #expect(ImageSize.read(loopingJPEG) == nil)
        let badLength: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01]
        #expect(ImageSize.read(badLength) == nil)
    }

    @Test func readsFilesFromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-imagesize-\(UUID().uuidString).gif")
        try Data(Self.gif).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(ImageSize.read(contentsOf: url) == ImageSize(width: 320, height: 200))
        #expect(ImageSize.read(contentsOf: url.appendingPathExtension("missing")) == nil)
    }
}
