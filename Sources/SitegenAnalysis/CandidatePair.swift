import Foundation

/// A pair of rewrite units to verify, computed outside the process (by `scale/spark_candidates.py` from the
/// feature records). One JSON Lines record: `{"a": "12:3", "b": "40:1", "keys": ["band:4", "terms:3"],
/// "agreement": 51}` — units as `document:unit` (input position, position among the document's units), the
/// rules that paired them (`document`, `band:B`, `terms:K`) and the agreeing MinHash slots; schema in
/// docs/scaling.md.
public struct CandidatePair: Sendable, Hashable {
    /// A unit: the document's input position and the unit's position in the document.
    public struct UnitKey: Sendable, Hashable, CustomStringConvertible {
        public var document: Int
        public var unit: Int

        /// Creates a key.
        public init(document: Int, unit: Int) {
            self.document = document
            self.unit = unit
        }

        /// `document:unit`, or nil.
        public init?(_ text: String) {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let document = Int(parts[0]), let unit = Int(parts[1]), document >= 0, unit >= 0
            else { return nil }
            self.init(document: document, unit: unit)
        }

        public var description: String { "\(document):\(unit)" }
    }

    public var a: UnitKey
    public var b: UnitKey
    /// True when an LSH band paired them (their shingle Jaccard similarity is then always computed).
    public var band: Bool

    /// Creates a pair.
    public init(a: UnitKey, b: UnitKey, band: Bool) {
        self.a = a
        self.b = b
        self.band = band
    }

    private struct Line: Decodable {
        var a: String
        var b: String
        var keys: [String]
    }

    /// Reads one JSON Lines record; the error says what is wrong with it.
    public static func parse(_ line: String) throws -> CandidatePair {
        try parse(line, decoder: JSONDecoder())
    }

    /// Reads one JSON Lines record with `decoder` (reused across lines). The compact form Spark writes
    /// (`{"a":"12:3","b":"40:1","keys":[…]…}`, no spaces) is read without the decoder; any other form goes
    /// through it.
    public static func parse(_ line: String, decoder: JSONDecoder) throws -> CandidatePair {
        var text = line
        if let pair = text.withUTF8({ bytes -> CandidatePair? in
            var scanner = CompactPairScanner(bytes: bytes)
            return scanner.pair()
        }) { return pair }
        let decoded: Line
        do {
            decoded = try decoder.decode(Line.self, from: Data(line.utf8))
        } catch {
            throw CandidatePairError("not a candidate pair: expected {\"a\": \"doc:unit\", \"b\": \"doc:unit\", \"keys\": [...]}")
        }
        guard let a = UnitKey(decoded.a) else { throw CandidatePairError("unit \"\(decoded.a)\" is not document:unit") }
        guard let b = UnitKey(decoded.b) else { throw CandidatePairError("unit \"\(decoded.b)\" is not document:unit") }
        guard a != b else { throw CandidatePairError("a unit paired with itself (\(a))") }
        return CandidatePair(a: a, b: b, band: decoded.keys.contains { $0.hasPrefix("band:") })
    }
}

/// A malformed candidate pair or one naming a unit the features do not have.
public struct CandidatePairError: Error, Sendable, CustomStringConvertible {
    public var description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}
