/// Stage `gazetteer-facts`: adds what the gazetteer knows about the places the articles
/// mention: a region or city `locatedIn` its country, when the articles mention that
/// country too. The supporting sentence is the place's first mention.
public struct GazetteerFacts: CorpusStage {
    public let name = "gazetteer-facts"
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    public func process(_ corpus: inout Corpus) throws {
        // Each document's places that lie in a state the corpus names, found on `jobs`
        // threads; then, in document order, the first mention of each place gets the fact.
        let entities = corpus.entities
        let candidates = corpus.mapDocuments { _, document -> [(mention: Int, place: EntityID, state: EntityID)] in
            var found: [(mention: Int, place: EntityID, state: EntityID)] = []
            for m in document.mentions.indices where document.mentions[m].type == .place {
                guard let id = document.mentions[m].entityID, let code = entities[id]?.countryCode,
                      let country = gazetteer.country(code: code) else { continue }
                let state = EntityID(type: .state, name: country.canonical)
                if entities[state] != nil { found.append((m, id, state)) }
            }
            return found
        }
        var done = Set<EntityID>()
        for d in candidates.indices {
            for (m, place, state) in candidates[d] where done.insert(place).inserted {
                corpus.documents[d].relations.append(RelationMention(subject: .entity(place), predicate: "locatedIn", object: .entity(state),
                                                                     sentence: corpus.documents[d].mentions[m].sentence, confidence: 0.9))
            }
        }
    }
}
