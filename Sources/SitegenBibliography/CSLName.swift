/// A personal or corporate name in CSL-JSON shape.
public struct CSLName: Hashable, Sendable, Codable {
    /// Family name ("Berg").
    public var family: String?
    /// Given names ("Piet").
    public var given: String?
    /// A particle kept with the family name when sorting ("van" in "van Gogh" for some styles).
    public var nonDroppingParticle: String?
    /// A particle dropped when the family name is shown alone ("van der" in pandoc's reading of BibTeX "von").
    public var droppingParticle: String?
    /// "Jr.", "III".
    public var suffix: String?
    /// A name printed as written, e.g. an organisation.
    public var literal: String?
    /// True when the suffix is separated by a comma ("Smith, Jr.").
    public var commaSuffix: Bool
    /// True for names whose order never changes (CSL `static-ordering`).
    public var staticOrdering: Bool

    /// Creates a name.
    public init(
        family: String? = nil, given: String? = nil, nonDroppingParticle: String? = nil,
        droppingParticle: String? = nil, suffix: String? = nil, literal: String? = nil,
        commaSuffix: Bool = false, staticOrdering: Bool = false
    ) {
        self.family = family
        self.given = given
        self.nonDroppingParticle = nonDroppingParticle
        self.droppingParticle = droppingParticle
        self.suffix = suffix
        self.literal = literal
        self.commaSuffix = commaSuffix
        self.staticOrdering = staticOrdering
    }

    /// A literal (corporate) name.
    public static func literal(_ name: String) -> CSLName { CSLName(literal: name) }

    enum CodingKeys: String, CodingKey {
        case family, given, suffix, literal
        case nonDroppingParticle = "non-dropping-particle"
        case droppingParticle = "dropping-particle"
        case commaSuffix = "comma-suffix"
        case staticOrdering = "static-ordering"
    }

    /// Decodes a CSL-JSON name object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        family = try c.decodeIfPresent(String.self, forKey: .family)
        given = try c.decodeIfPresent(String.self, forKey: .given)
        nonDroppingParticle = try c.decodeIfPresent(String.self, forKey: .nonDroppingParticle)
        droppingParticle = try c.decodeIfPresent(String.self, forKey: .droppingParticle)
        suffix = try c.decodeIfPresent(String.self, forKey: .suffix)
        literal = try c.decodeIfPresent(String.self, forKey: .literal)
        commaSuffix = (try? c.decodeIfPresent(Bool.self, forKey: .commaSuffix)) ?? false
        staticOrdering = (try? c.decodeIfPresent(Bool.self, forKey: .staticOrdering)) ?? false
    }

    /// Encodes as a CSL-JSON name object, omitting empty parts.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(family, forKey: .family)
        try c.encodeIfPresent(given, forKey: .given)
        try c.encodeIfPresent(nonDroppingParticle, forKey: .nonDroppingParticle)
        try c.encodeIfPresent(droppingParticle, forKey: .droppingParticle)
        try c.encodeIfPresent(suffix, forKey: .suffix)
        try c.encodeIfPresent(literal, forKey: .literal)
        if commaSuffix { try c.encode(true, forKey: .commaSuffix) }
        if staticOrdering { try c.encode(true, forKey: .staticOrdering) }
    }

    /// True when nothing is set.
    public var isEmpty: Bool {
        family == nil && given == nil && literal == nil && nonDroppingParticle == nil && droppingParticle == nil
    }
}
