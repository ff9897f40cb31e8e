/// Stage `gazetteer-facts`: adds what the gazetteer knows about the places the articles
/// mention: a region or city `locatedIn` its country, when an article that names the place
/// names that country too (a capital: when the articles name its country anywhere). The
/// supporting sentence is the place's first mention there.
public struct GazetteerFacts: CorpusStage {
    public let name = "gazetteer-facts"
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    public func process(_ corpus: inout Corpus) throws {
        // The state each place entity lies in, when the corpus names that state too (worked
        // out once per entity, not per mention).
        var stateOf: [EntityID: EntityID] = [:]
        var capitals = Set<EntityID>()
        for (id, entity) in corpus.entities {
            guard let code = entity.countryCode, let country = gazetteer.country(code: code) else { continue }
            let state = EntityID(type: .state, name: country.canonical)
            guard corpus.entities[state] != nil else { continue }
            stateOf[id] = state
            if entity.externalIDs.contains(where: { $0.scheme == .geonames && gazetteer.isCapital(geonameID: $0.value) }) { capitals.insert(id) }
        }
        guard !stateOf.isEmpty else { return }
        // In document order, the first mention of each such place gets the fact: of a
        // capital, anywhere; of another place, in an article that names its state too (a name
        // the gazetteer also gives a region, "Red Sea" in an article about shipping, says
        // nothing of that region's country).
        var done = Set<EntityID>()
        for d in corpus.documents.indices {
            // (Read through the buffer: the array's subscript would copy each mention.)
            let found = corpus.documents[d].mentions.withUnsafeBufferPointer { mentions in
                /// Whether the article names `state` (asked only of places not yet placed).
                func names(_ state: EntityID) -> Bool { mentions.contains { $0.type == .state && $0.entityID == state } }
                var found: [RelationMention] = []
                for m in mentions.indices where mentions[m].type == .place {
                    guard let id = mentions[m].entityID, let state = stateOf[id], !done.contains(id),
                          capitals.contains(id) || names(state) else { continue }
                    done.insert(id)
                    found.append(RelationMention(subject: .entity(id), predicate: "locatedIn", object: .entity(state),
                                                 sentence: mentions[m].sentence, confidence: 0.9))
                }
                return found
            }
            if !found.isEmpty { corpus.documents[d].relations += found }
        }
    }
}
