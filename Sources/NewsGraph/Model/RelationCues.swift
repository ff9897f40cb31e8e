import Foundation

/// Function words the relation extractor reads sentence structure with
/// (`relation-cues.json`): negation and modality, clause breaks, agent verbs, object
/// prepositions, counterpart words, pronouns, title synonyms.
public final class RelationCues: Sendable {
    public let negators: PhraseSet
    public let clauseBreakWords: PhraseSet
    public let clauseBreakMarks: Set<UInt64>
    public let agentVerbs: PhraseSet
    public let objectPrepositions: PhraseSet
    public let counterpartWords: PhraseSet
    public let subjectPronouns: PhraseSet
    public let possessivePronouns: PhraseSet
    /// Pronouns that stand for a person named earlier when they are a trigger's object
    /// ("the king received him").
    public let objectPronouns: PhraseSet
    /// Nouns for what a state's forces do ("the deployment of U.S. warships"): condemning it
    /// condemns the forces' owner (not so "the killing of X soldiers": X are the victims).
    public let deedsOfForces: PhraseSet
    /// Words that open another clause or a description after an attack ("strikes *as* a
    /// violation of Syrian sovereignty", "strikes *after* Hamas fired"): its object comes before
    /// ("as" only before "a" or "an").
    public let subordinators: PhraseSet
    /// Words before a participle that shares the sentence's subject ("X was welcomed by Y
    /// *before* holding talks with Z": X held them).
    public let participleSubordinators: PhraseSet
    /// Participles that, after a name and a hyphen or before "by", "to" or "with" and a name,
    /// make that name describe another ("M23 rebels *backed by* Rwanda captured …", "the
    /// Al-Qaeda-*linked* group stormed …"): it is not the verb's subject.
    public let modifierParticiples: PhraseSet
    /// Words that, followed by "of", put the event after them in the future ("ahead of talks with X").
    public let prospectiveWords: PhraseSet
    /// "claimed responsibility for", "carried out the attack": the name before takes an attack
    /// told without its agent.
    public let responsibilityClaims: PhraseSet
    /// Passive verbs of a claim after an attack noun ("the attack was carried out by X"):
    /// the agent after "by" is the attacker of the attack told just before without one.
    public let passiveClaims: PhraseSet
    /// Nouns of an attack that a passive claim may follow ("the *assault* was carried out by X").
    public let claimedDeeds: PhraseSet
    /// Verbs that report what a body's forces did ("X's military *said* its drones struck Y").
    public let reportingVerbs: PhraseSet
    /// Verbs whose object is a topic ("*discussed* the ceasefire with X"): a trigger noun after them is no event.
    public let topicVerbs: PhraseSet
    /// Verbs of a third party to a deal or talks ("Qatar *mediated* the agreement"): the
    /// subject is no party; only "between X and Y" after the noun names the parties.
    public let thirdPartyVerbs: PhraseSet
    /// Prepositions before an event noun that a topic verb's subjects took part in ("A and B
    /// discussed the war *at* talks in Beijing", "*during* a phone call").
    public let eventPrepositions: PhraseSet
    /// Nouns of a border ("towns near the *border* with Senegal"): the state after "with" is
    /// a neighbour, not what an attack struck.
    public let borderNouns: PhraseSet
    /// Nouns of a breach of a state's rights ("condemned the violation of Qatar's sovereignty"):
    /// condemning one condemns the attack the article told of.
    public let violationNouns: PhraseSet
    /// A launch of weapons that strikes nobody ("X *fired* a ballistic missile into the sea"),
    /// which a later sentence may condemn ("Japan condemned the *launch*"): its verbs, the
    /// weapons, and the nouns that refer back to it.
    public let launchVerbs: PhraseSet, weaponNouns: PhraseSet, launchNouns: PhraseSet
    /// "X *led* the Pakistani *delegation*": the leader holds office in the delegation's state.
    public let delegationNouns: PhraseSet, leadVerbs: PhraseSet
    /// Trigger words in the present that tell of an event only in a headline ("Iran, IAEA
    /// *agree* on …", "Putin, Trump *meet* in Alaska"), or as a completed trip's purpose
    /// ("flew to Brussels to *meet* X"); elsewhere plans ("agreed to meet").
    public let headlineTriggers: PhraseSet
    /// Verbs whose object is an event ("*hold* the annual summit with X"): a modal before one
    /// puts the event after it in the future ("will hold the … Summit with X").
    public let eventHoldVerbs: PhraseSet
    /// Prepositions of the sea beside a coast ("a boat *off* Venezuela", "*off* the coast of
    /// Yemen"): the state after one is where it happened, not what an attack struck.
    public let offshorePrepositions: PhraseSet
    /// Prepositions after a deed that name where it came from, not its target ("an attack
    /// from X": X is the attacker's side).
    public let originPrepositions: PhraseSet
    /// Nouns that refer back to a body named before ("the group said", "the militia
    /// claimed"): the last armed or political body the article named.
    public let groupAnaphors: PhraseSet
    /// Words that may stand between a passive participle and its "by" ("was condemned *today*
    /// by"); an article or a noun there makes the participle active ("condemned an attack by X").
    public let agentFillers: PhraseSet
    /// Prepositions between a visited site and the place it is in ("troops in X", "posts along X").
    public let sitePrepositions: PhraseSet
    /// Words that open a clause telling what an operation named before them did ("Operation
    /// Y, *in which* X struck Z"): its subject carried the operation out.
    public let operationClauseLeads: PhraseSet
    /// Verbs that lay an attack told without its agent at someone's door ("the army said,
    /// *blaming* the RSF", "*blamed* Hamas for the attack"): the name after one is the agent.
    public let blameVerbs: PhraseSet
    /// Plurals that refer to states ("both *sides* agreed", "the two *countries*"): when the
    /// sentence names exactly two states, those are the parties.
    public let statePlurals: PhraseSet
    /// Titles of a state's government ("president", "foreign minister", "secretary of
    /// state"), matched anywhere in a canonical role: a person named by one alone holds
    /// office in the state the article implies (``ImpliedOffices``).
    public let stateOffices: PhraseSet
    /// State offices one person holds at a time ("president", "foreign minister"), as
    /// canonical roles: a state an article already gives such an office is implied for no
    /// other bare-titled holder of it (``ImpliedOffices``).
    public let singleHolderOffices: PhraseSet
    /// Agencies that report from abroad, by the credit a dateline gives them ("Reuters",
    /// "AP"), with the ISO code of their home country: filed from another state, their
    /// dateline is where a correspondent stands, so an official they name by a bare title
    /// ("President Donald Trump" in an AP story from Cairo) is not taken for the dateline state's.
    public let internationalAgencies: [String: String]
    /// A country's own news agencies, by their dateline credit ("PTI", "Xinhua"), with the
    /// ISO code of that country: filed from abroad, they travel with their government, so a
    /// visitor they name by a bare title ("Male (PTI) Prime Minister X arrived here") is their
    /// country's official.
    public let nationalAgencies: [String: String]
    /// ``nationalAgencies`` by lower-cased credit.
    private let nationalAgenciesByKey: [String: String]

