import Foundation

/// One predicate of the relation vocabulary, as read from `vocabulary.json`.
public struct Predicate: Hashable, Sendable, Decodable {
    public var name: String
    /// Human-readable form for edge labels (`spoke with`).
    public var label: String
    public var symmetric: Bool
    public var subjectTypes: [EntityType]
    public var objectTypes: [EntityType]
    /// CAMEO event code, empty when the predicate is not an event.
    public var cameo: String
    /// PLOVER event category, empty when the predicate is not an event.
    public var plover: String
    public var description: String
    /// Words and phrases that signal the predicate in a sentence (subject before, object after).
    public var triggers: [String]
    /// Passive triggers: object before, subject after ("was received by").
    public var passiveTriggers: [String]
    /// Phrases for a deed two parties do to each other ("A and B exchanged fire", "A traded
    /// fire with B"): the relation holds both ways.
    public var mutualTriggers: [String]
    /// How the extractor reads the predicate's arguments around a trigger.
    public var frame: Frame
    /// Whether the relation is an event that happens on a day (false for standing facts).
    public var dated: Bool
    /// Whether subject and object come together in it (a call, a meeting, a visit received):
    /// "the two leaders" and "both sides" just after it mean those two.
    public var meeting: Bool

    /// Argument patterns of a predicate.
    public enum Frame: String, Sendable, Codable, Hashable {
        /// Subject before the trigger, object after it.
        case agentObject
        /// Like agentObject, and the subject may be a possessive or demonym right before
        /// the trigger ("Pakistan's strikes", "Iranian attacks") or follow "by".
        case attack
        /// A named operation and the state or group whose operation it is.
        case operation
        /// Not from triggers: from names and titles (officialOf, partOf, locatedIn).
        case none
    }

    private enum CodingKeys: String, CodingKey {
        case name, label, symmetric, subjectTypes, objectTypes, cameo, plover, description, triggers, passiveTriggers, mutualTriggers, frame, dated, meeting
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        label = try c.decode(String.self, forKey: .label)
        symmetric = try c.decode(Bool.self, forKey: .symmetric)
        subjectTypes = try c.decode([EntityType].self, forKey: .subjectTypes)
        objectTypes = try c.decode([EntityType].self, forKey: .objectTypes)
        cameo = try c.decodeIfPresent(String.self, forKey: .cameo) ?? ""
        plover = try c.decodeIfPresent(String.self, forKey: .plover) ?? ""
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        triggers = try c.decodeIfPresent([String].self, forKey: .triggers) ?? []
        passiveTriggers = try c.decodeIfPresent([String].self, forKey: .passiveTriggers) ?? []
        mutualTriggers = try c.decodeIfPresent([String].self, forKey: .mutualTriggers) ?? []
        frame = try c.decodeIfPresent(Frame.self, forKey: .frame) ?? .agentObject
        dated = try c.decodeIfPresent(Bool.self, forKey: .dated) ?? true
        meeting = try c.decodeIfPresent(Bool.self, forKey: .meeting) ?? false
    }
}

/// The closed set of predicates, in the order of the data file.
public struct RelationVocabulary: Hashable, Sendable {
    public let predicates: [Predicate]
    private let index: [String: Int]

    public init(predicates: [Predicate]) throws {
        var index: [String: Int] = [:]
        for (position, predicate) in predicates.enumerated() {
            guard index.updateValue(position, forKey: predicate.name) == nil else {
                throw ResourceError.invalid("vocabulary.json", "predicate \(predicate.name) is defined twice")
            }
        }
        self.predicates = predicates
        self.index = index
    }

    /// Reads a vocabulary file (`{"predicates": [...]}`).
    public init(contentsOf url: URL) throws {
        struct File: Decodable { var predicates: [Predicate] }
        let file = try ResourceLoader.decode(File.self, from: url)
        try self.init(predicates: file.predicates)
    }

    /// The vocabulary shipped with NewsGraph.
    public static func standard() throws -> RelationVocabulary {
        try RelationVocabulary(contentsOf: ResourceLoader.dataURL("vocabulary.json"))
    }

    public subscript(name: String) -> Predicate? { index[name].map { predicates[$0] } }

    public func isSymmetric(_ name: String) -> Bool { self[name]?.symmetric ?? false }
}
