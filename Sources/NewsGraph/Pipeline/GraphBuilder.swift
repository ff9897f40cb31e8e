import Dispatch

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
        var corpus = corpus
        return build(&corpus, releasing: false)
    }

    /// ``build(_:)`` that also frees each document's analysis (``AnalyzedDocument/releaseAnalysis()``)
    /// as soon as it is read, in the same pass: the pipeline needs them no more.
    public func build(releasing corpus: inout Corpus) -> KnowledgeGraph {
        build(&corpus, releasing: true)
    }

    private func build(_ corpus: inout Corpus, releasing: Bool) -> KnowledgeGraph {
        // Entities by number, so the loop over relation mentions hashes integers, not names.
        let entityIDs = corpus.entities.keys.sorted()
        var entityNumber: [EntityID: Int] = [:]
        for (number, id) in entityIDs.enumerated() { entityNumber[id] = number }
        // Documents in id order make evidence appended in document order already sorted.
        let inIDOrder = corpus.documentsInIDOrder
        // Each entity's type, by number: a relation whose arguments resolved to entities of
        // other types than its predicate takes (a lone word read as a person that turned out
        // to be a group, say) is no statement of it.
        let entityTypes = entityIDs.map { corpus.entities[$0]!.type }
        let argumentTypes = vocabulary.predicates.map { (EntityTypes($0.subjectTypes), EntityTypes($0.objectTypes)) }
        // Each range of documents merged on its own thread, then the ranges in order: an
        // edge's evidence, dates and roles come out as one pass in document order gives them.
        let jobs = corpus.jobs
        let parts = corpus.documents.withUnsafeMutableBufferPointer { documents in
            nonisolated(unsafe) let documents = documents      // each range is read (and freed) by one thread
            return Corpus.mapRanges(of: documents.count, jobs: jobs) { range in
                collect(range, of: documents, entityIDs: entityIDs, entityNumber: entityNumber, inIDOrder: inIDOrder, releasing: releasing,
                        fits: { subject, predicate, object in
                            // (Predicates outside the vocabulary, such as coOccurs, take any types.)
                            guard predicate < argumentTypes.count else { return true }
                            let (subjects, objects) = argumentTypes[predicate]
                            return subjects.contains(entityTypes[subject]) && objects.contains(entityTypes[object])
                                || vocabulary.predicates[predicate].symmetric && subjects.contains(entityTypes[object]) && objects.contains(entityTypes[subject])
                        })
            }
        }
        var merged = parts[0]
        for part in parts.dropFirst() { merged.absorb(part) }
        var relations = merged.relations
        relations.withUnsafeMutableBufferPointer { relations in
            nonisolated(unsafe) let relations = relations
            let unsorted = merged.evidenceUnsorted
            let jobs = relations.count >= 1024 ? corpus.jobs : 1
            DispatchQueue.concurrentPerform(iterations: jobs) { part in
                for index in stride(from: part, to: relations.count, by: jobs) {
                    relations[index].dates.sort()
                    if unsorted[index] { relations[index].evidence.sort() }
                }
            }
        }
        return finish(corpus, relations)
    }

    /// Relations merged over a range of documents, numbered as the entities of the whole corpus.
    struct Merged {
        var relations: [Relation] = []
        /// Each relation's subject and object numbers (for ``key(_:_:_:)`` when ranges merge).
        var numbers: [(subject: Int, object: Int)] = []
        /// Where each fact is in `relations`, by ``key(_:_:_:)``.
        var position = HashMap64<Int>()
        /// Predicate names by number: the vocabulary's, then others met (`coOccurs`).
        var predicateNames: [String]
        var symmetric: [Bool]
        /// Whether a relation's evidence may be out of order (and must be sorted).
        var evidenceUnsorted: [Bool] = []
        /// The document of each relation's last evidence and its latest sentence there, to tell the above.
        var lastEvidence: [(document: Int, sentence: Int)] = []
        /// Whether the corpus's documents are in id order (then evidence comes in order but
        /// for sentences of one document read out of order).
        let inIDOrder: Bool

        init(vocabulary: RelationVocabulary, inIDOrder: Bool) {
            self.inIDOrder = inIDOrder
            predicateNames = vocabulary.predicates.map(\.name)
            symmetric = vocabulary.predicates.map(\.symmetric)
        }

        /// The number of a predicate by name, added if new.
        mutating func predicateNumber(_ name: String) -> Int {
            if let known = predicateNames.firstIndex(of: name) { return known }
            predicateNames.append(name)
            symmetric.append(name == GraphBuilder.cooccurrence)   // coOccurs, or a predicate outside the vocabulary
            return predicateNames.count - 1
        }

        /// The three numbers packed exactly, then mixed by a bijection: equal keys, equal facts.
        static func key(_ subject: Int, _ object: Int, _ predicate: Int) -> UInt64 {
            precondition(subject < 1 << 28 && object < 1 << 28 && predicate < 1 << 8, "too many entities or predicates")
            return WordHash.phrase(0, appending: UInt64(subject) << 36 | UInt64(object) << 8 | UInt64(predicate))
        }

        /// The index of the fact, appended (without evidence) if new.
        mutating func index(_ subject: Int, _ object: Int, _ predicate: Int, subjectID: EntityID, objectID: EntityID) -> Int {
            let key = Self.key(subject, object, predicate)
            if let existing = position[key] { return existing }
            position[key] = relations.count
            relations.append(Relation(subject: subjectID, predicate: predicateNames[predicate], object: objectID,
                                      symmetric: symmetric[predicate], dates: [], evidence: [], confidence: 0))
            numbers.append((subject, object))
            evidenceUnsorted.append(false)
            lastEvidence.append((-1, -1))
            return relations.count - 1
        }

        /// Adds the relations of a later range of documents.
        mutating func absorb(_ later: Merged) {
            for r in later.relations.indices {
                let predicate = predicateNumber(later.relations[r].predicate)
                let (subject, object) = later.numbers[r]
                let index = index(subject, object, predicate, subjectID: later.relations[r].subject, objectID: later.relations[r].object)
                // Later ranges hold later documents: their evidence follows if documents are in id order.
                if !relations[index].evidence.isEmpty && !later.relations[r].evidence.isEmpty && !inIDOrder { evidenceUnsorted[index] = true }
                if later.evidenceUnsorted[r] { evidenceUnsorted[index] = true }
                // Mutate in place: copying a relation out and back would copy its arrays every time.
                relations[index].evidence += later.relations[r].evidence
                for date in later.relations[r].dates where !relations[index].dates.contains(date) { relations[index].dates.append(date) }
                for role in later.relations[r].roles where !relations[index].roles.contains(role) { relations[index].roles.append(role) }
                relations[index].confidence = max(relations[index].confidence, later.relations[r].confidence)
            }
        }
    }

    /// The relations stated in documents `range`, merged.
    private func collect(_ range: Range<Int>, of documents: UnsafeMutableBufferPointer<AnalyzedDocument>, entityIDs: [EntityID],
                         entityNumber: [EntityID: Int], inIDOrder: Bool, releasing: Bool,
                         fits: (_ subject: Int, _ predicate: Int, _ object: Int) -> Bool) -> Merged {
        var merged = Merged(vocabulary: vocabulary, inIDOrder: inIDOrder)
        if includeCooccurrence { _ = merged.predicateNumber(Self.cooccurrence) }
        /// The last predicate looked up: relations of a document often share it.
        var lastPredicate: (name: String, number: Int)?
        // Each mention's entity number, looked up once per document (-2: not yet, -1: none).
        var mentionNumbers: [Int] = []
        // Documents are read in place: a copy of one would retain everything it holds.
        for d in range {
            defer { if releasing { documents[d].releaseAnalysis() } }
            var found = documents[d].relations
            if includeCooccurrence { found += cooccurrences(in: documents[d]) }
            guard !found.isEmpty else { continue }
            let mentions = documents[d].mentions
            let documentID = documents[d].id
            mentionNumbers.reset(count: mentions.count, to: -2)
            func entity(_ argument: RelationMention.Argument) -> Int? {
                switch argument {
                case let .mention(index):
                    if mentionNumbers[index] == -2 {
                        // (Through a pointer: the array's subscript would copy the whole mention.)
                        let id = mentions.withUnsafeBufferPointer { $0[index].entityID }
                        mentionNumbers[index] = id.flatMap { entityNumber[$0] } ?? -1
                    }
                    return mentionNumbers[index] >= 0 ? mentionNumbers[index] : nil
                case let .entity(id): return entityNumber[id]
                case .role: return nil      // an office nobody in the corpus was found to hold
                }
            }
            // The evidence text of the last sentence used: a sentence often supports several relations.
            var lastText: (sentence: Int, text: String)?
            /// (relation, sentence) pairs of this document already counted.
            var seen = HashSet64()
            for f in found.indices {
                guard var subject = entity(found[f].subject), var object = entity(found[f].object), subject != object else { continue }
                let predicate: Int
                if let last = lastPredicate, last.name == found[f].predicate { predicate = last.number } else {
                    predicate = merged.predicateNumber(found[f].predicate)
                }
                lastPredicate = (found[f].predicate, predicate)
                guard fits(subject, predicate, object) else { continue }
                if merged.symmetric[predicate] && object < subject { swap(&subject, &object) }
                let index = merged.index(subject, object, predicate, subjectID: entityIDs[subject], objectID: entityIDs[object])
                let sentence = found[f].sentence
                // Mixed with a bijection of the packed pair, so distinct pairs never collide.
                precondition(index < 1 << 32 && sentence < 1 << 32, "too many relations or sentences")
                let occurrence = WordHash.phrase(0, appending: UInt64(index) << 32 | UInt64(sentence))
                if !seen.contains(occurrence) {
                    seen.insert(occurrence)
                    let last = merged.lastEvidence[index]
                    if last.document == d ? sentence < last.sentence : last.document >= 0 && !inIDOrder { merged.evidenceUnsorted[index] = true }
                    if last.document != d || sentence > last.sentence { merged.lastEvidence[index] = (d, sentence) }
                    if lastText?.sentence != sentence {
                        // (Through the fields: calling a method on the document would copy it.)
                        let span = documents[d].sentences[sentence]
                        lastText = (sentence, AnalyzedDocument.string(span, of: documents[d].bytes))
                    }
                    merged.relations[index].evidence.append(Evidence(documentID: documentID, sentence: sentence, text: lastText!.text))
                }
                if let date = found[f].date, !merged.relations[index].dates.contains(date) { merged.relations[index].dates.append(date) }
                if let role = found[f].role, !merged.relations[index].roles.contains(role) { merged.relations[index].roles.append(role) }
                merged.relations[index].confidence = max(merged.relations[index].confidence, found[f].confidence)
            }
        }
        return merged
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