    /// The ISO code of the country whose own agency a dateline credits, in any case ("ANTARA").
    public func nationalAgency(_ credit: String) -> String? { nationalAgenciesByKey[credit.lowercased()] }
    /// Heads of names of a state's civilian bodies ("Defence Ministry"): such a body attacks
    /// nobody itself ("the Russian Defence Ministry said its forces captured X": Russia did).
    public let civilianBodyHeads: PhraseSet
    /// Verbs that negate a trigger after them ("to stop attacking"), but not as nouns after
    /// an article ("after a stop in X, where he met Y").
    public let negatorVerbs: PhraseSet
    /// Verbs (one or two words) that undo the event their object names ("suspended peace
    /// talks with X", "called off his visit to Y"): the trigger, a few lower-case words after
    /// one, tells of nothing that happened.
    public let cancelVerbs: PhraseSet
    /// Conjunctions after which a verb in the present tells of what is still to come ("a day
    /// before Ukrainian officials hold talks with X"), and those present forms
    /// (``presentEventVerbs``).
    public let futureSubordinators: PhraseSet
    public let presentEventVerbs: PhraseSet
    /// Nouns that make "met" mean fulfilled ("met Ukraine's demands"): no meeting.
    public let fulfilledNouns: PhraseSet
    /// Nouns that make an attack verb figurative ("attacked the decision").
    public let nonTargets: PhraseSet
    /// Plural nouns for the two parties of a meeting just told ("the ministers agreed").
    public let plurals: PhraseSet
    /// Words for the two parties that need the verb right after them ("both agreed", "the
    /// two met"), not "for two days".
    public let pluralDeterminers: PhraseSet
    /// Nouns for a body's forces or sites after its name ("Houthi targets", "Houthi fighters"):
    /// they make a lone unknown word before them a possible group.
    public let forceNouns: PhraseSet
    /// A state's or a body's own forces, named without it ("the armed forces", "the
    /// military"): after a reporting verb, the forces of the one who speaks.
    public let ownForces: PhraseSet
    /// Prepositions before "X's" and a trigger noun that make X its agent and the sentence's
    /// subject its object ("arrived *at* X's invitation").
    public let invitationPrepositions: PhraseSet
    /// Auxiliaries and adverbs that may stand between such words and their verb ("both have agreed").
    public let auxiliaries: PhraseSet
    /// Verbs that make the word before them the agent of an attack ("X struck Y").
    public let eventVerbs: PhraseSet
    /// Words allowed between a trigger and its object outside attacks ("with his …").
    public let objectGapWords: PhraseSet
    /// Words that may follow the last of a list of objects ("invited X and Y to …"): what
    /// shows the list ended there, not that its last name starts a new clause.
    public let listFollowers: PhraseSet
    /// Words right before an operation's name that refer back to an attack just told ("the
    /// strikes were part of Operation X", "in an operation it dubbed Operation X").
    public let operationBackReferences: PhraseSet
    /// Predicates whose object may be an attack told earlier ("X condemned the strikes"),
    /// which then stands for the attack's agent.
    public let eventObjectPredicates: Set<String>
    /// Words that may come between such a trigger and the attack ("the latest strikes").
    public let eventDeterminers: PhraseSet
    /// Pronouns that open a relative clause ("X, which operates from Y, attacked Z").
    public let relativePronouns: PhraseSet
    /// A group of envoys and its head ("a delegation led by X"): X is the party met.
    public let delegationLeads: PhraseSet
    /// Phrases that bring in those who did a deed with its subject ("X visited Kyiv *together
    /// with* A and B"): they did it too.
    public let companionLeads: PhraseSet
    /// Triggers that are a visit of courtesy only with a person as object and no "to" and a
    /// verb after it ("called on Vice President X in Beijing"); else an urging ("called on
    /// Israel to halt", "called on X to resign").
    public let courtesyCalls: PhraseSet
    /// Prepositions of a place phrase right after a verb that takes no place ("received *at*
    /// the palace on Wednesday President X", "met *in* Doha with X"): where, not whom.
    public let wherePrepositions: PhraseSet
    /// Words that open a clause with a time of its own ("first visit *since* he took office on
    /// Tuesday"): a date in that clause is not the date of a deed before it (a date right after
    /// the word is: "strikes *since* January").
    public let dateClauseWords: PhraseSet
    /// Adverbs that carry a story on from the deed told before ("He *later* met X"): a deed
    /// with no date of its own took place on that deed's day (the article's, if it had none).
    public let sequelWords: PhraseSet
    /// Words that open a clause telling what an event answers ("in retaliation for", "in
    /// response to"): a date there is the earlier deed's, not the event's.
    public let causeWords: PhraseSet
    /// Prepositions that join a conflict noun (``Lexicon/warHeads``) to the state it is about
    /// ("the war in Ukraine", "the conflict over Kashmir"): that state is a topic, no one's employer.
    public let conflictTopicPrepositions: PhraseSet
    /// Words that make a place a body of water ("Red Sea", "Gulf of Aden", "Strait of
    /// Hormuz"): where ships were attacked, never what was attacked.
    public let waterBodyWords: PhraseSet
    /// The auxiliary of the past perfect ("X *had* earlier met Y"): a deed told in it happened
    /// before the time the article tells of, so with no date of its own it gets none.
    public let perfectAuxiliaries: PhraseSet
    /// Adverbs between that auxiliary and its participle ("had *earlier* met").
    public let perfectAdverbs: PhraseSet
    /// Past participles not ending in "-ed" that a trigger may open with ("had *met*").
    public let irregularParticiples: PhraseSet
    /// Nouns after a demonym that make it its state: its representatives ("talks with *Syrian
    /// officials*") and its land ("camps within *Iranian territory*"); after any other noun the
    /// demonym names members of a people, not their state ("met Turkish businessmen").
    public let stateRepresentatives: PhraseSet
    /// Predicates whose other argument is a person's counterpart or adversary, never their own
    /// state ("Foreign Minister X condemned Russia"): no sign against an implied office.
    public let counterpartyPredicates: Set<String>
    /// Phrases that refer back to a trip ("during the visit", "on his trip"): bare-titled
    /// people named with one are those the traveller met abroad.
    public let visitReferences: PhraseSet
    /// Nouns for events with participants ("the meeting hosted by X").
    public let participantNouns: PhraseSet
    /// Verbs whose subject hosted a meeting just told ("X hosted the talks"), unlike other
    /// verbs of welcoming ("X welcomed the meeting": approval, not hosting).
    public let meetingHostVerbs: PhraseSet
    /// Heads of names of state bodies: a state's body is `partOf` it; other groups named with
    /// a state ("Yemen's Houthi rebels") are `basedIn` it.
    public let stateBodyHeads: PhraseSet
    /// Words that make a body named after its state a movement there, not a body of the
    /// state: "Syrian Democratic Forces", "Sudan People's Liberation Army" are based in it.
    public let movementWords: PhraseSet
    /// Words that may stand inside a trigger phrase, between its words, besides numbers
    /// ("fired *cruise* missiles at", "launched *a barrage of* drones at").
    public let triggerFillers: PhraseSet
    /// Title keys mapped to one canonical key ("fm" → "foreign minister").
    public let titleSynonyms: [String: String]
    /// Titles that name whoever holds a state's first office ("the South Korean leader"):
    /// the title's key → the offices it may mean, the likeliest first.
    public let leaderOffices: [String: [String]]
    /// Count words of a group of parties and their numbers ("the three leaders agreed").
    public let groupCounts: [String: Int]
    /// Trigger words that become another verb with a particle after them ("called for
    /// calm" is no phone call; nor is "called a summit"): the word's hash → the particles' hashes.
    public let phrasalParticles: [UInt64: Set<UInt64>]

