/// What the exporters know about a source document.
public struct DocumentInfo: Hashable, Sendable, Codable {
    public var id: String
    public var title: String?
    public var date: CalendarDay?
    public var url: String?

    public init(id: String, title: String? = nil, date: CalendarDay? = nil, url: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
    }
}

/// The corpus-level graph: entities as nodes, relations as edges, with their sources.
///
/// Everything is kept in a canonical order (documents and entities by id, relations by
/// subject, predicate and object), so that every exporter writes the same bytes for the
/// same input without sorting again.
public struct KnowledgeGraph: Sendable, Equatable {
    public private(set) var documents: [DocumentInfo]
    public private(set) var entities: [Entity]
    public private(set) var relations: [Relation]
    /// The relation vocabulary the predicates come from.
    public let vocabulary: RelationVocabulary
    private var entityIndex: [EntityID: Int]

    public init(documents: [DocumentInfo], entities: [Entity], relations: [Relation], vocabulary: RelationVocabulary) {
        self.documents = documents.sorted { $0.id < $1.id }
        self.entities = entities.sorted { $0.id < $1.id }
        self.relations = relations.sorted { ($0.subject, $0.predicate, $0.object) < ($1.subject, $1.predicate, $1.object) }
        self.vocabulary = vocabulary
        entityIndex = Dictionary(uniqueKeysWithValues: self.entities.enumerated().map { ($1.id, $0) })
    }

    /// The entity with this id, if the graph has it.
    public func entity(_ id: EntityID) -> Entity? {
        entityIndex[id].map { entities[$0] }
    }
}
