/// MinHash signatures with `permutations` universal hash functions `a·x + b` over UInt64 shingle hashes, and
/// their LSH band keys (`bands` × `rows` ≤ `permutations`).
struct MinHasher {
    static let permutations = 63
    static let bands = 21
    static let rows = 3

    private let multipliers: [UInt64]
    private let offsets: [UInt64]

    init() {
        var state: UInt64 = 0x5EED_0F_5175_6E6
        var a: [UInt64] = [], b: [UInt64] = []
        for _ in 0..<Self.permutations {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            a.append(Shingler.mix(state) | 1)
            state = state &+ 0x9E37_79B9_7F4A_7C15
            b.append(Shingler.mix(state))
        }
        multipliers = a
        offsets = b
    }

    /// An empty signature (all maxima), the identity of `merge`.
    static var empty: [UInt64] { [UInt64](repeating: .max, count: permutations) }

    /// Folds one shingle into a signature.
    @inline(__always)
    func add(_ shingle: UInt64, to signature: inout [UInt64]) {
        signature.withUnsafeMutableBufferPointer { sig in
            for k in 0..<Self.permutations {
                let value = shingle &* multipliers[k] &+ offsets[k]
                if value < sig[k] { sig[k] = value }
            }
        }
    }

    /// The signature of a union: element-wise minimum.
    static func merge(_ other: [UInt64], into signature: inout [UInt64]) {
        for k in 0..<permutations where other[k] < signature[k] { signature[k] = other[k] }
    }

    /// One key per band, for locality-sensitive hashing.
    static func bandKeys(_ signature: [UInt64]) -> [UInt64] {
        (0..<bands).map { band in
            var h = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
            for r in 0..<rows { h = Shingler.mix(h ^ signature[band * rows + r]) }
            return h
        }
    }
}
