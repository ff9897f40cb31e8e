/// A stable, content-derived entity identifier: `type:slug`, e.g. `state:pakistan`.
///
/// The slug is the canonical name folded to lower-case ASCII letters and digits joined by
/// hyphens, so the same entity gets the same id in every run and every corpus.
public struct EntityID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    /// A 64-bit hash of `rawValue`, computed once: ids key the corpus-wide tables, and
    /// hashing a number is much cheaper than hashing the string at every lookup.
    private let fingerprint: UInt64

    public init(rawValue: String) {
        self.rawValue = rawValue
        fingerprint = WordHash.raw(rawValue)
    }

    public init(type: EntityType, name: String) {
        self.init(rawValue: type.slug + ":" + NameKey.slug(name))
    }

    /// The part after `type:`.
    public var slug: Substring { rawValue[rawValue.index(after: rawValue.firstIndex(of: ":")!)...] }

    public var description: String { rawValue }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.fingerprint == rhs.fingerprint && lhs.rawValue == rhs.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    // Encoded as before the fingerprint existed: `{"rawValue": "…"}`.
    private enum CodingKeys: String, CodingKey { case rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .rawValue))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rawValue, forKey: .rawValue)
    }
}