    private struct File: Decodable {
        var negators, clauseBreaks, agentVerbs, objectPrepositions, counterpartWords, subjectPronouns, visitReferences: [String]
        var possessivePronouns, objectPronouns, nonTargets, fulfilledNouns, negatorVerbs, cancelVerbs, futureSubordinators, presentEventVerbs, deedsOfForces, subordinators, participleSubordinators, modifierParticiples, prospectiveWords, responsibilityClaims, passiveClaims, claimedDeeds, reportingVerbs, topicVerbs, thirdPartyVerbs, eventPrepositions, violationNouns, launchVerbs, weaponNouns, launchNouns, delegationNouns, leadVerbs, headlineTriggers, eventHoldVerbs, offshorePrepositions, originPrepositions, groupAnaphors, agentFillers, sitePrepositions, operationClauseLeads, blameVerbs, statePlurals, borderNouns, stateOffices, singleHolderOffices, civilianBodyHeads, plurals, eventVerbs, objectGapWords, participantNouns, meetingHostVerbs, stateBodyHeads, movementWords: [String]
        var triggerFillers, pluralDeterminers, auxiliaries, forceNouns, ownForces, invitationPrepositions: [String]
        var listFollowers, operationBackReferences, relativePronouns, eventObjectPredicates, eventDeterminers, delegationLeads, companionLeads, dateClauseWords, sequelWords, causeWords, conflictTopicPrepositions, waterBodyWords, perfectAuxiliaries, perfectAdverbs, irregularParticiples, stateRepresentatives, counterpartyPredicates, courtesyCalls, wherePrepositions: [String]
        var titleSynonyms: [String: String]
        var leaderOffices: [String: [String]]
        var groupCounts: [String: Int]
        var internationalAgencies, nationalAgencies: [String: String]
        var phrasalParticles: [String: [String]]
    }

