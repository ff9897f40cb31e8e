/// Builds the corpus-level ``KnowledgeGraph`` from an analysed corpus: entities from
/// resolution, and relations merged so that each distinct fact is one edge whose weight
/// is the number of sentences that state it.
public struct GraphBuilder: Sendable {
    public let vocabulary: RelationVocabulary
    /// Also add `coOccurs` edges between entities named in the same sentence, weighted by
    /// the number of such sentences (the classic co-occurrence network).
    public var includeCooccurrence: Bool

    /// The predicate name of co-occurrence edges (not part of the relation vocabulary).
    public static let cooccurrence = "coOccurs"

    public init(vocabulary: RelationVocabulary, includeCooccurrence: Bool = false) {
        self.vocabulary = vocabulary
        self.includeCooccurrence = includeCooccurrence
    }

    public func build(_ corpus: Corpus) -> KnowledgeGraph {
        struct Key: Hashable { var subject: EntityID; var predicate: String; var object: EntityID }
        var relations: [Relation] = []
        var position: [Key: Int] = [:]
        /// Per relation, the (document, sentence) pairs already counted.
        var seen: [Set<Int>] = []
        for (documentIndex, document) in corpus.documents.enumerated() {
            func entity(_ argument: RelationMention.Argument) -> EntityID? {
                switch argument {
                case let .mention(index): return document.mentions[index].entityID
                case let .entity(id): return id
                case .role: return nil      // an office nobody in the corpus was found to hold
                }
            }
            var found = document.relations
            if includeCooccurrence { found += cooccurrences(in: document) }
            for found in found {
                guard var subject = entity(found.subject), var object = entity(found.object),
                      corpus.entities[subject] != nil, corpus.entities[object] != nil, subject != object else { continue }
                let symmetric = vocabulary.isSymmetric(found.predicate) || found.predicate == Self.cooccurrence
                if symmetric && object < subject { swap(&subject, &object) }
                let key = Key(subject: subject, predicate: found.predicate, object: object)
                let index: Int
                if let existing = position[key] { index = existing } else {
                    index = relations.count
                    position[key] = index
                    relations.append(Relation(subject: subject, predicate: found.predicate, object: object,
                                              symmetric: symmetric, dates: [], evidence: [], confidence: 0))
                    seen.append([])
                }
                // Mutate in place: copying a relation out and back would copy its arrays every time.
                if seen[index].insert(documentIndex << 24 | found.sentence).inserted {
                    relations[index].evidence.append(Evidence(documentID: document.id, sentence: found.sentence,
                                                              text: document.string(document.sentences[found.sentence])))
                }
                if let date = found.date, !relations[index].dates.contains(date) { relations[index].dates.append(date) }
                if let role = found.role, !relations[index].roles.contains(role) { relations[index].roles.append(role) }
                relations[index].confidence = max(relations[index].confidence, found.confidence)
            }
        }
        for index in relations.indices {
            relations[index].dates.sort()
            relations[index].evidence.sort()
        }
        return finish(corpus, relations)
    }

    /// One co-occurrence per pair of distinct entities named in the same sentence.
    func cooccurrences(in document: AnalyzedDocument) -> [RelationMention] {
        var result: [RelationMention] = []
        var start = 0
        while start < document.mentions.count {
            var end = start
            while end < document.mentions.count, document.mentions[end].sentence == document.mentions[start].sentence { end += 1 }
            var seen: [EntityID: Int] = [:]
            for index in start..<end { if let id = document.mentions[index].entityID, seen[id] == nil { seen[id] = index } }
            let firsts = seen.sorted { $0.key < $1.key }.map(\.value)
            for a in firsts.indices {
                for b in firsts.indices where b > a {
                    result.append(RelationMention(subject: .mention(firsts[a]), predicate: Self.cooccurrence, object: .mention(firsts[b]),
                                                  sentence: document.mentions[firsts[a]].sentence, confidence: 1))
                }
            }
            start = end
        }
        return result
    }

    private func finish(_ corpus: Corpus, _ relations: [Relation]) -> KnowledgeGraph {
        let documents = corpus.documents.map { DocumentInfo(id: $0.id, title: $0.title, date: $0.date, url: $0.document.url) }
        return KnowledgeGraph(documents: documents, entities: Array(corpus.entities.values), relations: relations,
                              vocabulary: vocabulary)
    }
}
