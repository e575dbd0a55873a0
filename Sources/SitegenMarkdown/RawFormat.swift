/// Pandoc's raw attribute, `` `…`{=format} `` inline and ```` ```{=format} ```` on a fenced block: content for
/// one output format. HTML output keeps `html` (and `html4`/`html5`) and leaves every other format out,
/// `latex` and `tex` included, without a trace.
enum RawFormat {
    /// Whether content in `format` (lowercased) goes into HTML output.
    static func passesThrough(_ format: String) -> Bool {
        format == "html" || format == "html5" || format == "html4"
    }

    /// The format and byte length of a `{=format}` at the start of `bytes`.
    static func attribute(_ bytes: ArraySlice<UInt8>) -> (String, Int)? {
        guard bytes.starts(with: "{=".utf8) else { return nil }
        var i = bytes.startIndex + 2
        while i < bytes.endIndex, isFormatByte(bytes[i]) { i += 1 }
        guard i > bytes.startIndex + 2, i < bytes.endIndex, bytes[i] == UInt8(ascii: "}") else { return nil }
        let format = String(decoding: bytes[(bytes.startIndex + 2)..<i], as: UTF8.self).lowercased()
        return (format, i + 1 - bytes.startIndex)
    }

    private static func isFormatByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }
}
