/// The stable identity of a content term across runs, machines and processes: a 64-bit hash of its stem
/// (FNV-1a over the UTF-8 bytes, then the splitmix64 finaliser). Term ids inside one `Corpus` depend on the
/// order words were first seen; these hashes do not, so feature records and candidate rules use them.
enum TermHash {
    /// The hash of a stem.
    static func of(stem: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in stem.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Shingler.mix(h)
    }

    /// The hash of every term of a vocabulary, by term id.
    static func all(_ vocabulary: Vocabulary) -> [UInt64] {
        vocabulary.stems.map(of(stem:))
    }

    /// Sixteen lowercase hexadecimal digits (the form feature records and candidate pairs use).
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The value of sixteen (or fewer) hexadecimal digits.
    static func parse(_ text: String) -> UInt64? {
        UInt64(text, radix: 16)
    }
}
