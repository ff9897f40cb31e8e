/// A stretch of one document's text that names an entity (the document holds its mentions).
public struct Mention: Hashable, Sendable, Codable {
    /// Index of the sentence in the document's sentence list.
    public var sentence: Int
    public var span: Span
    /// The text as written.
    public var surface: String
    public var type: EntityType
    /// Set by resolution: the entity this mention refers to.
    public var entityID: EntityID?
    /// A name this mention stands for when the surface form is not a name of the entity
    /// itself (a demonym or a capital used for its state), set by recognition.
    public var canonicalHint: String?
    /// A lone word or handle that only counts if resolution ties it to a name found elsewhere.
    public var tentative: Bool
    /// For gazetteer names: the index of the matched entry in ``Gazetteer/entries``
    /// (its identity, identifiers and country are read from there at resolution).
    public var gazetteerEntry: Int32?
    /// For a person named after a title: the title as written ("Caretaker Foreign Minister").
    public var role: String?
    /// The span of the mention this one belongs to, when the text says so: the state or
    /// group of a titled person ("Kenya's Foreign Minister X"), the state of a body
    /// ("the Iranian Foreign Ministry"), the place or state containing a place
    /// ("Punjab's Kasur district").
    public var affiliation: Span?
    /// ``WordHash`` phrase hash of the mention's name key (0 when not computed), so
    /// resolution can group mentions without building strings.
    public var keyHash: UInt64 = 0

    public init(sentence: Int, span: Span, surface: String, type: EntityType,
                entityID: EntityID? = nil, canonicalHint: String? = nil, tentative: Bool = false,
                gazetteerEntry: Int32? = nil, role: String? = nil, affiliation: Span? = nil, keyHash: UInt64 = 0) {
        self.role = role
        self.affiliation = affiliation
        self.keyHash = keyHash
        self.gazetteerEntry = gazetteerEntry
        self.tentative = tentative
        self.sentence = sentence
        self.span = span
        self.surface = surface
        self.type = type
        self.entityID = entityID
        self.canonicalHint = canonicalHint
    }
}
