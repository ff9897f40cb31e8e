/// Stage `implied-offices`: the state of an official whom an article names by a bare title
/// ("President X", "Foreign Minister Y") and whom no sentence of the corpus ties to a state.
///
/// National media name their own government's officials that way. Such a person holds
/// office in the state an article's visit makes them host of ("Y visited Australia … called
/// on Prime Minister X": Australia), else in the state of the article's dateline ("NEW
/// DELHI: … Defence Minister X"), unless the article tells of a visit to another state the
/// person did not make, other than by such officials themselves (then the dateline says nothing
/// of them), and not when an international agency files from outside its home country
/// (``RelationCues/internationalAgencies``): its bare titles are no local outlet's. A
/// country's own agency filing from abroad (``RelationCues/nationalAgencies``) travels with
/// its government: a visitor it names by a bare title (one who visited, met someone there or
/// was received) is that country's official. Only
/// titles of a state's government count (``RelationCues/stateOffices``), and not an office
/// one person holds at a time that the article gives someone else in that state
/// (``RelationCues/singleHolderOffices``); the statement's confidence is lower than a stated
/// office's.
public struct ImpliedOffices: CorpusStage {
    public let name = "implied-offices"
    let cues: RelationCues
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    /// The confidence of an implied office.
    static let confidence = 0.5

