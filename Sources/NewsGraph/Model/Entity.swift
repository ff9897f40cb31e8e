/// One real-world entity: a node of the graph.
public struct Entity: Hashable, Sendable, Codable {
    public var id: EntityID
    public var type: EntityType
    /// The canonical label: the fullest well-formed name seen.
    public var name: String
    /// Every surface form seen, sorted, without `name` itself.
    public var aliases: [String]
    /// How many mentions in the corpus refer to it.
    public var mentionCount: Int
    /// Ids of the documents that mention it, sorted.
    public var documents: [String]
    /// Identifiers in public datasets (ISO 3166 code, GeoNames id), when known.
    public var externalIDs: [ExternalID]
    /// For gazetteer places and states: the ISO 3166-1 alpha-2 code of their country.
    public var countryCode: String?

    public init(id: EntityID, type: EntityType, name: String, aliases: [String] = [], mentionCount: Int = 0,
                documents: [String] = [], externalIDs: [ExternalID] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.mentionCount = mentionCount
        self.documents = documents
        self.externalIDs = externalIDs
    }
}

extension Entity {
    /// The entity's identifiers in one scheme, joined by `separator`.
    public func identifiers(_ scheme: ExternalID.Scheme, separator: String = "; ") -> String {
        externalIDs.filter { $0.scheme == scheme }.map(\.value).joined(separator: separator)
    }
}

/// An identifier of an entity in a public dataset, exported as a `sameAs` link.
public struct ExternalID: Hashable, Comparable, Sendable, Codable {
    public enum Scheme: String, Sendable, Codable, Comparable {
        case iso3166 = "ISO 3166"
        case geonames = "GeoNames"
        public static func < (l: Self, r: Self) -> Bool { l.rawValue < r.rawValue }
    }
    public var scheme: Scheme
    public var value: String

    public init(scheme: Scheme, value: String) {
        self.scheme = scheme
        self.value = value
    }

    /// A dereferenceable IRI for the identifier.
    public var iri: String {
        switch scheme {
        case .iso3166: return "https://www.iso.org/obp/ui/#iso:code:3166:\(value)"
        case .geonames: return "https://sws.geonames.org/\(value)/"
        }
    }

    public static func < (l: Self, r: Self) -> Bool { (l.scheme, l.value) < (r.scheme, r.value) }
}
