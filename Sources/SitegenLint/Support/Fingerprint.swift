/// A stable, platform-independent content hash (FNV-1a, 64 bit, twice with different offsets → 128 bits hex).
///
/// Swift's `Hasher` is seeded per process, so it cannot be used for anything written to disk.
public enum Fingerprint {
    /// 32 lowercase hex digits for `text`.
    public static func of(_ text: String) -> String {
        hex(fnv1a(text, basis: 0xcbf2_9ce4_8422_2325)) + hex(fnv1a(text, basis: 0x84222325_cbf29ce4))
    }

    private static func fnv1a(_ text: String, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Text normalised for fingerprints: lowercase, Markdown punctuation dropped, whitespace collapsed,
    /// so re-wrapping, renumbering or moving a line does not change its fingerprint.
    public static func normalise(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out += " " }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if scalar.properties.isWhitespace || scalar == "-" || scalar == "_" {
                pendingSpace = true
            }
        }
        return out
    }
}
