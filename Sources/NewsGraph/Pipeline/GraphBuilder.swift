/// Builds the corpus-level ``KnowledgeGraph`` from an analysed corpus: entities from
/// resolution, and relations merged so that each distinct fact is one edge whose weight
/// is the number of sentences that state it.
public struct GraphBuilder: Sendable {
    public let vocabulary: RelationVocabulary

    public init(vocabulary: RelationVocabulary) { self.vocabulary = vocabulary }

    public func build(_ corpus: Corpus) -> KnowledgeGraph {
        struct Key: Hashable { var subject: EntityID; var predicate: String; var object: EntityID }
        var merged: [Key: Relation] = [:]
        for document in corpus.documents {
            for found in document.relations {
                guard corpus.entities[found.subject] != nil, corpus.entities[found.object] != nil,
                      found.subject != found.object else { continue }
                let symmetric = vocabulary.isSymmetric(found.predicate)
                var subject = found.subject, object = found.object
                if symmetric && object < subject { swap(&subject, &object) }
                let key = Key(subject: subject, predicate: found.predicate, object: object)
                let evidence = Evidence(documentID: document.id, sentence: found.sentence,
                                        text: document.string(document.sentences[found.sentence]))
                var relation = merged[key] ?? Relation(subject: subject, predicate: found.predicate, object: object,
                                                       symmetric: symmetric, dates: [], evidence: [], confidence: 0)
                if !relation.evidence.contains(evidence) { relation.evidence.append(evidence) }
                if let date = found.date, !relation.dates.contains(date) { relation.dates.append(date) }
                relation.confidence = max(relation.confidence, found.confidence)
                merged[key] = relation
            }
        }
        let relations = merged.values.map { relation -> Relation in
            var relation = relation
            relation.dates.sort()
            relation.evidence.sort()
            return relation
        }
        let documents = corpus.documents.map { DocumentInfo(id: $0.id, title: $0.title, date: $0.date, url: $0.document.url) }
        return KnowledgeGraph(documents: documents, entities: Array(corpus.entities.values), relations: relations,
                              vocabulary: vocabulary)
    }
}
