import Foundation

/// Rewrites the `href` and `src` attributes of HTML the renderer wrote so that they are absolute, for feeds:
/// a feed reader shows content out of the site's context. Works on bytes: the renderer always writes
/// double-quoted attributes, so a scan for ` href="` and ` src="` finds every URL without parsing.
struct URLAbsolutizer: Sendable {
    /// The absolute URL of the page the HTML belongs to (with a trailing slash).
    let pageURL: String
    /// The site's URL builder, for root-relative paths.
    let urls: URLBuilder

    func absolutize(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 256)
            var i = 0
            while i < bytes.count {
                if let valueStart = attributeValueStart(bytes, at: i) {
                    out.append(contentsOf: bytes[i..<valueStart])
                    var end = valueStart
                    while end < bytes.count && bytes[end] != 0x22 { end += 1 }
                    let value = String(decoding: bytes[valueStart..<end], as: UTF8.self)
                    out.append(contentsOf: Array(resolve(value).utf8))
                    i = end
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// If ` href="` or ` src="` starts at `i`, the index just after the quote.
    private func attributeValueStart(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard b[i] == 0x20 || b[i] == 0x0A else { return nil }
        let href: [UInt8] = [0x68, 0x72, 0x65, 0x66, 0x3D, 0x22]  // href="
        let src: [UInt8] = [0x73, 0x72, 0x63, 0x3D, 0x22]  // src="
        for pattern in [href, src] where i + 1 + pattern.count <= b.count {
            var matched = true
            for (k, byte) in pattern.enumerated() where b[i + 1 + k] != byte {
                matched = false
                break
            }
            if matched { return i + 1 + pattern.count }
        }
        return nil
    }

    private func resolve(_ value: String) -> String {
        if value.isEmpty || value.hasPrefix("#") { return value.isEmpty ? value : pageURL + value }
        if value.hasPrefix("/") && !value.hasPrefix("//") { return urls.absolutize(value) }
        if value.contains(":") || value.hasPrefix("//") { return value }  // has a scheme (or is protocol-relative)
        return URL(string: value, relativeTo: URL(string: pageURL))?.absoluteString ?? pageURL + value
    }
}
