/// Stage `home-capitals`: an official going to the capital of the state they serve goes
/// home, which is no visit ("Trump, who left for Washington on Thursday", "Zelensky returned
/// to Kyiv"). Removes such `visited` statements once the corpus's offices are known (after
/// ``OfficeResolver``); travel to any other place of that state stays a visit. The site of a
/// meeting ("X held talks with Y in Beijing", ``RelationMention/meetingSite``) is a visit
/// only for a party who serves a state other than the place's.
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
        // Each place the corpus names, with its state; and whether it is that state's capital.
        var stateOfPlace: [EntityID: (state: EntityID, capital: Bool)] = [:]
        for (id, entity) in corpus.entities where entity.type == .place {
            guard let code = entity.countryCode, let country = gazetteer.country(code: code) else { continue }
            let geonames = entity.externalIDs.first(where: { $0.scheme == .geonames })?.value
            stateOfPlace[id] = (EntityID(type: .state, name: country.canonical), geonames.map(gazetteer.isCapital) ?? false)
        }
        corpus.updateDocuments { _, document in
            let relations = document.relations
            guard relations.contains(where: { $0.predicate == "visited" }) else { return }
            let home = document.mentions.withUnsafeBufferPointer { mentions in
                relations.indices.filter { r in
                    guard relations[r].predicate == "visited" else { return false }
                    let person = relations[r].subject.entity(in: mentions), place = relations[r].object.entity(in: mentions)
                    let served = person.flatMap { statesOf[$0] } ?? []
                    let placeState = place.flatMap { stateOfPlace[$0] }
                    // A meeting's site: a visit only for a party who serves another state.
                    if relations[r].meetingSite == true {
                        guard let placeState, !served.isEmpty else { return true }
                        return served.contains(placeState.state)
                    }
                    guard let placeState, placeState.capital else { return false }
                    return served.contains(placeState.state)
                }
            }
            guard !home.isEmpty else { return }
            for r in home.reversed() { document.relations.remove(at: r) }
        }
    }
}