    public init(cues: RelationCues, lexicon: Lexicon, gazetteer: Gazetteer) {
        self.cues = cues
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// The canonical role of `title` if it is an office one person holds at a time, written
    /// without modifiers ("Deputy Prime Minister", "former President" hold no such office).
    func singleHolderTitle(_ title: String) -> String? {
        let words = NameKey.words(title)
        guard !words.contains(where: { lexicon.titleModifiers.contains(word: WordHash.word($0)) }) else { return nil }
        let role = cues.canonicalRole(title, lexicon: lexicon)
        return cues.singleHolderOffices.contains(phrase: WordHash.phrase(role)) ? role : nil
    }

    public func process(_ corpus: inout Corpus) throws {
        // Everyone some sentence already ties to a body or state (range by range, on their own threads).
        let officials = corpus.mapDocumentRanges { range in
            var officials = Set<EntityID>()
            for d in range {
                corpus.documents[d].mentions.withUnsafeBufferPointer { mentions in
                    for relation in corpus.documents[d].relations where relation.predicate == "officialOf" {
                        if let id = relation.subject.entity(in: mentions) { officials.insert(id) }
                    }
                }
            }
            return officials
        }.reduce(into: Set<EntityID>()) { $0.formUnion($1) }
        let entities = corpus.entities
        corpus.updateDocumentRanges {
            // Each thread asks each title once.
            var canonical: [String: Bool] = [:]
            return { _, document in
                let found = implied(in: document, officials: officials, entities: entities, canonical: &canonical)
                if !found.isEmpty { document.relations += found }
            }
        }
    }

    /// The offices a document implies for people not in `officials`.
    private func implied(in document: AnalyzedDocument, officials: Set<EntityID>, entities: [EntityID: Entity],
                         canonical: inout [String: Bool]) -> [RelationMention] {
        func isStateOffice(_ title: String) -> Bool {
            if let known = canonical[title] { return known }
            // (Anywhere in the title: "President His Highness Sheikh"; as written too, modifiers
            // and all: "Army Chief General".)
            let accepted = [cues.canonicalRole(title, lexicon: lexicon), NameKey.words(title).joined(separator: " ")].contains { role in
                let words = role.split(separator: " ")
                return words.indices.contains { start in
                    (1...3).contains { k in
                        start + k <= words.count && cues.stateOffices.contains(phrase: WordHash.phrase(words[start..<(start + k)].joined(separator: " ")))
                    }
                }
            }
            canonical[title] = accepted
            return accepted
        }
        /// The state an entity is or lies in, if the corpus names that state.
        func state(of id: EntityID) -> EntityID? {
            guard let entity = entities[id] else { return nil }
            if entity.type == .state { return id }
            guard entity.type == .place, let code = entity.countryCode, let country = gazetteer.country(code: code) else { return nil }
            let state = EntityID(type: .state, name: country.canonical)
            return entities[state] != nil ? state : nil
        }
        return document.bytes.withUnsafeBufferPointer { bytes in
            document.mentions.withUnsafeBufferPointer { mentions in
                // Bare-titled people of the article not tied to a state anywhere.
                let titled = mentions.indices.filter { m in
                    mentions[m].type == .person && mentions[m].role != nil && mentions[m].entityID.map { !officials.contains($0) } == true
                        && isStateOffice(mentions[m].role!)
                }
                guard !titled.isEmpty else { return [] }
                let relations = document.relations
                // Who the article says holds which state's one-holder offices ("Somali President X").
                var holders: [String: Set<EntityID>] = [:]
                for r in relations where r.predicate == "officialOf" {
                    guard let role = r.role, let title = singleHolderTitle(role), let person = r.subject.entity(in: mentions),
                          let state = r.object.entity(in: mentions) else { continue }
                    holders[state.rawValue + " " + title, default: []].insert(person)
                }
                // Who visited which state, and who met or hosted whom.
                // (With the day each visit to a state began, where the article gives it: a trip
                // that began after a meeting was not where the meeting was held.)
                func day(_ r: RelationMention) -> CalendarDay? { r.when.flatMap { $0.resolve(against: document.date) } }
                var visits: [EntityID: Set<EntityID>] = [:]
                var visitDays: [EntityID: [EntityID: CalendarDay]] = [:]
                for r in relations where r.predicate == "visited" && r.meetingSite != true {   // (Not a meeting's site: who travelled is not known yet.)
                    guard let visitor = r.subject.entity(in: mentions), let place = r.object.entity(in: mentions),
                          let target = state(of: place) else { continue }
                    visits[visitor, default: []].insert(target)
                    if let started = day(r) { visitDays[visitor, default: [:]][target] = min(visitDays[visitor]?[target] ?? started, started) }
                }
                // (The states a sentence puts its meetings in: "met X in Tokyo" makes X no host in
                // China, wherever else the guest went.)
                var sites: [Int: Set<EntityID>] = [:]
                for r in relations where r.predicate == "visited" && r.meetingSite == true {
                    if let place = r.object.entity(in: mentions), let site = state(of: place) { sites[r.sentence, default: []].insert(site) }
                }
                var hostOf: [EntityID: Set<EntityID>] = [:]
                for r in relations where r.predicate == "metWith" || r.predicate == "hosted" {
                    guard let a = r.subject.entity(in: mentions), let b = r.object.entity(in: mentions) else { continue }
                    let met = day(r)
                    for (host, guest) in [(a, b), (b, a)] {
                        guard var states = visits[guest] else { continue }
                        if let met, let days = visitDays[guest] { states = states.filter { days[$0].map { $0 <= met } ?? true } }
                        if let site = sites[r.sentence] { states.formIntersection(site) }
                        if !states.isEmpty { hostOf[host, default: []].formUnion(states) }
                    }
                }
                let datelinePlace = Dateline.place(mentions: mentions, bytes: bytes)
                let dateline = datelinePlace.flatMap { mentions[$0].entityID }.flatMap(state(of:))
                // Visits abroad by the article's own bare-titled officials ("Foreign Minister X left
                // for Beijing") leave the dateline the home of the others; so do those of a third
                // state's officials ("NEW DELHI: … Chinese Defence Minister X visited Islamabad").
                let titledPeople = Set(titled.compactMap { mentions[$0].entityID })
                var statedStates: [EntityID: Set<EntityID>] = [:]
                for r in relations where r.predicate == "officialOf" {
                    if let person = r.subject.entity(in: mentions), let body = r.object.entity(in: mentions), let home = state(of: body) {
                        statedStates[person, default: []].insert(home)
                    }
                }
                func isThirdParty(_ visitor: EntityID) -> Bool {
                    guard let dateline else { return false }
                    if let states = statedStates[visitor] { return !states.contains(dateline) }
                    return state(of: visitor).map { $0 != dateline } ?? false
                }
                let visited = visits.filter { !titledPeople.contains($0.key) && !isThirdParty($0.key) }.values
                    .reduce(into: Set<EntityID>()) { $0.formUnion($1) }
                // (A correspondent abroad: "CARACAS (Reuters) - … Secretary of State X, who was visiting Mexico",
                // "KYIV (Reuters) - President X and Chancellor Y discussed Ukraine".)
                let credit = datelinePlace.flatMap { Dateline.credit(of: mentions[$0], bytes: bytes) }
                let fromAbroad = credit.flatMap { cues.internationalAgencies[$0] }.flatMap { gazetteer.country(code: $0) }
                    .map { EntityID(type: .state, name: $0.canonical) != dateline } ?? false
                // (A national agency abroad: "Male, Jul 25 (PTI) Prime Minister X arrived here" is
                // India's, if the corpus names India, as for every implied office.)
                let agencyHome = credit.flatMap { cues.nationalAgency($0) }.flatMap { gazetteer.country(code: $0) }
                    .map { EntityID(type: .state, name: $0.canonical) }.flatMap { entities[$0] != nil ? $0 : nil }
                // (Who came to the dateline's state: a visit, a meeting held there, a reception.)
                var travelled = Set<EntityID>()
                if let dateline, agencyHome != nil {
                    for r in relations {
                        if r.predicate == "visited", let visitor = r.subject.entity(in: mentions), let place = r.object.entity(in: mentions),
                           state(of: place) == dateline { travelled.insert(visitor) }
                        if r.predicate == "hosted", let guest = r.object.entity(in: mentions) { travelled.insert(guest) }
                    }
                }
                var titledBy: [EntityID: [Int]] = [:]
                for m in titled { titledBy[mentions[m].entityID!, default: []].append(m) }
                // (Each titled mention of a person must leave the dateline theirs: "… visit to Saudi
                // Arabia at the invitation of Crown Prince X" is not undone by "… the crown prince".)
                func hasForeignContext(_ person: EntityID, home dateline: EntityID) -> Bool {
                    titledBy[person, default: []].contains { m in
                        namesOtherState(mentions, bytes, sentence: mentions[m].sentence,
                                        than: Set([dateline]).union(visits[person] ?? []).union(counterparties(of: person, in: mentions[m].sentence, relations, mentions)),
                                        state: state(of:))
                            || standsBesideForeignOfficial(person, at: mentions[m].span, mentions: mentions, sentence: mentions[m].sentence,
                                                           relations: relations, home: dateline, state: state(of:))
                    }
                }
                // ("ISLAMABAD: Prime Minister X left for Riyadh … During the visit, he will call on
                // King Y": the one state the article's own officials went to is home to the
                // others named with a reference to the trip.)
                let tripStates = titledPeople.reduce(into: Set<EntityID>()) { $0.formUnion(visits[$1] ?? []) }.subtracting(dateline.map { [$0] } ?? [])
                var tripSentences = Set<Int>()
                if tripStates.count == 1 {
                    // (The trip's own sentence: "… left for Riyadh at the invitation of Crown Prince Y".)
                    for r in relations where r.predicate == "visited" {
                        if let visitor = r.subject.entity(in: mentions), titledPeople.contains(visitor) { tripSentences.insert(r.sentence) }
                    }
                    for m in titled where !tripSentences.contains(mentions[m].sentence) && mentions[m].sentence < document.sentences.count {
                        if refersToTrip(document.sentences[mentions[m].sentence], bytes) { tripSentences.insert(mentions[m].sentence) }
                    }
                }
                var out: [RelationMention] = []
                var done = Set<EntityID>()
                for m in titled {
                    let person = mentions[m].entityID!
                    guard !done.contains(person) else { continue }
                    let home: EntityID?
                    if let hosts = hostOf[person], hosts.count == 1 {
                        home = hosts.first
                    } else if visits[person] == nil, let trip = tripStates.first,
                              titledBy[person, default: []].contains(where: { tripSentences.contains(mentions[$0].sentence) }) {
                        home = trip
                    } else if let agencyHome, let dateline, agencyHome != dateline, travelled.contains(person) {
                        home = agencyHome
                    } else if let dateline, !(visits[person]?.contains(dateline) ?? false),
                              !fromAbroad, agencyHome == nil || agencyHome == dateline,     // (a national agency abroad: its own people's)
                              visits[person] != nil || visited.isSubset(of: [dateline]), !hasForeignContext(person, home: dateline) {
                        home = dateline
                    } else {
                        home = nil
                    }
                    guard let home else { continue }
                    // ("President X" filed from Mogadishu, where "Somali President Y" is named: not Somalia's.)
                    if let title = singleHolderTitle(mentions[m].role!),
                       holders[home.rawValue + " " + title].map({ !$0.subtracting([person]).isEmpty }) == true { continue }
                    done.insert(person)
                    out.append(RelationMention(subject: .entity(person), predicate: "officialOf", object: .entity(home),
                                               sentence: mentions[m].sentence, role: mentions[m].role, confidence: Self.confidence))
                }
                return out
            }
        }
    }

    /// Whether a sentence refers back to a trip (``RelationCues/visitReferences``): "During the
    /// visit, …".
    private func refersToTrip(_ sentence: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt64? = nil
        var i = sentence.start
        while i < sentence.end {
            guard bytes[i] | 0x20 >= UInt8(ascii: "a") && bytes[i] | 0x20 <= UInt8(ascii: "z") else { i += 1; continue }
            var end = i
            while end < sentence.end, bytes[end] | 0x20 >= UInt8(ascii: "a") && bytes[end] | 0x20 <= UInt8(ascii: "z") { end += 1 }
            let word = WordHash.word(bytes, i..<end)
            if let previous, cues.visitReferences.contains(phrase: WordHash.phrase(WordHash.singleWordKey(previous), appending: word)) { return true }
            previous = word
            i = end
        }
        return false
    }

    /// The parties a person condemns, meets, calls, invites or agrees with in a sentence
    /// ("Foreign Minister X condemned Russia"): the other side, not the person's own state.
    /// (Not a place the person is in: a visit says nothing of whose official they are.)
    private func counterparties(of person: EntityID, in sentence: Int, _ relations: [RelationMention],
                                _ mentions: UnsafeBufferPointer<Mention>) -> Set<EntityID> {
        var result = Set<EntityID>()
        for r in relations where r.sentence == sentence && cues.counterpartyPredicates.contains(r.predicate) {
            let subject = r.subject.entity(in: mentions), object = r.object.entity(in: mentions)
            if subject == person, let object { result.insert(object) }
            if object == person, let subject { result.insert(subject) }
        }
        return result
    }

    /// Whether a sentence names a state other than those of `known` (the dateline's, those the
    /// person visited), not as the affiliation of someone else ("Chinese Vice Foreign Minister
    /// X"): "Turkey's Anadolu Agency reported that Foreign Minister Y …" in a story filed from
    /// Kyiv is no Ukrainian's.
    private func namesOtherState(_ mentions: UnsafeBufferPointer<Mention>, _ bytes: UnsafeBufferPointer<UInt8>, sentence: Int,
                                 than known: Set<EntityID>, state: (EntityID) -> EntityID?) -> Bool {
        var affiliations = Set<Span>()
        for mention in mentions where mention.sentence == sentence && mention.type == .person {
            if let span = mention.affiliation { affiliations.insert(span) }
        }
        return mentions.contains { mention in
            mention.sentence == sentence && mention.type == .state && !affiliations.contains(mention.span)
                && mention.entityID.flatMap(state).map { !known.contains($0) } == true && !isCounterpart(mention.span, bytes)
                && !isConflictTopic(mention.span, bytes)
        }
    }

    /// Whether a state's name is what a conflict is about ("his first visit since the war in
    /// Ukraine began"): a topic, which says nothing of whose official the person is.
    private func isConflictTopic(_ span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let preposition = Self.word(before: span.start, bytes)
        guard let preposition, cues.conflictTopicPrepositions.contains(word: WordHash.word(bytes, preposition)) else { return false }
        return Self.word(before: preposition.lowerBound, bytes).map { lexicon.warHeads.contains(word: WordHash.word(bytes, $0)) } ?? false
    }

    /// The letters of the word that ends right before `position` (past spaces), if any.
    private static func word(before position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = position
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] | 0x20 >= UInt8(ascii: "a") && bytes[start - 1] | 0x20 <= UInt8(ascii: "z") { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// Whether the sentence names an official of another state ("Egyptian Foreign Minister
    /// Y") before the person and tells nothing the person did with anyone: "Y arrived
    /// carrying a message from President X" in a story filed from Port Sudan leaves X's state
    /// open, while "Y called on President X" makes X the host, and "Foreign Minister X will
    /// travel to Moscow to meet Russian Foreign Minister Y" leaves X the dateline's.
    private func standsBesideForeignOfficial(_ person: EntityID, at position: Span, mentions: UnsafeBufferPointer<Mention>, sentence: Int,
                                             relations: [RelationMention], home: EntityID, state: (EntityID) -> EntityID?) -> Bool {
        let foreign = mentions.contains { mention in
            guard mention.sentence == sentence, mention.type == .person, mention.span.start < position.start, let span = mention.affiliation,
                  let affiliation = mentions.first(where: { $0.span == span }) else { return false }
            return affiliation.entityID.flatMap(state).map { $0 != home } == true
        }
        guard foreign else { return false }
        return !relations.contains { relation in
            relation.sentence == sentence && relation.predicate != "officialOf"
                && (relation.subject.entity(in: mentions) == person || relation.object.entity(in: mentions) == person)
        }
    }

    /// Whether a counterpart word follows a state's name ("his Australian counterpart"): the
    /// state of the other party, which says the person is not its official.
    private func isCounterpart(_ span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = span.end
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z") { end += 1 }
        return end > start && cues.counterpartWords.contains(word: WordHash.word(bytes, start..<end))
    }
}
