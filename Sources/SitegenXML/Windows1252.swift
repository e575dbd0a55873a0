import Foundation

/// Decodes windows-1252 as browsers (the WHATWG Encoding Standard) do: the five bytes the code page leaves
/// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the same value instead of stopping the
/// decoder, so the rest of the document is never lost.
public enum Windows1252 {
    /// The labels that mean windows-1252 to a browser (the WHATWG Encoding Standard): Latin-1 and ASCII too.
    static let labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii",
        "us-ascii", "iso-ir-100", "ibm819", "cp819", "csisolatin1", "ansi_x3.4-1968",
    ]

    /// Code points of bytes 0x80–0x9F.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The UTF-8 bytes of windows-1252 `data` (parse them with the encoding overridden as UTF-8).
    public static func utf8(_ data: Data) -> Data {
        var scalars = String.UnicodeScalarView()
        for byte in data {
            let value = byte >= 0x80 && byte <= 0x9F ? high[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return Data(String(scalars).utf8)
    }
}
