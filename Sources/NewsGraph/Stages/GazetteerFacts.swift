/// Stage `gazetteer-facts`: adds what the gazetteer knows about the places the articles
/// mention: a region or city `locatedIn` its country, when the articles mention that
/// country too. The supporting sentence is the place's first mention.
public struct GazetteerFacts: CorpusStage {
    public let name = "gazetteer-facts"
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    public func process(_ corpus: inout Corpus) throws {
        var done = Set<EntityID>()
        for d in corpus.documents.indices {
            for m in corpus.documents[d].mentions.indices where corpus.documents[d].mentions[m].type == .place {
                let mention = corpus.documents[d].mentions[m]
                guard let id = mention.entityID, !done.contains(id), let place = corpus.entities[id],
                      let code = place.countryCode, let country = gazetteer.country(code: code) else { continue }
                done.insert(id)
                let state = EntityID(type: .state, name: country.canonical)
                guard corpus.entities[state] != nil else { continue }
                corpus.documents[d].relations.append(RelationMention(subject: .entity(id), predicate: "locatedIn", object: .entity(state),
                                                                     sentence: mention.sentence, confidence: 0.9))
            }
        }
    }
}
