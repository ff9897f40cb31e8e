/// A stable, content-derived entity identifier: `type:slug`, e.g. `state:pakistan`.
///
/// The slug is the canonical name folded to lower-case ASCII letters and digits joined by
/// hyphens, so the same entity gets the same id in every run and every corpus.
public struct EntityID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(type: EntityType, name: String) {
        rawValue = type.slug + ":" + NameKey.slug(name)
    }

    /// The part after `type:`.
    public var slug: Substring { rawValue[rawValue.index(after: rawValue.firstIndex(of: ":")!)...] }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
