/// Stage `offices`: finds who holds an office that a sentence names without a name.
///
/// "Pakistan invited Iran's foreign minister" and "a call with his Turkish counterpart"
/// leave a placeholder (state and title, or state and "the same office as the other
/// party"). Once names are resolved, the corpus's `officialOf` statements say who holds
/// which office in which state; the placeholder becomes that person when the office
/// (titles compared without modifiers, synonyms merged) or, failing that, the state alone
/// points to one person. Otherwise the relation is dropped.
public struct OfficeResolver: CorpusStage {
    public let name = "offices"
    let cues: RelationCues
    let lexicon: Lexicon

    public init(cues: RelationCues, lexicon: Lexicon) {
        self.cues = cues
        self.lexicon = lexicon
    }

    public func process(_ corpus: inout Corpus) throws {
        // Nothing to do unless some relation names an office without a name.
        // (By index: iterating the documents would copy each, retaining all it holds.)
        let needed = corpus.documents.indices.contains { corpus.documents[$0].relations.contains(where: \.hasRole) }
        guard needed else { return }
        // Offices: state → person → role → count, and each person's roles, counted range by
        // range on their own threads, then added up (counts do not depend on the order).
        var offices = Offices()
        for part in corpus.mapDocumentRanges({ count($0, of: corpus) }) { offices.add(part) }
        let holders = offices.holders, rolesOf = offices.rolesOf
        corpus.updateDocumentRanges {
            // Who holds an office does not depend on the article asking: each thread works
            // each answer out once.
            var canonical = CanonicalRoles(cues: cues, lexicon: lexicon)
            var mainRoles: [EntityID: String?] = [:]
            func mainRole(_ person: EntityID) -> String? {
                if let known = mainRoles[person] { return known }
                let role = rolesOf[person]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
                mainRoles[person] = role
                return role
            }
            struct Office: Hashable { var state: EntityID; var role: String? }
            var holderOf: [Office: EntityID?] = [:]
            func holder(of state: EntityID, role: String?) -> EntityID? {
                let office = Office(state: state, role: role)
                if let known = holderOf[office] { return known }
                let found = findHolder(of: state, role: role)
                holderOf[office] = found
                return found
            }
            func findHolder(of state: EntityID, role: String?) -> EntityID? {
                guard let people = holders[state], !people.isEmpty else { return nil }
                if let role {
                    let matching = people.filter { $0.value[role] != nil || mainRole($0.key) == role }
                    if matching.count == 1 { return matching.first!.key }
                    if matching.count > 1 { return matching.max { ($0.value.values.reduce(0, +), $1.key) < ($1.value.values.reduce(0, +), $0.key) }?.key }
                    // "the South Korean leader": the holder of the first office such a title may mean.
                    for office in cues.leaderOffices[role] ?? [] {
                        let holding = people.filter { $0.value[office] != nil || mainRole($0.key) == office }
                        if holding.count == 1 { return holding.first!.key }
                    }
                    // The state's one known official holds another office there ("the French
                    // foreign minister" when only the president is known): not them. (A title
                    // read only with the name, such as "Prince", says nothing of the office.)
                    if let only = people.first, people.count == 1, only.value.keys.contains(where: { !$0.isEmpty }) {
                        return nil
                    }
                }
                return people.count == 1 ? people.first!.key : nil
            }
            return { _, document in
                guard document.relations.contains(where: \.hasRole) else { return }
                // Only the relations naming an office are touched, in place; one left naming an
                // office afterwards has no holder and is dropped.
                let mentions = document.mentions
                for r in document.relations.indices where document.relations[r].hasRole {
                    var relation = document.relations[r]
                    for side in [true, false] {
                        guard case let .role(stateMention, title, _) = side ? relation.subject : relation.object else { continue }
                        let other = side ? relation.object : relation.subject
                        var role = title.map { canonical[$0] }
                        if role == nil, case let .mention(o) = other, let person = mentions[o].entityID { role = mainRole(person) }
                        guard let state = mentions[stateMention].entityID, let person = holder(of: state, role: role) else { continue }
                        if side { relation.subject = .entity(person) } else { relation.object = .entity(person) }
                        relation.confidence *= 0.8
                    }
                    document.relations[r] = relation
                }
                document.relations.removeAll(where: \.hasRole)
            }
        }
    }

    /// Who holds which office: counts of statements, added up over ranges of documents.
    struct Offices {
        /// State → person → canonical role ("" when none is given) → count.
        var holders: [EntityID: [EntityID: [String: Int]]] = [:]
        /// Person → canonical role → count.
        var rolesOf: [EntityID: [String: Int]] = [:]

        mutating func add(_ other: Offices) {
            for (state, people) in other.holders {
                for (person, roles) in people {
                    for (role, count) in roles { holders[state, default: [:]][person, default: [:]][role, default: 0] += count }
                }
            }
            for (person, roles) in other.rolesOf {
                for (role, count) in roles { rolesOf[person, default: [:]][role, default: 0] += count }
            }
        }
    }

    /// Titles made canonical (``RelationCues/canonicalRole(_:lexicon:)``), each worked out once.
    struct CanonicalRoles {
        let cues: RelationCues
        let lexicon: Lexicon
        var known: [String: String] = [:]

        init(cues: RelationCues, lexicon: Lexicon) {
            self.cues = cues
            self.lexicon = lexicon
        }

        subscript(title: String) -> String {
            mutating get {
                if let role = known[title] { return role }
                let role = cues.canonicalRole(title, lexicon: lexicon)
                known[title] = role
                return role
            }
        }
    }

    /// The offices stated in documents `range`.
    private func count(_ range: Range<Int>, of corpus: Corpus) -> Offices {
        var offices = Offices()
        var canonical = CanonicalRoles(cues: cues, lexicon: lexicon)
        // Read in place, document by document: copying a document to read it retains all it holds.
        corpus.documents.withUnsafeBufferPointer { documents in
            for d in range {
                // (Mentions through a pointer: the array's subscript would copy each one.)
                documents[d].mentions.withUnsafeBufferPointer { mentions in
                    for m in mentions.indices where mentions[m].role != nil && mentions[m].type == .person {
                        guard let person = mentions[m].entityID, let role = mentions[m].role, !lexicon.isPastTitle(role) else { continue }
                        offices.rolesOf[person, default: [:]][canonical[role], default: 0] += 1
                    }
                    for r in documents[d].relations.indices where documents[d].relations[r].predicate == "officialOf" {
                        guard case let .mention(p) = documents[d].relations[r].subject, case let .mention(s) = documents[d].relations[r].object,
                              let person = mentions[p].entityID, let state = mentions[s].entityID,
                              // (A former holder answers for no office named without a name.)
                              !(documents[d].relations[r].role.map(lexicon.isPastTitle) ?? false) else { continue }
                        let role = documents[d].relations[r].role.map { canonical[$0] } ?? ""
                        offices.holders[state, default: [:]][person, default: [:]][role, default: 0] += 1
                    }
                }
            }
        }
        return offices
    }
}

extension RelationMention {
    /// Whether a side is an office named without a name, left for ``OfficeResolver``.
    var hasRole: Bool {
        if case .role = subject { return true }
        if case .role = object { return true }
        return false
    }
}
