import Foundation

/// One predicate of the relation vocabulary, as read from `vocabulary.json`.
public struct Predicate: Hashable, Sendable, Codable {
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
    /// Words and phrases that signal the predicate in a sentence.
    public var triggers: [String]
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