    public init(contentsOf url: URL) throws {
        let file = try ResourceLoader.decode(File.self, from: url)
        negators = PhraseSet(file.negators)
        let marks = file.clauseBreaks.filter { NameKey.words($0).isEmpty }
        clauseBreakWords = PhraseSet(file.clauseBreaks.filter { !NameKey.words($0).isEmpty })
        clauseBreakMarks = Set(marks.map(WordHash.raw))
        agentVerbs = PhraseSet(file.agentVerbs)
        objectPrepositions = PhraseSet(file.objectPrepositions)
        counterpartWords = PhraseSet(file.counterpartWords)
        visitReferences = PhraseSet(file.visitReferences)
        subjectPronouns = PhraseSet(file.subjectPronouns)
        possessivePronouns = PhraseSet(file.possessivePronouns)
        objectPronouns = PhraseSet(file.objectPronouns)
        nonTargets = PhraseSet(file.nonTargets)
        fulfilledNouns = PhraseSet(file.fulfilledNouns)
        negatorVerbs = PhraseSet(file.negatorVerbs)
        cancelVerbs = PhraseSet(file.cancelVerbs)
        futureSubordinators = PhraseSet(file.futureSubordinators)
        presentEventVerbs = PhraseSet(file.presentEventVerbs)
        deedsOfForces = PhraseSet(file.deedsOfForces)
        subordinators = PhraseSet(file.subordinators)
        participleSubordinators = PhraseSet(file.participleSubordinators)
        modifierParticiples = PhraseSet(file.modifierParticiples)
        prospectiveWords = PhraseSet(file.prospectiveWords)
        responsibilityClaims = PhraseSet(file.responsibilityClaims)
        passiveClaims = PhraseSet(file.passiveClaims)
        claimedDeeds = PhraseSet(file.claimedDeeds)
        reportingVerbs = PhraseSet(file.reportingVerbs)
        topicVerbs = PhraseSet(file.topicVerbs)
        thirdPartyVerbs = PhraseSet(file.thirdPartyVerbs)
        eventPrepositions = PhraseSet(file.eventPrepositions)
        borderNouns = PhraseSet(file.borderNouns)
        violationNouns = PhraseSet(file.violationNouns)
        launchVerbs = PhraseSet(file.launchVerbs)
        weaponNouns = PhraseSet(file.weaponNouns)
        launchNouns = PhraseSet(file.launchNouns)
        delegationNouns = PhraseSet(file.delegationNouns)
        leadVerbs = PhraseSet(file.leadVerbs)
        headlineTriggers = PhraseSet(file.headlineTriggers)
        eventHoldVerbs = PhraseSet(file.eventHoldVerbs)
        offshorePrepositions = PhraseSet(file.offshorePrepositions)
        originPrepositions = PhraseSet(file.originPrepositions)
        groupAnaphors = PhraseSet(file.groupAnaphors)
        agentFillers = PhraseSet(file.agentFillers)
        sitePrepositions = PhraseSet(file.sitePrepositions)
        operationClauseLeads = PhraseSet(file.operationClauseLeads)
        blameVerbs = PhraseSet(file.blameVerbs)
        statePlurals = PhraseSet(file.statePlurals)
        stateOffices = PhraseSet(file.stateOffices)
        singleHolderOffices = PhraseSet(file.singleHolderOffices)
        internationalAgencies = file.internationalAgencies
        nationalAgencies = file.nationalAgencies
        nationalAgenciesByKey = Dictionary(file.nationalAgencies.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        civilianBodyHeads = PhraseSet(file.civilianBodyHeads)
        plurals = PhraseSet(file.plurals)
        pluralDeterminers = PhraseSet(file.pluralDeterminers)
        auxiliaries = PhraseSet(file.auxiliaries)
        forceNouns = PhraseSet(file.forceNouns)
        ownForces = PhraseSet(file.ownForces)
        invitationPrepositions = PhraseSet(file.invitationPrepositions)
        eventVerbs = PhraseSet(file.eventVerbs)
        objectGapWords = PhraseSet(file.objectGapWords)
        participantNouns = PhraseSet(file.participantNouns)
        delegationLeads = PhraseSet(file.delegationLeads)
        companionLeads = PhraseSet(file.companionLeads)
        courtesyCalls = PhraseSet(file.courtesyCalls)
        wherePrepositions = PhraseSet(file.wherePrepositions)
        dateClauseWords = PhraseSet(file.dateClauseWords)
        sequelWords = PhraseSet(file.sequelWords)
        causeWords = PhraseSet(file.causeWords)
        conflictTopicPrepositions = PhraseSet(file.conflictTopicPrepositions)
        waterBodyWords = PhraseSet(file.waterBodyWords)
        perfectAuxiliaries = PhraseSet(file.perfectAuxiliaries)
        irregularParticiples = PhraseSet(file.irregularParticiples)
        perfectAdverbs = PhraseSet(file.perfectAdverbs)
        stateRepresentatives = PhraseSet(file.stateRepresentatives)
        counterpartyPredicates = Set(file.counterpartyPredicates)
        meetingHostVerbs = PhraseSet(file.meetingHostVerbs)
        triggerFillers = PhraseSet(file.triggerFillers)
        listFollowers = PhraseSet(file.listFollowers)
        operationBackReferences = PhraseSet(file.operationBackReferences)
        relativePronouns = PhraseSet(file.relativePronouns)
        eventObjectPredicates = Set(file.eventObjectPredicates)
        eventDeterminers = PhraseSet(file.eventDeterminers)
        stateBodyHeads = PhraseSet(file.stateBodyHeads)
        movementWords = PhraseSet(file.movementWords)
        titleSynonyms = Dictionary(file.titleSynonyms.map { (NameKey.key($0.key), NameKey.key($0.value)) }) { first, _ in first }
        groupCounts = file.groupCounts
        leaderOffices = Dictionary(file.leaderOffices.map { (NameKey.key($0.key), $0.value.map(NameKey.key)) }) { first, _ in first }
        phrasalParticles = Dictionary(file.phrasalParticles.map { (WordHash.word($0.key), Set($0.value.map(WordHash.word))) }) { $0.union($1) }
    }

    public static func standard() throws -> RelationCues {
        try RelationCues(contentsOf: ResourceLoader.dataURL("relation-cues.json"))
    }

    /// A title reduced to what identifies the office: modifiers dropped, synonyms merged
    /// ("Caretaker Foreign Minister", "FM" and "Minister of Foreign Affairs" all give
    /// "foreign minister").
    public func canonicalRole(_ title: String, lexicon: Lexicon) -> String {
        var words = NameKey.words(title)
        while let first = words.first, words.count > 1, lexicon.titleModifiers.contains(word: WordHash.word(first)) { words.removeFirst() }
        let key = words.joined(separator: " ")
        return titleSynonyms[key] ?? key
    }
}
