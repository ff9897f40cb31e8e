/// The five kinds of entity a NewsGraph knows (see the annotation guidelines).
public enum EntityType: String, CaseIterable, Sendable, Codable, Comparable {
    case person = "Person"
    case state = "State"
    case group = "Group"
    case place = "Place"
    case operation = "Operation"

    /// Lower-case form used in identifiers (`person`, `state`, …).
    public var slug: String { rawValue.lowercased() }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
