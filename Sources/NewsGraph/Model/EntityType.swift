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

/// A set of entity types as bits, for the hot checks of relation extraction.
public struct EntityTypes: Sendable, Hashable {
    public private(set) var bits: UInt8 = 0

    public init(_ types: [EntityType]) {
        for type in types { bits |= type.bit }
    }

    @inline(__always)
    public func contains(_ type: EntityType) -> Bool { bits & type.bit != 0 }
}

extension EntityType {
    /// This type's bit in ``EntityTypes``.
    @inline(__always)
    var bit: UInt8 {
        switch self {
        case .person: return 1
        case .state: return 2
        case .group: return 4
        case .place: return 8
        case .operation: return 16
        }
    }
}
