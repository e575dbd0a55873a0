import Foundation

extension Feed {
    /// The encoder behind `jsonData()`: pretty, sorted keys, RFC 3339 dates in UTC, slashes unescaped.
    public static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFCDate.rfc3339(date))
        }
        return encoder
    }

    /// The decoder matching `jsonEncoder()`.
    public static func jsonDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = FeedDateParser.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
            }
            return date
        }
        return decoder
    }

    /// The feed as pretty JSON with sorted keys (what `sitegen ingest --inspect` prints).
    public func jsonData() throws -> Data {
        try Self.jsonEncoder().encode(self)
    }
}
