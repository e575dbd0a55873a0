/// The MinHash sketch of one rewrite unit: its LSH band keys and the low 32 bits of each signature slot (enough
/// to count agreeing slots; two different 64-bit minima agree in their low halves with probability 2⁻³²).
struct UnitSignature: Sendable {
    /// One key per band (`MinHasher.bands`); empty for a unit without a signature.
    var bands: [UInt64] = []
    /// Low 32 bits of each of the `MinHasher.permutations` slots.
    var slots: [UInt32] = []

    init() {}

    init(signature: [UInt64]) {
        bands = MinHasher.bandKeys(signature)
        slots = signature.map { UInt32(truncatingIfNeeded: $0) }
    }

    /// Slots on which two signatures agree: the cheap verification of an LSH pair (their share estimates the
    /// shingle Jaccard similarity).
    static func agreement(_ a: [UInt32], _ b: [UInt32]) -> Int {
        guard a.count == b.count else { return 0 }
        var count = 0
        for k in a.indices where a[k] == b[k] { count += 1 }
        return count
    }
}
