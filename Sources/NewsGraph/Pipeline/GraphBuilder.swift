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
        // Entities and predicates by number, so the loop over relation mentions hashes
        // integers, not names (predicates are few: found by comparing names).
        let entityIDs = corpus.entities.keys.sorted()
        var entityNumber: [EntityID: Int] = [:]
        for (number, id) in entityIDs.enumerated() { entityNumber[id] = number }
        var predicateNames = vocabulary.predicates.map(\.name)
        var symmetric = vocabulary.predicates.map(\.symmetric)

        var relations: [Relation] = []
        var position = HashMap64<Int>()
        /// The last predicate looked up: relations of a document often share it.
        var lastPredicate: (name: String, number: Int)?
        // Each mention's entity number, looked up once per document (-2: not yet, -1: none).
        var mentionNumbers: [Int] = []
        // Documents are read in place: a copy of one would retain everything it holds.
        for d in corpus.documents.indices {
            var found = corpus.documents[d].relations
            if includeCooccurrence { found += cooccurrences(in: corpus.documents[d]) }
            guard !found.isEmpty else { continue }
            let mentions = corpus.documents[d].mentions
            let documentID = corpus.documents[d].id
            mentionNumbers.reset(count: mentions.count, to: -2)
            func entity(_ argument: RelationMention.Argument) -> Int? {
                switch argument {
                case let .mention(index):
                    if mentionNumbers[index] == -2 {
                        mentionNumbers[index] = mentions[index].entityID.flatMap { entityNumber[$0] } ?? -1
                    }
                    return mentionNumbers[index] >= 0 ? mentionNumbers[index] : nil
                case let .entity(id): return entityNumber[id]
                case .role: return nil      // an office nobody in the corpus was found to hold
                }
            }
            // The evidence text of the last sentence used: a sentence often supports several relations.
            var lastEvidence: (sentence: Int, text: String)?
            /// (relation, sentence) pairs of this document already counted, packed exactly
            /// and mixed by a bijection.
            var seen = HashSet64()
            for found in found {
                guard var subject = entity(found.subject), var object = entity(found.object), subject != object else { continue }
                let predicate: Int
                if let last = lastPredicate, last.name == found.predicate { predicate = last.number
                } else if let known = predicateNames.firstIndex(of: found.predicate) { predicate = known } else {
                    predicate = predicateNames.count          // coOccurs, or a predicate outside the vocabulary
                    predicateNames.append(found.predicate)
                    symmetric.append(found.predicate == Self.cooccurrence)
                }
                lastPredicate = (found.predicate, predicate)
                if symmetric[predicate] && object < subject { swap(&subject, &object) }
                // The three numbers packed exactly, then mixed by a bijection: equal keys, equal facts.
                precondition(subject < 1 << 28 && object < 1 << 28 && predicate < 1 << 8, "too many entities or predicates")
                let key = WordHash.phrase(0, appending: UInt64(subject) << 36 | UInt64(object) << 8 | UInt64(predicate))
                let index: Int
                if let existing = position[key] { index = existing } else {
                    index = relations.count
                    position[key] = index
                    relations.append(Relation(subject: entityIDs[subject], predicate: found.predicate, object: entityIDs[object],
                                              symmetric: symmetric[predicate], dates: [], evidence: [], confidence: 0))
                }
                // Mutate in place: copying a relation out and back would copy its arrays every time.
                precondition(index < 1 << 32 && found.sentence < 1 << 32, "too many relations or sentences")
                let occurrence = WordHash.phrase(0, appending: UInt64(index) << 32 | UInt64(found.sentence))
                if !seen.contains(occurrence) {
                    seen.insert(occurrence)
                    if lastEvidence?.sentence != found.sentence {
                        // (Through the fields: calling a method on the document would copy it.)
                        let span = corpus.documents[d].sentences[found.sentence]
                        lastEvidence = (found.sentence, AnalyzedDocument.string(span, of: corpus.documents[d].bytes))
                    }
                    relations[index].evidence.append(Evidence(documentID: documentID, sentence: found.sentence, text: lastEvidence!.text))
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
        let documents = corpus.documents.indices.map { d in
            DocumentInfo(id: corpus.documents[d].id, title: corpus.documents[d].title, date: corpus.documents[d].date, url: corpus.documents[d].document.url)
        }
        return KnowledgeGraph(documents: documents, entities: Array(corpus.entities.values), relations: relations,
                              vocabulary: vocabulary)
    }
}
