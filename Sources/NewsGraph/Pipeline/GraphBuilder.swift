/// Builds the corpus-level ``KnowledgeGraph`` from an analysed corpus: entities from
/// resolution, and relations merged so that each distinct fact is one edge whose weight
/// is the number of sentences that state it.
public struct GraphBuilder: Sendable {
    public let vocabulary: RelationVocabulary

    public init(vocabulary: RelationVocabulary) { self.vocabulary = vocabulary }

    public func build(_ corpus: Corpus) -> KnowledgeGraph {
        struct Key: Hashable { var subject: EntityID; var predicate: String; var object: EntityID }
        var relations: [Relation] = []
        var position: [Key: Int] = [:]
        var seen: [Set<Evidence>] = []
        for document in corpus.documents {
            func entity(_ argument: RelationMention.Argument) -> EntityID? {
                switch argument {
                case let .mention(index): return document.mentions[index].entityID
                case let .entity(id): return id
                case .role: return nil      // an office nobody in the corpus was found to hold
                }
            }
            for found in document.relations {
                guard var subject = entity(found.subject), var object = entity(found.object),
                      corpus.entities[subject] != nil, corpus.entities[object] != nil, subject != object else { continue }
                let symmetric = vocabulary.isSymmetric(found.predicate)
                if symmetric && object < subject { swap(&subject, &object) }
                let key = Key(subject: subject, predicate: found.predicate, object: object)
                let evidence = Evidence(documentID: document.id, sentence: found.sentence,
                                        text: document.string(document.sentences[found.sentence]))
                let index: Int
                if let existing = position[key] { index = existing } else {
                    index = relations.count
                    position[key] = index
                    relations.append(Relation(subject: subject, predicate: found.predicate, object: object,
                                              symmetric: symmetric, dates: [], evidence: [], confidence: 0))
                    seen.append([])
                }
                // Mutate in place: copying a relation out and back would copy its arrays every time.
                if seen[index].insert(evidence).inserted { relations[index].evidence.append(evidence) }
                if let date = found.date, !relations[index].dates.contains(date) { relations[index].dates.append(date) }
                if let role = found.role, !relations[index].roles.contains(role) { relations[index].roles.append(role) }
                relations[index].confidence = max(relations[index].confidence, found.confidence)
            }
        }
        for index in relations.indices {
            relations[index].dates.sort()
            relations[index].evidence.sort()
        }
        let documents = corpus.documents.map { DocumentInfo(id: $0.id, title: $0.title, date: $0.date, url: $0.document.url) }
        return KnowledgeGraph(documents: documents, entities: Array(corpus.entities.values), relations: relations,
                              vocabulary: vocabulary)
    }
}
