/// Stage `gazetteer-facts`: adds what the gazetteer knows about the places the articles
/// mention: a region or city `locatedIn` its country, when the articles mention that
/// country too. The supporting sentence is the place's first mention.
public struct GazetteerFacts: CorpusStage {
    public let name = "gazetteer-facts"
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    public func process(_ corpus: inout Corpus) throws {
        // The state each place entity lies in, when the corpus names that state too (worked
        // out once per entity, not per mention).
        var stateOf: [EntityID: EntityID] = [:]
        for (id, entity) in corpus.entities {
            guard let code = entity.countryCode, let country = gazetteer.country(code: code) else { continue }
            let state = EntityID(type: .state, name: country.canonical)
            if corpus.entities[state] != nil { stateOf[id] = state }
        }
        guard !stateOf.isEmpty else { return }
        // In document order, the first mention of each such place gets the fact.
        var done = Set<EntityID>()
        for d in corpus.documents.indices {
            for m in corpus.documents[d].mentions.indices where corpus.documents[d].mentions[m].type == .place {
                guard let id = corpus.documents[d].mentions[m].entityID, let state = stateOf[id], done.insert(id).inserted else { continue }
                corpus.documents[d].relations.append(RelationMention(subject: .entity(id), predicate: "locatedIn", object: .entity(state),
                                                                     sentence: corpus.documents[d].mentions[m].sentence, confidence: 0.9))
            }
        }
    }
}
