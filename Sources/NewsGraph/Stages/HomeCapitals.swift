/// Stage `home-capitals`: an official going to the capital of the state they serve goes
/// home, which is no visit ("Trump, who left for Washington on Thursday", "Zelensky returned
/// to Kyiv"). Removes such `visited` statements once the corpus's offices are known (after
/// ``OfficeResolver``); travel to any other place of that state stays a visit.
public struct HomeCapitals: CorpusStage {
    public let name = "home-capitals"
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public func process(_ corpus: inout Corpus) throws {
        // The states each person is an official of (range by range, on their own threads).
        let parts = corpus.mapDocumentRanges { range in
            var states: [EntityID: Set<EntityID>] = [:]
            for d in range {
                corpus.documents[d].mentions.withUnsafeBufferPointer { mentions in
                    for relation in corpus.documents[d].relations where relation.predicate == "officialOf" {
                        guard let person = relation.subject.entity(in: mentions), let state = relation.object.entity(in: mentions),
                              state.rawValue.hasPrefix(EntityType.state.slug + ":") else { continue }
                        states[person, default: []].insert(state)
                    }
                }
            }
            return states
        }
        var statesOf: [EntityID: Set<EntityID>] = [:]
        for part in parts { statesOf.merge(part) { $0.union($1) } }
        guard !statesOf.isEmpty else { return }
        // Each capital the corpus names, with its state.
        var stateOfCapital: [EntityID: EntityID] = [:]
        for (id, entity) in corpus.entities where entity.type == .place {
            guard let code = entity.countryCode, let geonames = entity.externalIDs.first(where: { $0.scheme == .geonames })?.value,
                  gazetteer.isCapital(geonameID: geonames), let country = gazetteer.country(code: code) else { continue }
            stateOfCapital[id] = EntityID(type: .state, name: country.canonical)
        }
        guard !stateOfCapital.isEmpty else { return }
        corpus.updateDocuments { _, document in
            let relations = document.relations
            let home = document.mentions.withUnsafeBufferPointer { mentions in
                relations.indices.filter { r in
                    guard relations[r].predicate == "visited", let person = relations[r].subject.entity(in: mentions),
                          let place = relations[r].object.entity(in: mentions), let state = stateOfCapital[place] else { return false }
                    return statesOf[person]?.contains(state) == true
                }
            }
            guard !home.isEmpty else { return }
            for r in home.reversed() { document.relations.remove(at: r) }
        }
    }
}
