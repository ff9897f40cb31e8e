/// Stage `relations`: who did what to whom, sentence by sentence, before resolution.
///
/// Three sources, all about English, not about particular articles:
/// - **Names and titles** recorded by recognition: a person named with a title and a
///   state ("Kenya's Foreign Minister X", "the Iranian Foreign Minister X", "X's Minister
///   of Foreign Affairs, Y") holds office in it (`officialOf`, with the role); a body
///   named with its state is part of it (`partOf`); a place named with its possessor
///   lies in it (`locatedIn`: "Iran's X province").
/// - **Triggers** from the vocabulary, read in the clause around them: the subject is the
///   nearest allowed mention before the trigger (or, for attacks, the possessive or
///   demonym right before it, or the agent after "by"); the object is the first allowed
///   mention after it. Passive triggers swap the sides ("was received by"). Around that:
///   appositions ("his Iranian counterpart, X"), offices without a name ("Iran's foreign
///   minister", "his Turkish counterpart") left for resolution, coordination and
///   "between A and B" for symmetric predicates, "both ministers" for the last two
///   parties, a pronoun or a fronted phrase for the subject ("In a call with X, Y said"),
///   and negation or modality ("is expected to meet", "denied attacking") that cancels.
/// - **Named operations** and the state whose operation they are ("its operation, named …").
///
/// Each relation keeps the date expression of its clause ("on Friday", "January 16") or
/// the last one before it in the article, to be placed on the calendar later.
public struct RelationExtractor: DocumentStage {
    public let name = "relations"
    let rules: RelationRules

    public init(vocabulary: RelationVocabulary, cues: RelationCues, lexicon: Lexicon, calendar: CalendarWords) {
        rules = RelationRules(vocabulary: vocabulary, cues: cues, lexicon: lexicon, calendar: calendar)
    }

    public func process(_ document: inout AnalyzedDocument) throws {
        let reader = DocumentReader(document: document, rules: rules)
        reader.run()
        document.relations = reader.found
    }
}

/// The extractor's data, shared by reference so reading a sentence copies nothing.
final class RelationRules: Sendable {
    let vocabulary: RelationVocabulary
    let cues: RelationCues
    let lexicon: Lexicon
    let dates: DateFinder
    /// Every trigger phrase, grouped by first word, longest first within a group.
    let triggerList: [Trigger]
    /// For each first word's hash, its group in `triggerList` as `start << 16 | count`.
    let triggerGroups: HashMap64<Int>
    let possessive = WordHash.raw("’s"), possessiveASCII = WordHash.raw("'s"), comma = WordHash.raw(","), hyphen = WordHash.raw("-")
    let with = WordHash.word("with"), to = WordHash.word("to"), by = WordHash.word("by"), between = WordHash.word("between")
    let and = WordHash.word("and"), of = WordHash.word("of"), the = WordHash.word("the"), targeting = WordHash.word("targeting")
    let a = WordHash.word("a"), an = WordHash.word("an"), forWord = WordHash.word("for"), from = WordHash.word("from")
    let here = WordHash.word("here"), them = WordHash.word("them"), whereWord = WordHash.word("where"), inWord = WordHash.word("in")
    let they = WordHash.word("they"), two = WordHash.word("two"), both = WordHash.word("both"), including = WordHash.word("including"), itWord = WordHash.word("it")
    /// Possessive pronouns that stand for a body or a state ("Its chairperson, X").
    let its = WordHash.word("its"), their = WordHash.word("their"), whose = WordHash.word("whose"), use = WordHash.word("use"), on = WordHash.word("on")
    let along = WordHash.word("along"), asWord = WordHash.word("as"), well = WordHash.word("well"), such = WordHash.word("such")
    /// Words after which a name is an object, not a subject ("the mausoleum of X", "met with X").
    let prepositions = PhraseSet(["of", "to", "with", "by", "from", "for", "at", "on", "in", "about", "against", "toward", "towards", "near"])
    let under = WordHash.word("under"), that = WordHash.word("that")
    /// "the two *leaders*": a pair of heads of state or government (``RelationCues/leaderOffices``).
    let leaders = WordHash.word("leaders")
    /// "X, (also) known as Y,": an alias in apposition, and the adverbs that may open it.
    let known = WordHash.word("known"), aliasAdverbs = PhraseSet(["also", "better", "widely", "popularly", "locally", "commonly"])
    let what = WordHash.word("what"), this = WordHash.word("this"), against = WordHash.word("against"), at = WordHash.word("at")
    let attended = WordHash.word("attended"), openParenthesis = WordHash.raw("("), closeParenthesis = WordHash.raw(")")
    /// "his", "her": a person's possessives.
    let personalPossessives = PhraseSet(["his", "her"])
    /// The prepositions after a modifier participle: "backed by", "linked to", "allied with".
    let modifierPrepositions = PhraseSet(["by", "to", "with"])
    /// Auxiliaries before a past participle in the passive ("was received … by X").
    let passiveAuxiliaries = PhraseSet(["was", "were", "been", "being", "is", "are"])
    let his = PhraseSet(["his", "her", "their", "its"])
    /// The vocabulary's predicates in the form the rules read (same order).
    let predicateRules: [PredicateRule]
    let officialOf: PredicateRule?, conducted: PredicateRule?, hosted: PredicateRule?, visited: PredicateRule?, targeted: PredicateRule?, metWith: PredicateRule?
    /// The first predicate of the attack frame (`attacked`).
    let attack: PredicateRule?
    let partOf: PredicateRule?, basedIn: PredicateRule?, locatedIn: PredicateRule?
    /// What each single word can start or signal, by the token's hash, so a
    /// sentence is screened with one lookup per word.
    let wordClasses: HashMap64<WordClass>
    /// The keys of `wordClasses`, so most words are passed over without probing it.
    let wordFilter: HashPrefilter64
    /// The first word of each of the cues' `delegationLeads` ("delegation").
    let delegationFirstWords: HashSet64
    /// The cues' negators and negator verbs in one table, so a word is looked up once:
    /// true for a verb that negates only when no article comes before it ("a stop").
    let negatorWords: HashMap64<Bool>
    /// Count words and their numbers ("three": 3), by word hash.
    let groupCounts: HashMap64<Int>

    /// Roles of single words in a sentence.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt16
        static let triggerStart = WordClass(rawValue: 1)
        static let counterpart = WordClass(rawValue: 2)
        static let clauseBreak = WordClass(rawValue: 4)
        static let calendar = WordClass(rawValue: 8)
        /// A punctuation mark that breaks clauses (";", a dash): for punctuation tokens only.
        static let clauseMark = WordClass(rawValue: 16)
        /// A word that ends a title ("leader", "spokesman"): "Hamas leader X" holds an office.
        static let title = WordClass(rawValue: 32)
        /// A verb of launching weapons ("fired"): the sentence may tell a launch (``SentenceReading/launches()``).
        static let launch = WordClass(rawValue: 64)
        /// A verb of leading ("led", "headed"): "X, led by Y," names X's leader (``SentenceReading/ledBodyOffices()``).
        static let lead = WordClass(rawValue: 128)
        /// A word of negation, modality, cancelling or time to come ("not", "will", "called
        /// off", "before", "ahead"): without one, nothing in the sentence is negated (``SentenceReading/isNegated(before:in:)``).
        static let modality = WordClass(rawValue: 256)
        /// A subordinator before a participle ("before meeting"): ``SentenceReading/participleOpener(at:)``.
        static let subordinator = WordClass(rawValue: 512)
        /// A word that refers back to a body ("the group", "its"): with a title, "the group's
        /// leader X" holds an office (``SentenceReading/pronounOffices()``).
        static let bodyReference = WordClass(rawValue: 1024)
    }

    /// A predicate as the rules use it: a reference, so passing it copies nothing.
    final class PredicateRule: Sendable {
        let name: String
        let symmetric: Bool
        let dated: Bool
        let meeting: Bool
        let frame: Predicate.Frame
        let subjectTypes: EntityTypes
        let objectTypes: EntityTypes
        /// Whether its object may be an attack ("condemned the strikes"): in the cues' `eventObjectPredicates`.
        let takesEvents: Bool

        init(_ predicate: Predicate, cues: RelationCues) {
            name = predicate.name
            takesEvents = cues.eventObjectPredicates.contains(predicate.name)
            symmetric = predicate.symmetric
            dated = predicate.dated
            meeting = predicate.meeting
            frame = predicate.frame
            subjectTypes = EntityTypes(predicate.subjectTypes)
            objectTypes = EntityTypes(predicate.objectTypes)
        }
    }

    struct Trigger: Sendable {
        var words: [UInt64]
        var predicate: Int
        var passive: Bool
        var mutual = false
    }

    init(vocabulary: RelationVocabulary, cues: RelationCues, lexicon: Lexicon, calendar: CalendarWords) {
        self.vocabulary = vocabulary
        self.cues = cues
        self.lexicon = lexicon
        dates = DateFinder(words: calendar)
        var byFirst: [UInt64: [Trigger]] = [:]
        for (index, predicate) in vocabulary.predicates.enumerated() where predicate.frame != .none {
            for (phrases, passive, mutual) in [(predicate.triggers, false, false), (predicate.passiveTriggers, true, false), (predicate.mutualTriggers, false, true)] {
                for phrase in phrases {
                    let words = NameKey.words(phrase).map(WordHash.word)
                    guard let first = words.first else { continue }
                    byFirst[first, default: []].append(Trigger(words: words, predicate: index, passive: passive, mutual: mutual))
                }
            }
        }
        var list: [Trigger] = []
        var groups = HashMap64<Int>()
        for key in byFirst.keys.sorted() {
            let group = byFirst[key]!.sorted { $0.words.count > $1.words.count }
            groups[key] = list.count << 16 | group.count
            list += group
        }
        triggerList = list
        triggerGroups = groups
        let rules = vocabulary.predicates.map { PredicateRule($0, cues: cues) }
        predicateRules = rules
        func rule(_ name: String) -> PredicateRule? { rules.first { $0.name == name } }
        officialOf = rule("officialOf")
        conducted = rule("conducted")
        hosted = rule("hosted")
        metWith = rule("metWith")
        visited = rule("visited")
        partOf = rule("partOf")
        basedIn = rule("basedIn")
        locatedIn = rule("locatedIn")
        targeted = rule("targeted")
        attack = rules.first { $0.frame == .attack }
        var classes = HashMap64<WordClass>()
        func mark(_ key: UInt64, _ wordClass: WordClass) { classes[key] = (classes[key] ?? []).union(wordClass) }
        for (first, _) in groups.pairs { mark(first, .triggerStart) }
        for words in cues.responsibilityClaims.entryTokens { mark(words[0], .triggerStart) }
        for word in cues.blameVerbs.singleWords { mark(word, .triggerStart) }
        for word in cues.launchVerbs.singleWords { mark(word, [.triggerStart, .launch]) }
        for word in cues.leadVerbs.singleWords { mark(word, .lead) }
        for word in cues.counterpartWords.singleWords { mark(word, .counterpart) }
        for word in cues.clauseBreakWords.singleWords { mark(word, .clauseBreak) }
        for word in lexicon.titles.singleWords { mark(word, .title) }
        // A title none of whose words is a title alone ("charge d'affaires", "secretary-general"): its first token.
        let singleTitles = Set(lexicon.titles.singleWords)
        for tokens in lexicon.titles.entryTokens where !tokens.contains(where: singleTitles.contains) { mark(tokens[0], .title) }
        for punctuation in cues.clauseBreakMarks { mark(punctuation, .clauseMark) }
        for table in [calendar.months, calendar.weekdays, calendar.relativeDays] {
            for (word, _) in table.pairs { mark(word, .calendar) }
        }
        for word in calendar.periods.singleWords { mark(word, .calendar) }
        for set in [cues.negators, cues.negatorVerbs, cues.cancelVerbs, cues.futureSubordinators, cues.prospectiveWords] {
            for words in set.entryTokens { for word in words { mark(word, .modality) } }
        }
        for words in cues.participleSubordinators.entryTokens { for word in words { mark(word, .subordinator) } }
        for word in cues.groupAnaphors.singleWords + [its, their] { mark(word, .bodyReference) }
        wordClasses = classes
        var delegationFirst = HashSet64()
        for words in cues.delegationLeads.entryTokens { if let first = words.first { delegationFirst.insert(first) } }
        delegationFirstWords = delegationFirst
        var negators = HashMap64<Bool>()
        for word in cues.negatorVerbs.singleWords { negators[word] = true }
        for word in cues.negators.singleWords { negators[word] = false }
        negatorWords = negators
        var counts = HashMap64<Int>()
        for (word, count) in cues.groupCounts { counts[WordHash.word(word)] = count }
        groupCounts = counts
        var filter = HashPrefilter64()
        for (key, _) in classes.pairs { filter.insert(key) }
        wordFilter = filter
    }
}

/// Whether the sentence of tokens `range` is a headline: it ends without punctuation.
private func isHeadline<Tokens: RandomAccessCollection<Token>>(_ range: Range<Int>, tokens: Tokens) -> Bool where Tokens.Index == Int {
    !range.isEmpty && tokens[range.upperBound - 1].kind != .punctuation
}

extension Mention {
    /// Whether two mentions name one thing before resolution: one gazetteer entry when both
    /// have one, else one name (with `surname`, also a full name and its last word).
    func namesSame(as other: Mention, surname: Bool = false) -> Bool {
        if let entry = gazetteerEntry, let otherEntry = other.gazetteerEntry { return entry == otherEntry }
        return surface == other.surface || surname && (Self.endsWithSurname(surface, other.surface) || Self.endsWithSurname(other.surface, surface))
    }

    /// ``namesSame(as:surname:)``, or one canonical name ("Cambodian" names "Cambodia").
    func namesSameOrHint(_ other: Mention) -> Bool {
        namesSame(as: other) || (canonicalHint ?? surface) == (other.canonicalHint ?? other.surface)
    }

    /// Whether `full` ends with the word `surname`, alone or after a lower-case particle and a
    /// hyphen ("Mohammed Shia al-Sudani" and "Sudani").
    static func endsWithSurname(_ full: String, _ surname: String) -> Bool {
        // (Compared as UTF-8 bytes, allocating nothing: this runs for many pairs of names.)
        let f = full.utf8, s = surname.utf8
        guard !s.isEmpty, f.count > s.count, f.reversed().starts(with: s.reversed()) else { return false }
        let joint = f.index(f.endIndex, offsetBy: -(s.count + 1))
        if f[joint] == UInt8(ascii: " ") { return true }
        guard f[joint] == UInt8(ascii: "-") else { return false }
        let particle = full[..<joint].split(separator: " ").last ?? ""
        return !particle.isEmpty && particle.allSatisfy(\.isLowercase)
    }
}

/// An attack read: its agent, the stem of its trigger's last word (0 for a passive trigger)
/// and its sentence.
private struct Attack {
    var agent: RelationMention.Argument
    var stem: UInt64
    var sentence: Int
    /// The date as its sentence gives it, for a later sentence that refers back to it.
    var when: DateReference?
    /// Told only as the cause of another ("in retaliation for X's attack on Y").
    var background = false
}

/// An attack told without its agent: what was attacked, when, and in which sentence.
private struct UnclaimedAttack {
    var objects: [RelationMention.Argument]
    var sentence: Int
    var when: DateReference?
}

/// Reading one document's sentences in order, with what carries over between them.
private final class DocumentReader {
    let document: AnalyzedDocument
    let rules: RelationRules
    var found: [RelationMention] = []
    /// The last person who was the subject of a relation, for "He …" and implicit subjects.
    var lastPersonSubject: Int?
    /// The last two parties of a conversation or meeting, for "both ministers agreed".
    var lastParties: (RelationMention.Argument, RelationMention.Argument)?
    /// The day of the relation that named `lastParties`, if it had one.
    var lastPartiesDate: DateReference?
    /// Every pair that was `lastParties`, in order, with its day: the last whose both parties
    /// hold a leader's office is "the two leaders" after a minister welcomed one of them
    /// (looked for only when a sentence says so).
    var partiesHistory: [(parties: (RelationMention.Argument, RelationMention.Argument), when: DateReference?)] = []
    /// The parties of the last meeting of more than two (one subject, several met), and its
    /// sentence, for "the three leaders agreed".
    var lastGroup: (members: [RelationMention.Argument], sentence: Int, when: DateReference?)?
    /// Every attack read so far, in order: its agent, the stem of its trigger's last word (0
    /// for a passive) and its sentence, for back-references: "the strikes were part of
    /// Operation X" (the last attack), "condemned the strikes" (whoever carried out strikes).
    var attacks: [Attack] = []
    /// The sentence of the latest attack told without its agent ("gunmen attacked a patrol"),
    /// and its trigger's stem: "condemned the attack" after it names no attacker.
    var lastAgentlessAttack: (stem: UInt64, sentence: Int)?
    /// The last attack told without its agent ("Gunmen attacked X"), for "Y claimed
    /// responsibility for the attack" within the next sentences.
    var unclaimed: UnclaimedAttack?
    /// Who the article last told launched weapons, for "condemned the launch".
    var lastLauncher: RelationMention.Argument?
    /// The last date expression seen, for sentences that carry none.
    var lastDate: DateReference?
    /// The date of the last event read (nil inside: told without one, so on the article's
    /// day), for "He later met X"; nil before any.
    var lastDeedDate: DateReference??
    /// The first person named in the previous sentence, for "He …".
    var previousSentencePerson: Int?

    var tokens: [Token] { document.tokens }
    var mentions: [Mention] { document.mentions }

    init(document: AnalyzedDocument, rules: RelationRules) {
        self.document = document
        self.rules = rules
    }

    /// Whether the article names a place `name` (for a lone word read as a person; such
    /// words are few, so a scan costs less than a table per article).
    func namesPlace(_ mention: Int) -> Bool {
        if placeNamed.isEmpty { placeNamed = Array(repeating: -1, count: mentions.count) }
        if placeNamed[mention] < 0 {
            placeNamed[mention] = document.mentions.withUnsafeBufferPointer { mentions in
                let name = mentions[mention].surface
                return mentions.contains { $0.type == .place && $0.surface == name } ? 1 : 0
            }
        }
        return placeNamed[mention] == 1
    }
    /// ``namesPlace(_:)`` by mention: -1 not yet known, 0 no, 1 yes.
    private var placeNamed: [Int8] = []

    /// Whether the word before a name (past capitalised words: its titles) is a preposition.
    func followsPreposition(_ span: Span) -> Bool {
        document.bytes.withUnsafeBufferPointer { bytes in
            var end = span.start
            for _ in 0..<4 {
                while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                var start = end
                while start > 0, bytes[start - 1] >= 0x41 && bytes[start - 1] <= 0x5A || bytes[start - 1] >= 0x61 && bytes[start - 1] <= 0x7A { start -= 1 }
                guard start < end else { return false }
                if bytes[start] >= 0x41 && bytes[start] <= 0x5A { end = start; continue }     // a title or modifier: look further back
                let word = WordHash.word(bytes, start..<end)
                // ("Secretary of State X": "of" inside a title, a capitalised word before it.)
                if word == rules.of || word == rules.forWord, end < span.start {
                    var before = start
                    while before > 0, bytes[before - 1] == UInt8(ascii: " ") { before -= 1 }
                    if before > 0, bytes[before - 1] >= 0x61 && bytes[before - 1] <= 0x7A || bytes[before - 1] >= 0x41 && bytes[before - 1] <= 0x5A {
                        var first = before
                        while first > 0, bytes[first - 1] >= 0x41 && bytes[first - 1] <= 0x5A || bytes[first - 1] >= 0x61 && bytes[first - 1] <= 0x7A { first -= 1 }
                        if bytes[first] >= 0x41 && bytes[first] <= 0x5A { end = first; continue }
                    }
                }
                return rules.prepositions.contains(word: word)
            }
            return false
        }
    }

    /// Whether a name stands alone in parentheses ("(Reuters)").
    func isInParentheses(_ span: Span) -> Bool {
        span.start > 0 && span.end < document.bytes.count
            && document.bytes[span.start - 1] == UInt8(ascii: "(") && document.bytes[span.end] == UInt8(ascii: ")")
    }

    func run() {
        // The document's arrays are read through pointers for the whole reading: an array's
        // subscript would copy each mention it reads (retaining its strings).
        document.tokens.withUnsafeBufferPointer { tokens in
            document.mentions.withUnsafeBufferPointer { mentions in
                document.bytes.withUnsafeBufferPointer { bytes in
                    read(SentenceReading(rules: rules, document: document, tokens: tokens, mentions: mentions, bytes: bytes))
                }
            }
        }
    }

    /// Reads every sentence with `reading` (one reading for the whole document, reset for
    /// each sentence, so nothing is copied per sentence).
    private func read(_ reading: SentenceReading) {
        let tokens = reading.tokens, mentions = reading.mentions
        var first = 0
        for (sentence, range) in document.sentenceTokens.enumerated() {
            while first < mentions.count, mentions[first].sentence < sentence { first += 1 }
            var end = first
            while end < mentions.count, mentions[end].sentence == sentence { end += 1 }
            // One lookup per word tells what the sentence can hold.
            let classes = reading.screen(range)
            let sentenceDates = classes.contains(.calendar) ? rules.dates.find(in: document.tokens, range, bytes: document.bytes) : []
            // Read the sentence only if something in it can make a relation: a name with an
            // affiliation, an operation, a counterpart, or a trigger word (with a name, or
            // after a conversation or a meeting of several: "both ministers agreed").
            let hasTrigger = classes.contains(.triggerStart)
            let hasNamedFact = classes.contains(.counterpart)
                || (classes.contains(.title) && (end - first >= 2 || end > first && classes.contains(.bodyReference)))
                || (first..<end).contains { mentions[$0].affiliation != nil || mentions[$0].type == .operation }
            let leads = classes.contains(.lead) && end - first >= 2
            let read = hasNamedFact || leads || (hasTrigger && (end > first || lastParties != nil || lastGroup != nil))
            if read {
                reading.begin(sentence: sentence, range: range, mentions: first..<end, dates: sentenceDates, reader: self)
                reading.namesAndTitles()
                reading.counterpartAppositions()
                if classes.contains(.title) {
                    // Offices named by a lower-case title ("Morocco's foreign minister X", "Hamas leader X").
                    reading.lowercaseOffices()
                    reading.pronounOffices()
                    reading.bodyOffices()
                    reading.appositiveOffices()
                    reading.titleOfBodyOffices()
                    reading.delegationOffices()
                }
                if leads { reading.ledBodyOffices() }
                if classes.contains(.launch) { reading.launches() }
                reading.triggers()
                reading.claims()
                reading.blames()
                reading.operations()
                reading.operationTargets()
                if let person = reading.lastPersonSubject { lastPersonSubject = person }
                if let group = reading.lastGroup {
                    lastGroup = (group, reading.sentence, reading.found.last(where: { $0.subject == group[0] && $0.object == group[1] })?.when)
                }
                if let parties = reading.lastParties {
                    lastParties = parties
                    lastPartiesDate = reading.found.last(where: { r in
                        r.subject == parties.0 && r.object == parties.1 || r.subject == parties.1 && r.object == parties.0 })?.when
                    partiesHistory.append((parties, lastPartiesDate))
                }
                attacks += reading.attacksRead
                if let last = reading.agentlessAttackRead { lastAgentlessAttack = last }
                if let attack = reading.unclaimedRead { unclaimed = attack }
                if reading.claimedAttack { unclaimed = nil }
                if let launcher = reading.launchRead { lastLauncher = launcher }
                if let deed = reading.found[reading.sentenceFound...].last(where: { r in rules.predicateRules.contains { $0.name == r.predicate && $0.dated } }) {
                    lastDeedDate = .some(deed.when)
                }
            }
            if let last = sentenceDates.last { lastDate = last.date }
            // "He" in the next sentence: this sentence's person subject, else its first person
            // who does not follow a preposition ("the mausoleum of X" is no one "he" refers to).
            let subject = read ? reading.lastPersonSubject : nil
            // (Nor an agency's credit: "WASHINGTON (Reuters) - …".)
            previousSentencePerson = subject ?? (first..<end).first { mentions[$0].type == .person && mentions[$0].surface.utf8.first != UInt8(ascii: "@")
                && !followsPreposition(mentions[$0].span) && !isInParentheses(mentions[$0].span) } ?? previousSentencePerson
        }
        found = reading.found
        dateHeadlineFacts()
    }

    /// A headline's fact told without a date is the one its article goes on to tell: it
    /// takes the date of the first later statement of the predicate with one of its
    /// arguments ("French envoy visits Beirut" … "arrived in Beirut on Tuesday"), not the
    /// article's own date.
    private func dateHeadlineFacts() {
        for h in found.indices where found[h].when == nil {
            guard isHeadline(document.sentenceTokens[found[h].sentence], tokens: tokens) else { continue }
            let arguments = [found[h].subject, found[h].object]
            if let later = found.first(where: { r in r.sentence > found[h].sentence && r.when != nil && r.predicate == found[h].predicate
                && arguments.contains { names($0, r.subject) || names($0, r.object) } }) {
                found[h].when = later.when
            } else if let later = found.first(where: { r in r.sentence > found[h].sentence && r.when != nil && r.predicate != "officialOf"
                && (names(found[h].subject, r.subject) && names(found[h].object, r.object) || names(found[h].subject, r.object) && names(found[h].object, r.subject)) }) {
                // ("X hosts Y" over "X and Y signed a pact on Thursday": the day the body tells
                // of the same two parties, whatever it says they did.)
                found[h].when = later.when
            }
        }
    }

    /// Whether two arguments name the same thing (``Mention/namesSame(as:surname:)``, a
    /// surname for the full name).
    private func names(_ a: RelationMention.Argument, _ b: RelationMention.Argument) -> Bool {
        switch (a, b) {
        // (A state by its demonym too: "Israel strikes …" and "An Israeli airstrike …".)
        case let (.mention(i), .mention(j)): return mentions[i].namesSame(as: mentions[j], surname: true) || mentions[i].namesSameOrHint(mentions[j])
        case let (.entity(x), .entity(y)): return x == y
        default: return false
        }
    }
}

/// Reading one sentence at a time (one object per document, reset by ``begin``).
private final class SentenceReading {
    let x: RelationRules
    let document: AnalyzedDocument
    /// The document's tokens, mentions and text (see ``init(rules:document:tokens:mentions:bytes:)``).
    let tokens: UnsafeBufferPointer<Token>
    let mentions: UnsafeBufferPointer<Mention>
    let bytes: UnsafeBufferPointer<UInt8>
    /// The mention of the dateline's place (``Dateline/place(mentions:bytes:)``).
    let datelinePlace: Int?
    /// The document's reader: what carries over from earlier sentences (read in place,
    /// not copied per sentence).
    private(set) var reader: DocumentReader?
    var previousPersonSubject: Int? { reader?.lastPersonSubject }
    var previousSentencePerson: Int? { reader?.previousSentencePerson }
    var previousParties: (RelationMention.Argument, RelationMention.Argument)? { reader?.lastParties }
    var previousPartiesDate: DateReference? { reader?.lastPartiesDate }
    var previousDate: DateReference? { reader?.lastDate }
    /// The attack told without its agent in one of the two sentences before this one, if any.
    var unclaimedBefore: UnclaimedAttack? {
        guard let told = unclaimedRead ?? reader?.unclaimed, told.sentence < sentence, sentence - told.sentence <= 2 else { return nil }
        return told
    }
    /// The attacks read in this sentence so far.
    private(set) var attacksRead: [Attack] = []
    /// The last attack of this sentence read without its agent (``DocumentReader/lastAgentlessAttack``).
    private(set) var agentlessAttackRead: (stem: UInt64, sentence: Int)?
    /// An attack of this sentence told without its agent, and whether the sentence claimed one.
    private(set) var unclaimedRead: UnclaimedAttack?
    private(set) var claimedAttack = false
    /// Who launched weapons in this sentence (``launches()``).
    private(set) var launchRead: RelationMention.Argument?
    /// The objects of the last attack trigger read whose agent was not found.
    private var agentlessObjects: [RelationMention.Argument] = []
    /// The agent of the last attack trigger read that named nothing it struck.
    private var objectlessAttacker: RelationMention.Argument?
    /// Whether this sentence told who conducted an operation (for ``operationTargets()``).
    var conductedOperation = false
    private(set) var sentence = 0
    private(set) var range = 0..<0
    /// Indices of the sentence's mentions, in order.
    private(set) var inSentence: [Int] = []
    private(set) var dates: [(position: Int, date: DateReference)] = []
    /// What the document's sentences read so far state, in order (kept across sentences, so
    /// nothing is copied per sentence).
    private(set) var found: [RelationMention] = []
    /// Where this sentence's relations start in `found`.
    private(set) var sentenceFound = 0
    var lastPersonSubject: Int?
    var lastParties: (RelationMention.Argument, RelationMention.Argument)?
    /// The parties of this sentence's last meeting of more than two.
    var lastGroup: [RelationMention.Argument]?
    /// The group a plural with a count made the subject of this sentence's last trigger
    /// ("The four leaders held talks with X and then spoke with Y": the four, both times).
    private var groupSubject: [RelationMention.Argument]?
    /// The subject of the sentence's last relation read from a trigger, for a verb joined
    /// to it by "and" ("X visited Y and held talks with Z").
    private var lastTriggerSubject: RelationMention.Argument?
    /// Subject and object pairs of the trigger being read (reused, so reading allocates nothing).
    private var pairs: [(RelationMention.Argument, RelationMention.Argument)] = []
    /// Whether the trigger's parties are an earlier sentence's ("the two ministers agreed").
    private var partiesReferredBack = false
    /// The day those earlier parties' relation had (else the last day told before).
    private var referredDate: DateReference?
    /// The sentence split at clause breaks (";", "prompting", "which", …), as token ranges.
    private(set) var clauses: [Range<Int>] = []
    /// From ``screen(_:)``: tokens where a trigger phrase may start, and clause breaks.
    private var triggerStarts: [Int] = []
    /// From ``screen(_:)``: the classes of words the sentence holds.
    private var sentenceClasses: RelationRules.WordClass = []
    private var clauseBreaks: [Int] = []
    /// The sentence's mentions are `mentionRange`; their first and end tokens, by offset in it.
    private var mentionRange = 0..<0
    private var mentionFirstTokens: [Int] = []
    private var mentionEndTokens: [Int] = []

    /// Looks up each token of `range` once: the classes of words the sentence holds, and
    /// where triggers may start and clauses break (kept for ``begin``).
    func screen(_ range: Range<Int>) -> RelationRules.WordClass {
        var classes: RelationRules.WordClass = []
        defer { sentenceClasses = classes }
        triggerStarts.removeAll(keepingCapacity: true)
        clauseBreaks.removeAll(keepingCapacity: true)
        let table = x.wordClasses, filter = x.wordFilter
        for i in range {
            let hash = tokens[i].hash, kind = tokens[i].kind
            // A four-digit number after "in", "since" … may be a year alone: the date finder reads it.
            if kind == .number {
                if tokens[i].span.length == 4, i > range.lowerBound, tokens[i - 1].kind == .word,
                   x.dates.words.monthLeads.contains(word: tokens[i - 1].hash) { classes.formUnion(.calendar) }
                continue
            }
            // A hyphen with a space on each side is a dash ("KYIV (Reuters) - In a call with X, …"),
            // not the joint of "U.S.-led".
            if kind == .punctuation, hash == x.hyphen, tokens[i].span.start > 0, tokens[i].span.end < bytes.count,
               bytes[tokens[i].span.start - 1] == 0x20, bytes[tokens[i].span.end] == 0x20 {
                clauseBreaks.append(i)
                continue
            }
            guard filter.mayContain(hash), kind == .word || kind == .punctuation, let wordClass = table[hash] else { continue }
            if kind == .punctuation {
                if wordClass.contains(.clauseMark) { clauseBreaks.append(i) }
                continue
            }
            classes.formUnion(wordClass)
            if wordClass.contains(.triggerStart) { triggerStarts.append(i) }
            if wordClass.contains(.clauseBreak) { clauseBreaks.append(i) }
        }
        return classes
    }

    /// A reading of `document`, through pointers to its arrays that are valid while it reads.
    init(rules: RelationRules, document: AnalyzedDocument, tokens: UnsafeBufferPointer<Token>,
         mentions: UnsafeBufferPointer<Mention>, bytes: UnsafeBufferPointer<UInt8>) {
        x = rules
        self.document = document
        self.tokens = tokens
        self.mentions = mentions
        self.bytes = bytes
        datelinePlace = Dateline.place(mentions: mentions, bytes: bytes)
    }

    /// Starts reading sentence `sentence` (tokens `range`, mentions `sentenceMentions`).
    func begin(sentence: Int, range: Range<Int>, mentions sentenceMentions: Range<Int>,
               dates: [(position: Int, date: DateReference)], reader: DocumentReader) {
        self.reader = reader
        self.sentence = sentence
        self.range = range
        inSentence.removeAll(keepingCapacity: true)
        inSentence.append(contentsOf: sentenceMentions)
        self.dates = dates
        sentenceFound = found.count
        lastPersonSubject = nil
        lastTriggerSubject = nil
        attacksRead.removeAll(keepingCapacity: true)
        agentlessAttackRead = nil
        unclaimedRead = nil
        claimedAttack = false
        launchRead = nil
        conductedOperation = false
        lastParties = nil
        lastGroup = nil
        groupSubject = nil
        clauses.removeAll(keepingCapacity: true)
        var start = range.lowerBound
        for i in clauseBreaks where i > start {
            clauses.append(start..<i)
            start = i
        }
        clauses.append(start..<range.upperBound)
        mentionRange = sentenceMentions
        mentionFirstTokens.removeAll(keepingCapacity: true)
        mentionEndTokens.removeAll(keepingCapacity: true)
        // Mentions come in order of their start, so their first tokens are found in one walk.
        var token = range.lowerBound
        for mention in sentenceMentions {
            let start = mentions[mention].span.start
            if token > range.lowerBound, tokens[token - 1].span.end > start { token = searchFirstToken(mention) }
            while token < range.upperBound, tokens[token].span.end <= start { token += 1 }
            mentionFirstTokens.append(token)
            mentionEndTokens.append(searchEndToken(mention, from: token))
        }
    }

    func mentionIndex(at span: Span) -> Int? {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].span < span { low = mid + 1 } else { high = mid }
        }
        return low < mentions.count && mentions[low].span == span ? low : nil
    }

    // MARK: Positions

    /// The token index where a mention starts (the token containing its first byte).
    func firstToken(_ mention: Int) -> Int {
        mentionRange.contains(mention) ? mentionFirstTokens[mention - mentionRange.lowerBound] : searchFirstToken(mention)
    }

    private func searchFirstToken(_ mention: Int) -> Int {
        let start = mentions[mention].span.start
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.end <= start { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The token index just after a mention.
    func endToken(_ mention: Int) -> Int {
        mentionRange.contains(mention) ? mentionEndTokens[mention - mentionRange.lowerBound] : searchEndToken(mention, from: searchFirstToken(mention))
    }

    private func searchEndToken(_ mention: Int, from first: Int) -> Int {
        let end = mentions[mention].span.end
        var i = first
        while i < range.upperBound, tokens[i].span.start < end { i += 1 }
        return i
    }

    func clause(containing position: Int) -> Range<Int> {
        clauses.first { $0.contains(position) } ?? range
    }

    /// The tokens from `start` up to `end`, empty when `end` comes first (overlapping names
    /// or a clause that ends early can put the ends in either order).
    func between(_ start: Int, _ end: Int) -> Range<Int> { start..<max(start, end) }

    func isWord(_ i: Int, _ hash: UInt64) -> Bool { i < range.upperBound && i >= range.lowerBound && tokens[i].hash == hash }
    /// (A plural's too: "the Houthis' spokesman".)
    func isPossessive(_ i: Int) -> Bool {
        isWord(i, x.possessive) || isWord(i, x.possessiveASCII)
            || i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && Tokenizer.isPluralPossessive(bytes, tokens[i].span)
    }
    /// "a", "an" or "the" at token `i`.
    func isArticle(_ i: Int) -> Bool { isWord(i, x.a) || isWord(i, x.an) || isWord(i, x.the) }
    /// The phrase hash of two words ("called off").
    func twoWordPhrase(_ first: UInt64, _ second: UInt64) -> UInt64 {
        WordHash.phrase(WordHash.phrase(WordHash.emptyPhrase, appending: first), appending: second)
    }

    /// Mentions of the sentence inside `tokens[range]`, in order. Usually a run of
    /// ``inSentence`` (returned without copying); a name that overlaps the range's end and
    /// covers a shorter one (a group around its state) breaks the run, then they are copied.
    func mentions(in span: Range<Int>) -> ArraySlice<Int> {
        guard !span.isEmpty else { return [] }
        let start = tokens[span.lowerBound].span.start, end = tokens[span.upperBound - 1].span.end
        var low = 0
        while low < inSentence.count, mentions[inSentence[low]].span.start < start { low += 1 }
        var high = low
        while high < inSentence.count, mentions[inSentence[high]].span.start < end, mentions[inSentence[high]].span.end <= end { high += 1 }
        // Any later mention inside the range means the run was broken by one that is not.
        var rest = high
        while rest < inSentence.count, mentions[inSentence[rest]].span.start < end {
            if mentions[inSentence[rest]].span.end <= end {
                return ArraySlice(inSentence[low...].filter { mentions[$0].span.start >= start && mentions[$0].span.end <= end })
            }
            rest += 1
        }
        return inSentence[low..<high]
    }

    /// The mention whose span is the affiliation of another mention in the sentence.
    func isAffiliationOfLater(_ mention: Int, before limit: Int) -> Bool {
        inSentence.contains { other in
            other != mention && mentions[other].affiliation == mentions[mention].span && firstToken(other) < limit
        } || isBodyOfOfficer(mention, before: limit)
            // (So is its acronym in parentheses: "Agency (IAEA) Director General X".)
            || mention > 0 && isParenthesized(mention) && mentions[mention - 1].sentence == sentence
                && endToken(mention - 1) + 1 == firstToken(mention) && isAffiliationOfLater(mention - 1, before: limit)
    }

    /// Whether the sentence is a headline (``isHeadline(_:tokens:)``).
    var isHeadline: Bool { NewsGraph.isHeadline(range, tokens: tokens) }

    /// "Iran's Araghchi visits …" in a headline, where the name after the possessive was not
    /// read as one: the possessor is not the one who acts.
    func possessesUnknownName(_ mention: Int) -> Bool {
        let end = endToken(mention)
        return isPossessive(end) && end + 1 < range.upperBound && tokens[end + 1].kind == .word && tokens[end + 1].isCapitalized
            && !isInMention(end + 1)
    }

    /// A name standing alone in parentheses: an agency's credit or an acronym, not a party.
    func isParenthesized(_ mention: Int) -> Bool {
        let first = firstToken(mention), end = endToken(mention)
        return first > 0 && end < tokens.count && tokens[first - 1].kind == .punctuation && tokens[end].kind == .punctuation
            && bytes[tokens[first - 1].span.start] == UInt8(ascii: "(") && bytes[tokens[end].span.start] == UInt8(ascii: ")")
    }

    /// A body or state named right before an officer's title and name ("International Atomic
    /// Energy Agency chief X", "Hamas leader Y", "North Korean leader Z", "Russia's Putin"): it
    /// says whose officer the name is.
    func isBodyOfOfficer(_ mention: Int, before limit: Int) -> Bool {
        guard mentions[mention].type == .group || mentions[mention].type == .state else { return false }
        let end = endToken(mention)
        if mentions[mention].type == .state, isPossessive(end) {
            return end + 1 < limit && inSentence.contains { firstToken($0) == end + 1 && mentions[$0].type == .person }
        }
        let holder = pastTitles(end)
        return holder > end && holder < limit
            && inSentence.contains { firstToken($0) == holder && mentions[$0].type == .person }
    }

    // MARK: Names and titles

    func namesAndTitles() {
        for index in inSentence {
            guard let span = mentions[index].affiliation, let owner = mentionIndex(at: span) else { continue }
            let rule: RelationRules.PredicateRule?
            switch (mentions[index].type, mentions[owner].type) {
            case (.person, .state), (.person, .group): rule = x.officialOf
            case (.group, .state), (.group, .group):
                // A state's ministry or army is part of it; its rebels or militants are based there,
                // and so is a movement named after it ("Syrian Democratic Forces").
                let namedMovement = mentions[index].span.start <= span.start && span.end <= mentions[index].span.end
                    && hasWord(of: x.cues.movementWords, in: mentions[index])
                rule = isStateBody(mentions[index]) && !namedMovement ? x.partOf : x.basedIn
            case (.place, .place), (.place, .state): rule = x.locatedIn
            default: continue
            }
            guard let predicate = rule?.name else { continue }
            // "the Syrian Observatory for Human Rights, a Britain-based monitor": where the
            // apposition says it is based, not the state it is named after.
            let base = rule === x.basedIn ? appositiveBase(of: index) ?? owner : owner
            found.append(RelationMention(subject: .mention(index), predicate: predicate, object: .mention(base),
                                         sentence: sentence, role: mentions[index].role, confidence: 0.9))
        }
    }

    /// "X, a Britain-based monitor": the state or place an apposition right after the body
    /// says it is based in.
    func appositiveBase(of body: Int) -> Int? {
        let end = endToken(body)
        guard isWord(end, x.comma), isArticle(end + 1) else { return nil }
        let based = Array("-based".utf8)
        return inSentence.first { m in
            let first = firstToken(m)
            guard first > end + 1, first <= end + 3, mentions[m].type == .state || mentions[m].type == .place else { return false }
            let after = mentions[m].span.end
            return after + based.count <= bytes.count && bytes[after..<(after + based.count)].elementsEqual(based)
        }
    }

    /// The first token from `i` that is not a title word ("counterpart Prince Faisal": the name).
    /// Where the name of an office's holder starts after the office ends at `i`: past more
    /// titles ("Saudi Arabia's foreign minister Prince X") and an apposition's comma
    /// ("Saudi Arabia's foreign minister, Prince X,").
    func holderStart(afterOffice i: Int) -> Int {
        i < range.upperBound && tokens[i].hash == x.comma ? pastTitles(i + 1) : pastTitles(i)
    }

    func pastTitles(_ i: Int) -> Int {
        var i = i
        while i < range.upperBound, tokens[i].kind == .word {
            // A title of several words ("Lieutenant General") as well as single ones.
            if x.lexicon.titleWords.contains(word: tokens[i].hash), let end = lowercaseTitle(at: i), end > i { i = end; continue }
            guard x.lexicon.titles.contains(word: tokens[i].hash) || x.lexicon.titleModifiers.contains(word: tokens[i].hash)
                    || x.lexicon.honorifics.contains(word: tokens[i].hash) else { break }
            i += 1
        }
        return i
    }

    /// "Hamas leader Ismail Haniyeh", "Taliban spokesman X": a body's name, a lower-case
    /// title, then the person holding it (also after ", whose": "the ministry, whose spokesman X").
    func bodyOffices() {
        guard x.officialOf != nil else { return }
        for body in inSentence where mentions[body].type == .group || mentions[body].type == .state {
            var after = endToken(body)
            if isWord(after, x.comma), isWord(after + 1, x.whose) { after += 2 }
            // ("The Hamas leader, X,": the name after a comma too.)
            guard after < range.upperBound, !isPossessive(after), let titleEnd = lowercaseTitle(at: after),
                  let person = inSentence.first(where: { firstToken($0) == holderStart(afterOffice: titleEnd) && mentions[$0].type == .person })
            else { continue }
            addOffice(person, in: body, role: text(after..<titleEnd), confidence: 0.8)
        }
    }

    /// "Chad's president Mahamat Deby" and "Hakim Ziyech, Morocco's foreign minister,":
    /// a lower-case title after a state's possessive names the office of the person next to it.
    func lowercaseOffices() {
        for state in inSentence where mentions[state].type == .state || mentions[state].type == .group {
            guard let (person, title) = officeHolder(of: state) else { continue }
            addOffice(person, in: state, role: title, confidence: 0.8)
        }
    }

    /// The person whose office "STATE's title" names: the name right after the title, or
    /// the name right before ", STATE's title".
    /// "The African Union welcomed the deal. Its chairperson, X, said …", "Hamas said its
    /// leader in Gaza, X, survived": "its"/"their" and a title (and a posting) name the holder
    /// of an office in the body or state before: earlier in the sentence, or, at its start,
    /// the one the previous sentence opened with.
    func pronounOffices() {
        guard x.officialOf != nil else { return }
        for i in range where tokens[i].hash == x.its || tokens[i].hash == x.their {
            guard var titleEnd = lowercaseTitle(at: i + 1) else { continue }
            let title = text(i + 1..<titleEnd)
            // "its leader in Gaza, X": past the posting.
            if isWord(titleEnd, x.inWord), let posting = inSentence.first(where: { firstToken($0) == titleEnd + 1 && mentions[$0].type == .place }) {
                titleEnd = endToken(posting)
            }
            guard let person = inSentence.first(where: { firstToken($0) == holderStart(afterOffice: titleEnd) }), mentions[person].type == .person else { continue }
            let body: Int?
            if i == range.lowerBound {
                // (The previous sentence's first body or state: a dateline may come before it.)
                body = sentence > 0 ? mentions.firstIndex(where: { $0.sentence == sentence - 1 && ($0.type == .group || $0.type == .state) }) : nil
            } else {
                body = inSentence.last(where: { endToken($0) <= i && (mentions[$0].type == .group || mentions[$0].type == .state) })
                    // ("The group said its commander X": the body "the group" stands for.)
                    ?? (range.lowerBound..<i).lazy.reversed().compactMap({ self.anaphoricBody(endingAt: $0) }).first
            }
            guard let body, !mentions[body].tentative else { continue }
            addOffice(person, in: body, role: title, confidence: 0.7)
        }
        // "the group's leader X", "X, the group's chief negotiator": the body "the group" stands for.
        for i in range where tokens[i].kind == .word && x.cues.groupAnaphors.contains(word: tokens[i].hash) && isPossessive(i + 1) {
            guard let titleEnd = lowercaseTitle(at: i + 2), let body = anaphoricBody(endingAt: i) else { continue }
            var holder = inSentence.first(where: { firstToken($0) == holderStart(afterOffice: pastPosting(titleEnd)) })
            if holder == nil, let the = (max(range.lowerBound, i - 3)..<i).last(where: { isWord($0, x.the) }), isWord(the - 1, x.comma) {
                holder = inSentence.last(where: { endToken($0) == the - 1 })
            }
            guard let holder, mentions[holder].type == .person else { continue }
            addOffice(holder, in: body, role: text(i + 2..<titleEnd), confidence: 0.7)
        }
    }

    func officeHolder(of state: Int) -> (person: Int, title: String)? {
        var afterState = endToken(state)
        // "the Taliban administration's defence minister, X": the body's own government, in lower case.
        if !isPossessive(afterState), let end = lowercaseBodyEnd(from: afterState, heads: x.cues.stateBodyHeads), end == afterState + 1,
           isPossessive(end) {
            afterState = end
        }
        // "Pakistan's military spokesman X", or a demonym before it: "Pakistani military spokesman X".
        let titleStart = isPossessive(afterState) ? afterState + 1 : afterState
        guard titleStart > afterState || mentions[state].canonicalHint != nil && mentions[state].type == .state,
              titleStart < range.upperBound, !tokens[titleStart].isCapitalized || titleStart > afterState,
              let titleEnd = lowercaseTitle(at: titleStart) ?? lowercaseTitle(at: pastLowercaseBody(titleStart)) else { return nil }
        let title = text(titleStart..<titleEnd)
        // "Pakistan's ambassador to Iran, X,": the holder's name comes after the posting.
        let officeEnd = pastPosting(titleEnd)
        if let next = inSentence.first(where: { firstToken($0) == holderStart(afterOffice: officeEnd) }), mentions[next].type == .person { return (next, title) }
        // "X, Morocco's foreign minister," and "X, the European Union's foreign policy chief,"
        var start = firstToken(state)
        if start - 1 > range.lowerBound, tokens[start - 1].hash == x.the { start -= 1 }
        if start - 1 > range.lowerBound, tokens[start - 1].hash == x.comma,
           let previous = inSentence.last(where: { endToken($0) == start - 1 }), mentions[previous].type == .person,
           // (In a headline, a comma joins two parties: "X, Qatar's emir discuss ceasefire".)
           !(isHeadline && officeEnd < range.upperBound && tokens[officeEnd].kind == .word && !tokens[officeEnd].isCapitalized) {
            return (previous, title)
        }
        // "X, general secretary of the party and Vietnamese president,": a second office in
        // the same apposition, after "and".
        if isWord(start - 1, x.and), let comma = between(max(range.lowerBound, start - 14), start - 1).last(where: { isWord($0, x.comma) }),
           let previous = inSentence.last(where: { endToken($0) == comma }), mentions[previous].type == .person,
           lowercaseTitle(at: isArticle(comma + 1) ? comma + 2 : comma + 1) != nil {
            return (previous, title)
        }
        return nil
    }

    /// Past the posting that may follow a title ending at `titleEnd`: "ambassador to Iran",
    /// "consul general in Osaka" (a place), "envoy to the United Nations" (a body), "special
    /// envoy for Sudan"; `titleEnd` if none follows.
    func pastPosting(_ titleEnd: Int) -> Int {
        guard isWord(titleEnd, x.to) || isWord(titleEnd, x.inWord) || isWord(titleEnd, x.forWord) else { return titleEnd }
        let first = isWord(titleEnd + 1, x.the) ? titleEnd + 2 : titleEnd + 1
        guard let posting = inSentence.first(where: { firstToken($0) == first && (mentions[$0].type == .state || mentions[$0].type == .place
                  || mentions[$0].type == .group && !isWord(titleEnd, x.inWord)) }) else { return titleEnd }
        return endToken(posting)
    }

    /// Past a body named in lower case before a title ("foreign ministry" in "China's foreign
    /// ministry spokesperson X"): up to three lower-case words ending with a body's head;
    /// `start` if there is none.
    func pastLowercaseBody(_ start: Int) -> Int {
        lowercaseBodyEnd(from: start, heads: x.lexicon.groupHeads) ?? start
    }

    /// Where a body named in lower case from `start` ends: up to three lower-case words, the
    /// last one of `heads`; nil if there is none.
    func lowercaseBodyEnd(from start: Int, heads: PhraseSet) -> Int? {
        var k = start
        while k < min(start + 3, range.upperBound), tokens[k].kind == .word, !tokens[k].isCapitalized {
            if heads.contains(word: tokens[k].hash) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// "Ali Larijani, the secretary of Iran's Supreme National Security Council," and "X, a
    /// spokesman for the army,": an apposition that names the person's office and its body.
    func appositiveOffices() {
        guard x.officialOf != nil else { return }
        for person in inSentence where mentions[person].type == .person {
            var i = endToken(person)
            guard isWord(i, x.comma) else { continue }
            i = pastAlias(after: i) + 1
            if isArticle(i) { i += 1 }
            guard i < range.upperBound, let titleEnd = lowercaseTitle(at: i), isWord(titleEnd, x.of) || isWord(titleEnd, x.forWord) else { continue }
            // The body: the first name after "of" that is not a possessor ("Iran's" in "of Iran's
            // Council"), else a state whose body is named in lower case ("of Uganda's army").
            let named = inSentence.first(where: { firstToken($0) > titleEnd && !isPossessive(endToken($0)) })
                .flatMap { firstToken($0) <= titleEnd + 4 && (mentions[$0].type == .group || mentions[$0].type == .state) ? $0 : nil }
            guard let body = named ?? inSentence.first(where: { firstToken($0) > titleEnd && firstToken($0) <= titleEnd + 2
                      && mentions[$0].type == .state && lowercaseStateBodyEnd(after: $0) != nil }) else { continue }
            addOffice(person, in: body, role: text(i..<titleEnd), confidence: 0.8)
        }
    }

    /// The comma that closes an alias in apposition after the comma at `comma` ("X, known as
    /// Y, the leader of Z": the one after Y), else `comma` itself.
    func pastAlias(after comma: Int) -> Int {
        var i = comma + 1
        if i < range.upperBound, tokens[i].kind == .word, x.aliasAdverbs.contains(word: tokens[i].hash) { i += 1 }
        guard isWord(i, x.known), isWord(i + 1, x.asWord) else { return comma }
        i += 2
        let nameStart = i
        while i < range.upperBound, i - nameStart < 6, tokens[i].kind == .word ? tokens[i].isCapitalized : !isWord(i, x.comma) { i += 1 }
        return i > nameStart && isWord(i, x.comma) ? i : comma
    }

    /// Where a state's body named in lower case after the state ends ("the Ugandan army",
    /// "Iran's foreign ministry"): after a demonym or a possessive, up to three lower-case
    /// words that end with a state body's head (``RelationCues/stateBodyHeads``).
    func lowercaseStateBodyEnd(after state: Int) -> Int? {
        let end = endToken(state)
        let start = isPossessive(end) ? end + 1 : end
        guard start > end || mentions[state].canonicalHint != nil else { return nil }
        return lowercaseBodyEnd(from: start, heads: x.cues.stateBodyHeads)
    }

    /// "the Foreign Minister of Saudi Arabia, Prince X", "the Ambassador of Japan, X": a title of
    /// a state or body, then the holder's name in apposition (so "the head of the Ugandan army,
    /// General X": the state).
    func titleOfBodyOffices() {
        guard x.officialOf != nil else { return }
        for person in inSentence where mentions[person].type == .person {
            // The comma before the name and its own titles ("…, Prince X").
            let first = firstToken(person)
            guard first > range.lowerBound + 1, let c = (max(range.lowerBound + 1, first - 4)..<first).last(where: { isWord($0, x.comma) }),
                  c + 1 == first || pastTitles(c + 1) == first,
                  let body = inSentence.last(where: { endToken($0) == c || mentions[$0].type == .state && lowercaseStateBodyEnd(after: $0) == c }),
                  mentions[body].type == .state || mentions[body].type == .group else { continue }
            var of = firstToken(body) - 1
            if isWord(of, x.the) { of -= 1 }
            // ("… of the Kingdom of Saudi Arabia": past the state's formal name.)
            if of - 3 >= range.lowerBound, isWord(of, x.of), x.lexicon.stateFormWords.contains(word: tokens[of - 1].hash), isWord(of - 2, x.the),
               isWord(of - 3, x.of) { of -= 3 }
            guard of > range.lowerBound, isWord(of, x.of) else { continue }
            // The title ending right before "of".
            guard let start = (max(range.lowerBound, of - x.lexicon.longestPhrase)..<of)
                    .first(where: { tokens[$0].kind == .word && lowercaseTitle(at: $0) == of }) else { continue }
            addOffice(person, in: body, role: text(start..<of), confidence: 0.8)
        }
    }

    /// Records that `person` holds an office in `body` (a state or group), with the title as written.
    /// (A title recognition read as past stays so: "former Brazilian President X".)
    func addOffice(_ person: Int, in body: Int, role: String?, confidence: Double) {
        guard let officialOf = x.officialOf else { return }
        let past = mentions[person].role.map(x.lexicon.isPastTitle) ?? false
        found.append(RelationMention(subject: .mention(person), predicate: officialOf.name, object: .mention(body),
                                     sentence: sentence, role: past ? mentions[person].role : role, confidence: confidence))
    }

    /// "a Russian delegation led by Deputy Defence Minister X": the titled head of a state's
    /// delegation holds office in that state.
    func delegationOffices() {
        guard x.officialOf != nil else { return }
        for state in inSentence where mentions[state].type == .state {
            // ("Ukraine's delegation was led by …": past the possessive.)
            let after = isPossessive(endToken(state)) ? endToken(state) + 1 : endToken(state)
            // "Defence Minister X led the Pakistani delegation", "X headed Egypt's team".
            if after < range.upperBound, tokens[after].kind == .word, x.cues.delegationNouns.contains(word: tokens[after].hash) {
                let verb = isWord(firstToken(state) - 1, x.the) ? firstToken(state) - 2 : firstToken(state) - 1
                if verb >= range.lowerBound, tokens[verb].kind == .word, x.cues.leadVerbs.contains(word: tokens[verb].hash),
                   let person = inSentence.last(where: { endToken($0) == verb && mentions[$0].type == .person }),
                   mentions[person].role != nil, mentions[person].affiliation == nil {
                    addOffice(person, in: state, role: mentions[person].role, confidence: 0.7)
                    continue
                }
            }
            guard after < range.upperBound, x.delegationFirstWords.contains(tokens[after].hash), let person = inSentence.first(where: { firstToken($0) > after && mentions[$0].type == .person }),
                  mentions[person].role != nil, mentions[person].affiliation == nil,
                  let lead = delegationLead(in: between(after, firstToken(person))), lead.lowerBound == after else { continue }
            addOffice(person, in: state, role: mentions[person].role, confidence: 0.7)
        }
    }

    /// "The RSF, led by Mohamed Hamdan Dagalo,", "Hezbollah, which is headed by X": the person
    /// after the verb of leading (cues `leadVerbs`), "by" and any titles holds office in
    /// the group or state before it.
    func ledBodyOffices() {
        for body in inSentence where mentions[body].type == .group || mentions[body].type == .state {
            var k = endToken(body)
            // (Past an acronym's parenthesis: "The Rapid Support Forces (RSF), led by X".)
            if k < range.upperBound, tokens[k].hash == x.closeParenthesis { k += 1 }
            if isWord(k, x.comma) { k += 1 }
            // (", which is led by", ", who was headed by".)
            if k + 1 < range.upperBound, tokens[k].kind == .word, x.cues.relativePronouns.contains(word: tokens[k].hash),
               tokens[k + 1].kind == .word, x.passiveAuxiliaries.contains(word: tokens[k + 1].hash) { k += 2 }
            guard k > endToken(body), k + 1 < range.upperBound, tokens[k].kind == .word, x.cues.leadVerbs.contains(word: tokens[k].hash),
                  isWord(k + 1, x.by), let person = personAfterTitles(from: k + 2, within: 5),
                  mentions[person].affiliation == nil || mentions[person].affiliation == mentions[body].span else { continue }
            addOffice(person, in: body, role: mentions[person].role, confidence: 0.7)
        }
    }

    /// "his Sudanese counterpart, Omar Bashir" and "his Chinese counterpart Wang Yi": the
    /// named person holds office in that state.
    func counterpartAppositions() {
        for state in inSentence where mentions[state].type == .state && isCounterpartState(state) {
            let clause = clause(containing: firstToken(state))
            // "his Burkinabe and Nigerien counterparts, A and B": each state's, in order.
            if let (first, second) = pairedCounterparts(second: state, clause: clause) {
                if let people = apposedPair(after: endToken(state) + 1, clause: clause), x.officialOf != nil {
                    addOffice(people.0, in: first, role: nil, confidence: 0.8)
                    addOffice(people.1, in: second, role: nil, confidence: 0.8)
                }
                continue
            }
            let named = pastTitles(endToken(state) + 1)
            let person = apposition(after: endToken(state) + 1, clause: clause)
                ?? inSentence.first { firstToken($0) == named && mentions[$0].type == .person && !mentions[$0].tentative }
            if let person, x.officialOf != nil {
                addOffice(person, in: state, role: nil, confidence: 0.8)
            }
        }
    }

    /// The names of a list that ends with `last` ("A, B, C and D", titles allowed before
    /// each), of its type, in order; just `last` when no "and" joins it to one before.
    func listEnding(at last: Int) -> [Int] {
        guard let partner = inSentence.last(where: { endToken($0) < firstToken(last) && mentions[$0].type == mentions[last].type }),
              isJoinedByAnd(partner, last) else { return [last] }
        var list = [partner, last]
        while let earlier = inSentence.last(where: { endToken($0) < firstToken(list[0]) && mentions[$0].type == mentions[last].type }),
              isWord(endToken(earlier), x.comma), isTitleGap(between(endToken(earlier) + 1, firstToken(list[0]))) {
            list.insert(earlier, at: 0)
        }
        return list
    }

    /// "his Thai and Cambodian counterparts": the two states, when `second` is the one before
    /// the counterpart word and another state is joined to it by "and".
    func pairedCounterparts(second: Int, clause: Range<Int>) -> (Int, Int)? {
        guard let first = inSentence.last(where: { endToken($0) < firstToken(second) }), mentions[first].type == .state,
              endToken(first) + 1 == firstToken(second), isWord(endToken(first), x.and), clause.contains(firstToken(first)) else { return nil }
        return (first, second)
    }

    /// ", A and B": two people in apposition after token `i` (a comma), joined by "and".
    func apposedPair(after i: Int, clause: Range<Int>) -> (Int, Int)? {
        guard let a = apposition(after: i, clause: clause), isWord(endToken(a), x.and),
              let b = inSentence.first(where: { firstToken($0) > endToken(a) }), mentions[b].type == .person, isJoinedByAnd(a, b) else { return nil }
        return (a, b)
    }

    /// Whether a group's name has the head of a state body ("Ministry of Defence", "Army", "Foreign
    /// Office") or is a military unit's, which an ordinal opens ("47th Mechanised Brigade").
    func isStateBody(_ mention: Mention) -> Bool {
        hasWord(of: x.cues.stateBodyHeads, in: mention) || mention.surface.utf8.first.map(UTF8Scalars.isDigit) == true
    }

    /// Whether a word of the mention's name is one of `words` (hashed in place for ASCII names).
    func hasWord(of words: PhraseSet, in mention: Mention) -> Bool {
        let span = mention.span
        // ASCII names: hash each letter-or-digit run in place, as NameKey splits them.
        var start = span.start
        for i in span.start...span.end {
            let byte = i < span.end ? bytes[i] : 0x20
            if byte >= 0x80 {
                return NameKey.words(mention.surface).contains { words.contains(word: WordHash.word($0)) }
            }
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            if !isWordByte {
                if i > start, words.contains(word: WordHash.word(bytes, start..<i)) { return true }
                start = i + 1
            }
        }
        return false
    }

    // MARK: Triggers

    func triggers() {
        var next = range.lowerBound      // triggers do not overlap: the next may start here
        /// Where the last attack trigger of the sentence ends.
        var attackEnd: Int?
        for position in triggerStarts where position >= next {
            guard let trigger = match(at: position) else { continue }
            let end = position + trigger.length
            defer { next = end }
            // A trigger word inside a name ("Operation Strike Back") is not a trigger.
            if inSentence.contains(where: { mentions[$0].span.start <= tokens[position].span.start && mentions[$0].span.end > tokens[position].span.start }) { continue }
            let clause = clause(containing: position)
            if isNegated(before: position, in: clause) { continue }
            // "signed what they called the X Declaration", "what he called China's waters": a
            // naming, whoever names.
            if trigger.length == 1, isNamingVerb(position), (position - 2..<position).contains(where: { isWord($0, x.what) }) { continue }
            // "called on X to halt" urges; "called on Vice President X" visits.
            if phraseEnd(x.cues.courtesyCalls, at: position, before: end) == end, !isCourtesyCall(after: end, clause: clause) { continue }
            // "discussed the ceasefire with X", "discussed the attack on Y", "to discuss reviving
            // peace talks with Y": the topic of a talk (a few lower-case words after the verb; not
            // past an event's preposition: "discussed the war at talks in Beijing").
            var topicWord = position - 1
            while topicWord >= clause.lowerBound, position - topicWord <= 4, tokens[topicWord].kind == .word, !tokens[topicWord].isCapitalized,
                  !x.cues.eventPrepositions.contains(word: tokens[topicWord].hash), tokens[topicWord].hash != x.and,     // ("discussed ties and agreed")
                  !x.cues.topicVerbs.contains(word: tokens[topicWord].hash) { topicWord -= 1 }
            if topicWord >= clause.lowerBound, position - topicWord <= 4, tokens[topicWord].kind == .word,
               x.cues.topicVerbs.contains(word: tokens[topicWord].hash), !isWord(end, x.between) { continue }
            // "all phases of the agreement", "details of the conversation": a topic, whose
            // parties only "between" or "with" after it would name.
            if trigger.length == 1, x.predicateRules[trigger.predicate].symmetric, isWord(position - 1, x.the), isWord(position - 2, x.of),
               position - 2 >= clause.lowerBound, !isWord(end, x.between), !isWord(end, x.with) { continue }
            // "Qatar mediated the agreement": a third party's deed, unless "between X and Y" names the parties.
            if position - 2 >= clause.lowerBound, isArticle(position - 1),
               tokens[position - 2].kind == .word, x.cues.thirdPartyVerbs.contains(word: tokens[position - 2].hash),
               !isWord(end, x.between) { continue }
            // "meet", "agree": an event only in a headline ("Putin, Trump meet in Alaska") or as a
            // completed trip's purpose ("flew to Brussels to meet X"), not "agreed to meet".
            if trigger.length == 1, x.cues.headlineTriggers.contains(word: tokens[position].hash), !isHeadline,
               !(isWord(position - 1, x.to) && madeTrip(before: position - 1, in: clause)) { continue }
            var predicate = x.predicateRules[trigger.predicate]
            // "which Y condemned as an attack on its sovereignty", "described it as a brutal
            // aggression": what an act is called, not an act (not "such as an attack").
            if predicate.frame == .attack, isCharacterization(before: position, clause: clause) { continue }
            // "The strikes targeted camps of X": X was attacked by the agent of the strikes told
            // before; "the operation targeted X": the last operation named.
            var backSubject: RelationMention.Argument? = nil
            var backDate: DateReference? = nil
            if predicate === x.targeted, let reference = backReference(before: position, clause: clause) {
                backSubject = reference.subject
                backDate = reference.when
                if reference.isAttack, let attack = x.attack { predicate = attack }
            } else if predicate.frame == .attack, trigger.length > 1, position > clause.lowerBound,
                      (clause.lowerBound..<position).allSatisfy({ tokens[$0].kind == .word && x.cues.eventDeterminers.contains(word: tokens[$0].hash) }),
                      let earlier = attack(named: stem(of: position)) ?? lastAttack() {
                // "The strikes hit targets in X": the strikes told before, by their agent.
                backSubject = earlier.agent
                backDate = earlier.when
            } else if predicate === x.targeted, let attack = x.attack,
                      mentions(in: between(clause.lowerBound, position)).last.map({ mentions[$0].type != .operation && allowed($0, attack.subjectTypes) }) == true
                          || referredBody(before: position, clause: clause) != nil {
                // "The Israeli military targeted X", "the group said it had targeted X": a
                // state's or a group's strike, not an operation's aim.
                predicate = attack
            }
            if predicate.frame == .attack { attackEnd = end }
            // "struck militant camps in X": a standing fact inside an attack's object is about
            // the target, not about the attacker ("attacks on group Y's bases in X": about Y).
            if !predicate.dated, predicate.frame != .attack, let attackEnd, clause.contains(attackEnd - 1), attackEnd <= position,
               !inSentence.contains(where: { firstToken($0) >= attackEnd && endToken($0) <= position && allowed($0, predicate.subjectTypes) }) {
                continue
            }
            // ("Militants attacked a convoy on Saturday. … the TTP ambushed the convoy": an
            // attack told again by its agent, its object a definite one, is the one told without
            // its agent just before, on its day.)
            if backDate == nil, dates.isEmpty, predicate.frame == .attack, isWord(end, x.the), let told = unclaimedBefore {
                backDate = told.when
            }
            // (An attack referred back to keeps its date, unless the sentence gives one.)
            var when = dates.isEmpty && backDate != nil ? backDate : date(for: position, in: clause)
            pairs.removeAll(keepingCapacity: true)
            partiesReferredBack = false
            referredDate = nil
            // "was received at the airport by X": a one-word trigger after a passive auxiliary,
            // with "by" later in the clause, reads as the passive up to "by".
            var triggerEnd = end, passive = trigger.passive
            if !passive, trigger.length == 1, position > clause.lowerBound, tokens[position - 1].kind == .word,
               x.passiveAuxiliaries.contains(word: tokens[position - 1].hash),
               let by = (end..<min(clause.upperBound, end + 8)).first(where: { tokens[$0].hash == x.by }) {
                passive = true
                triggerEnd = by + 1
            }
            agentlessObjects.removeAll(keepingCapacity: true)
            objectlessAttacker = nil
            if trigger.mutual {
                mutualArguments(for: predicate, trigger: position..<end, clause: clause)
            } else {
                arguments(for: predicate, trigger: position..<triggerEnd, passive: passive, clause: clause,
                          subject: backSubject ?? (passive ? nil : participleSubject(at: position, predicate: predicate)))
            }
            // ("X met Y on Thursday. The two ministers agreed …": the day of the parties' meeting.)
            if dates.isEmpty, partiesReferredBack, let earlier = referredDate { when = earlier }
            if pairs.isEmpty, !agentlessObjects.isEmpty {
                unclaimedRead = UnclaimedAttack(objects: agentlessObjects, sentence: sentence, when: when)
            }
            // ("The U.S. military struck another vessel": an attack whose agent a later
            // "condemned the strikes" names.)
            if pairs.isEmpty, let agent = objectlessAttacker {
                attacksRead.append(Attack(agent: agent, stem: stem(of: end - 1), sentence: sentence, when: when, background: isCauseClause(clause)))
                // ("Militants attacked a convoy near X. … the TTP ambushed the convoy": the agent
                // of the attack told just before without one.)
                if isWord(end, x.the), let told = unclaimedBefore {
                    for object in told.objects where object != agent { add(agent, predicate, object, when: told.when) }
                    unclaimedRead = nil
                    claimedAttack = true
                }
            }
            for (subject, object) in pairs {
                // "talks with Spain would resume": a modal right after the object makes it a plan.
                if case let .mention(o) = object, !passive {
                    let after = endToken(o)
                    // (Not a verb joined by "and": "spoke with X and offered condolences".)
                    if between(after, min(after + 2, clause.upperBound)).prefix(while: { !isWord($0, x.and) }).contains(where: isNegator) { continue }
                }
                // ("fired missiles at two ships in the Red Sea": a sea is where, not what, was
                // attacked; the attack still counts for later references.)
                let isWaterTarget = if predicate.frame == .attack, case let .mention(o) = object { isWaterBody(o) } else { false }
                if !isWaterTarget {
                    // (In a list, each object's own date: "visited A on Monday and B on Thursday".)
                    let own: DateReference? = if pairs.count > 1, case let .mention(o) = object, predicate.dated { dateAfter(o) } else { nil }
                    add(subject, predicate, object, when: own ?? (dates.isEmpty ? arrivalDay(of: object, hostedBy: predicate) : nil) ?? when)
                    lastTriggerSubject = subject
                }
                if predicate.frame == .attack {
                    attacksRead.append(Attack(agent: subject, stem: passive ? 0 : stem(of: end - 1), sentence: sentence, when: when, background: isCauseClause(clause)))
                }
            }
            // "X hosted A and B …. Later, Y received both ministers": the two guests are the
            // pair a later plural names.
            if lastParties == nil, pairs.count == 2, pairs[0].0 == pairs[1].0, !predicate.symmetric,
               case let .mention(a) = pairs[0].1, case let .mention(b) = pairs[1].1,
               mentions[a].type == .person, mentions[b].type == .person, !mentions[a].namesSame(as: mentions[b]) {
                lastParties = (pairs[0].1, pairs[1].1)
            }
            if predicate === x.hosted { hostingPlace(pairs, after: triggerEnd, clause: clause, when: when) }
            if predicate === x.metWith { meetingSite(pairs, after: triggerEnd, clause: clause, when: when) }
        }
    }

    /// Whether a mention names a body of water (a word of ``RelationCues/waterBodyWords``
    /// first or last: "the Red Sea", "Gulf of Aden").
    func isWaterBody(_ mention: Int) -> Bool {
        guard mentions[mention].type == .place else { return false }
        let words = mentions[mention].surface.split(separator: " ")
        return [words.first, words.last].contains { word in word.map { x.cues.waterBodyWords.contains(word: WordHash.word(String($0))) } ?? false }
    }

    /// The sentence's subject, which a participle right after a subordinator shares ("X was
    /// welcomed by Y before holding talks with Z", "X met Y on Monday after visiting Z": X):
    /// the first name that may be the predicate's subject, after the last reporting verb
    /// before the participle ("Y said X met him before …"), and not after a preposition.
    /// (The participle may be the trigger's or a verb a few words before it: "holding talks with".)
    func participleSubject(at position: Int, predicate: RelationRules.PredicateRule) -> RelationMention.Argument? {
        guard let opener = participleOpener(at: position) else { return nil }
        var start = range.lowerBound
        for i in range.lowerBound..<opener where tokens[i].kind == .word && x.cues.reportingVerbs.contains(word: tokens[i].hash) { start = i + 1 }
        // (Not inside a relative clause: "X met Y, who hosted him after visiting Z".)
        if between(start, opener).contains(where: { tokens[$0].kind == .word && x.cues.relativePronouns.contains(word: tokens[$0].hash) }) { return nil }
        return mentions(in: between(start, opener)).first { m in
            m != datelinePlace && allowed(m, predicate.subjectTypes) && !isAffiliationOfLater(m, before: opener) && !isParenthesized(m)
                && reader?.followsPreposition(mentions[m].span) != true
        }.map { .mention($0) }
    }

    /// The subordinator ("before", "after", "while") right before the participle of the
    /// trigger at `position`: the trigger's own ("before meeting", "before traveling to") or a
    /// verb a few words before it ("before holding talks with").
    func participleOpener(at position: Int) -> Int? {
        guard sentenceClasses.contains(.subordinator) else { return nil }
        var verb = position
        if tokens[position].kind == .word, x.cues.participleSubordinators.contains(word: tokens[position].hash), position + 1 < range.upperBound {
            verb = position + 1
        }
        while verb > position - 3, verb - 1 > range.lowerBound, !token(verb, endsWith: "ing"), tokens[verb - 1].kind == .word,
              !tokens[verb - 1].isCapitalized { verb -= 1 }
        let opener = verb - 1
        guard opener > range.lowerBound, tokens[verb].kind == .word, tokens[opener].kind == .word,
              x.cues.participleSubordinators.contains(word: tokens[opener].hash), token(verb, endsWith: "ing") else { return nil }
        return opener
    }

    /// "X held talks with Y in Beijing": each person of the meeting may have travelled to
    /// the place named after the parties; which one did, the corpus's offices tell later
    /// (``RelationMention/meetingSite``).
    func meetingSite(_ pairs: [(RelationMention.Argument, RelationMention.Argument)], after start: Int, clause: Range<Int>, when: DateReference?) {
        guard let visited = x.visited else { return }
        var parties: [Int] = []
        for (a, b) in pairs {
            for case let .mention(m) in [a, b] where mentions[m].type == .person && !parties.contains(m) { parties.append(m) }
        }
        guard !parties.isEmpty, let place = site(after: parties.map(endToken).reduce(start, max), clause: clause) ?? frontedSite(before: start)
        else { return }
        for person in parties {
            var visit = RelationMention(subject: .mention(person), predicate: visited.name, object: .mention(place), sentence: sentence,
                                        when: visited.dated ? when : nil, confidence: 0.5)
            visit.meetingSite = true
            found.append(visit)
        }
    }

    /// The place of a phrase opening the sentence before `limit`: "In Singapore, X met Y",
    /// "Earlier in Doha, …" (one word before "in" at most).
    func frontedSite(before limit: Int) -> Int? {
        var i = range.lowerBound
        if i < limit, tokens[i].kind == .word, !isWord(i, x.inWord), isWord(i + 1, x.inWord) { i += 1 }
        guard isWord(i, x.inWord), let place = inSentence.first(where: { firstToken($0) == i + 1 }),
              mentions[place].type == .place || mentions[place].type == .state,
              endToken(place) < limit, isWord(endToken(place), x.comma) else { return nil }
        return place
    }

    /// The place named after `from` in the clause with "in" or "at" (and "the") right before
    /// it, nothing but words between ("… in Jeddah", "… at the Kremlin").
    /// ("in the Black Sea resort of Sochi", "in the Red Sea city of Jeddah", "in the Saudi
    /// city of Jeddah": the place after a lower-case noun and "of"; "at the X Palace in Y": Y.)
    func site(after from: Int, clause: Range<Int>) -> Int? {
        guard let place = inSentence.first(where: { m in
            let first = firstToken(m)
            guard first > from, clause.contains(first), mentions[m].type == .place else { return false }
            // ("in the city of El Alamein"; past a state's word: "in the Saudi city of Jeddah".)
            var named = first
            if first - 3 > from, isWord(first - 1, x.of), tokens[first - 2].kind == .word, !tokens[first - 2].isCapitalized {
                if isWord(first - 3, x.the) {
                    named = first - 2
                } else if let state = inSentence.first(where: { endToken($0) == first - 2 && mentions[$0].type == .state }),
                          firstToken(state) > from + 1, isWord(firstToken(state) - 1, x.the) {
                    named = firstToken(state)
                }
            }
            let p = isWord(named - 1, x.the) ? named - 2 : named - 1
            return (isWord(p, x.inWord) || isWord(p, x.at)) && between(from, p).allSatisfy { !isInMention($0) || $0 >= p }
        }) else { return nil }
        let noun = endToken(place)
        if noun + 2 < clause.upperBound, tokens[noun].kind == .word, !tokens[noun].isCapitalized, isWord(noun + 1, x.of),
           let named = inSentence.first(where: { firstToken($0) == noun + 2 && mentions[$0].type == .place }) {
            return named
        }
        // ("at the Konstantinovsky Palace in St Petersburg": the city the site is in; past the
        // rest of its name: "at the Great Hall of the People in Beijing".)
        var inWord = noun
        if isWord(inWord, x.of) {
            inWord += 1
            while inWord < min(noun + 5, clause.upperBound), isWord(inWord, x.the) || tokens[inWord].kind == .word && tokens[inWord].isCapitalized { inWord += 1 }
        }
        if isWord(inWord, x.inWord), let city = inSentence.first(where: { firstToken($0) == inWord + 1 && mentions[$0].type == .place }) {
            return city
        }
        return place
    }

    /// Whether "as", an article and at most two lower-case words come right before `position`
    /// ("condemned as an attack", "described as a cowardly attack"), and not "such as".
    func isCharacterization(before position: Int, clause: Range<Int>) -> Bool {
        var i = position - 1
        while i > position - 3, i > clause.lowerBound, tokens[i].kind == .word, !tokens[i].isCapitalized, !isArticle(i) { i -= 1 }
        guard isArticle(i), isWord(i - 1, x.asWord), i - 1 >= clause.lowerBound else { return false }
        return !(i - 2 >= clause.lowerBound && isWord(i - 2, x.such))
    }

    /// Whether a trip the clause tells as made (a visit's trigger, not negated) comes before `position`.
    func madeTrip(before position: Int, in clause: Range<Int>) -> Bool {
        triggerStarts.contains { t in
            t >= clause.lowerBound && t < position && match(at: t).map { x.predicateRules[$0.predicate] === x.visited } == true
                && !isNegated(before: t, in: clause)
        }
    }

    /// "X received Y in Jeddah", "Y was received by X at the Kremlin": the guest visited the
    /// place named after both (a place, not a state: "received Y in Pakistan" may be at home).
    func hostingPlace(_ pairs: [(host: RelationMention.Argument, guest: RelationMention.Argument)], after start: Int, clause: Range<Int>,
                      when: DateReference?) {
        guard let visited = x.visited else { return }
        // (After every guest: "hosted A and B in Asmara" is where both were.)
        let guestsEnd = pairs.compactMap { pair -> Int? in if case let .mention(g) = pair.guest { endToken(g) } else { nil } }.max() ?? start
        for (host, guest) in pairs {
            guard case let .mention(g) = guest, mentions[g].type == .person else { continue }
            // (After both: "Y was received by X at the Kremlin".)
            var from = max(start, guestsEnd)
            if case let .mention(h) = host { from = max(from, endToken(h)) }
            guard let place = site(after: from, clause: clause) else { continue }
            add(guest, visited, .mention(place), when: when)
        }
    }

    /// The longest trigger phrase starting at `position`: its length in tokens, predicate and voice.
    func match(at position: Int) -> (length: Int, predicate: Int, passive: Bool, mutual: Bool)? {
        guard tokens[position].kind == .word, let group = x.triggerGroups[tokens[position].hash] else { return nil }
        let start = group >> 16
        for k in start..<(start + group & 0xFFFF) {
            let count = x.triggerList[k].words.count
            guard position + count <= range.upperBound else { continue }
            // The phrase's words in order; between two of them, up to six numbers or
            // filler words ("fired 40 cruise missiles at"); before a passive's "by" only adverbs
            // and dates ("was condemned on Monday by", not "condemned an attack by").
            let passive = x.triggerList[k].passive
            var next = position + 1
            var matches = true
            for j in 1..<max(count, 1) {
                var skipped = 0
                while next < range.upperBound, tokens[next].hash != x.triggerList[k].words[j], skipped < Self.maxFillers {
                    let length = passive && x.triggerList[k].words[j] == x.by ? agentFillerLength(at: next) : fillerLength(at: next)
                    guard length > 0 else { break }
                    next += length
                    skipped += 1
                }
                guard next < range.upperBound, tokens[next].hash == x.triggerList[k].words[j] else { matches = false; break }
                next += 1
            }
            guard matches else { continue }
            // "called for calm": with its particle, the word is another verb (a one-word
            // trigger only: "a phone call on Friday" is still a call).
            let last = x.triggerList[k].words[count - 1]
            if count == 1, next < range.upperBound, tokens[next].kind == .word, x.cues.phrasalParticles[last]?.contains(tokens[next].hash) == true {
                return nil
            }
            return (next - position, x.triggerList[k].predicate, x.triggerList[k].passive, x.triggerList[k].mutual)
        }
        return nil
    }

    /// "called on Vice President X in Beijing": a person (past titles) right after the
    /// trigger ending at `end`, and no "to" and a lower-case word right after them or the
    /// rest of their list ("called on X to resign", "called on X and Y to talk" urge).
    func isCourtesyCall(after end: Int, clause: Range<Int>) -> Bool {
        guard let person = personAfterTitles(from: end, within: 6) else { return false }
        // Past the rest of a list of names ("X and Ukrainian President Y"), the next word.
        var i = endToken(person)
        while i < clause.upperBound, isWord(i, x.comma) || isWord(i, x.and) || isInMention(i) || isTitleGap(i..<(i + 1))
                || tokens[i].kind == .word && x.cues.plurals.contains(word: tokens[i].hash) { i += 1 }     // ("and European leaders")
        return !(isWord(i, x.to) && i + 1 < clause.upperBound && tokens[i + 1].kind == .word && !tokens[i + 1].isCapitalized)
    }

    /// Filler tokens allowed between two words of a trigger phrase.
    static let maxFillers = 6

    /// The tokens a filler at `i` spans (0: none): a number, a filler word
    /// (``RelationCues/triggerFillers``), a designation ("S-300": word, hyphen, number), or
    /// "on" and a date ("received a phone call on Monday from X").
    func fillerLength(at i: Int) -> Int {
        switch tokens[i].kind {
        case .number: return 1
        case .word:
            if x.cues.triggerFillers.contains(word: tokens[i].hash) { return 1 }
            if isOnDate(i) { return pastOnDate(i, clause: range) - i }
            if i + 2 < range.upperBound, isHyphen(i + 1), tokens[i + 2].kind == .number,
               tokens[i + 1].span.start == tokens[i].span.end, tokens[i + 2].span.start == tokens[i + 1].span.end {
                return 3
            }
            return 0
        default: return 0
        }
    }

    /// The tokens a filler inside a passive phrase spans at `i` (0: none): an adverb
    /// (``RelationCues/agentFillers``) or "on" and a date.
    func agentFillerLength(at i: Int) -> Int {
        guard tokens[i].kind == .word else { return 0 }
        if x.cues.agentFillers.contains(word: tokens[i].hash) { return 1 }
        return isOnDate(i) ? pastOnDate(i, clause: range) - i : 0
    }

    /// Negation or modality in the few words before the trigger ("is expected to meet",
    /// "denied attacking", "will visit").
    func isNegated(before position: Int, in clause: Range<Int>) -> Bool {
        guard sentenceClasses.contains(.modality) else { return false }
        let from = max(clause.lowerBound, position - 6)
        if (from..<position).contains(where: isNegator) { return true }
        // "is scheduled to fly to Washington on Sunday for a summit with X": the purpose of
        // a trip shares its modality, however far back the clause puts it.
        var purpose = position - 1
        if isArticle(purpose) || purpose >= clause.lowerBound && x.his.contains(word: tokens[purpose].hash) { purpose -= 1 }
        if isWord(purpose, x.forWord), (clause.lowerBound..<purpose).contains(where: isNegator) { return true }
        // "is scheduled to visit Tokyo before traveling to Seoul": so does a participle after
        // "before" or "after", the verb it follows.
        if let opener = participleOpener(at: position), (clause.lowerBound..<opener).contains(where: isNegator) { return true }
        // "will hold the 15th India-Japan Annual Summit with X": the verb whose object the event
        // is, a few words back, has a modal right before it.
        if let verb = (max(clause.lowerBound, position - 8)..<position).last(where: {
               tokens[$0].kind == .word && !tokens[$0].isCapitalized && x.cues.eventHoldVerbs.contains(word: tokens[$0].hash) }),
           position - verb > 1, (max(clause.lowerBound, verb - 3)..<verb).contains(where: isNegator) { return true }
        // "will travel to Kabul to attend a trilateral meeting with X": so is its infinitive
        // ("to" and a verb, an article and a word or two between it and the trigger).
        var infinitive = position - 1
        while infinitive > position - 4, infinitive > clause.lowerBound, tokens[infinitive].kind == .word, !tokens[infinitive].isCapitalized,
              !isWord(infinitive - 1, x.to) { infinitive -= 1 }
        if isWord(infinitive - 1, x.to), infinitive < position, tokens[infinitive].kind == .word, !tokens[infinitive].isCapitalized,
           (clause.lowerBound..<(infinitive - 1)).contains(where: isNegator) { return true }
        // "suspended peace talks with X", "called off his visit to Y": the trigger is the object
        // of a verb that undoes it (a few lower-case words between, no preposition).
        var k = position - 1
        while k >= max(clause.lowerBound, position - 4), tokens[k].kind == .word, !tokens[k].isCapitalized {
            if x.cues.cancelVerbs.contains(word: tokens[k].hash)
                || k - 1 >= clause.lowerBound && x.cues.cancelVerbs.contains(phrase: twoWordPhrase(tokens[k - 1].hash, tokens[k].hash)) { return true }
            if x.prepositions.contains(word: tokens[k].hash) { break }
            k -= 1
        }
        // "a day before Ukrainian officials hold talks with X": a verb in the present after
        // "before" or "until" (with its subject between) tells of what is still to come.
        let verb = tokens[position].kind == .word && x.cues.presentEventVerbs.contains(word: tokens[position].hash) ? position
            : position - 1 >= clause.lowerBound && tokens[position - 1].kind == .word && x.cues.presentEventVerbs.contains(word: tokens[position - 1].hash) ? position - 1 : nil
        if let verb, (max(clause.lowerBound, verb - 6)..<verb).contains(where: {
               tokens[$0].kind == .word && !tokens[$0].isCapitalized && x.cues.futureSubordinators.contains(word: tokens[$0].hash) }) { return true }
        // "ahead of (a, his) talks with X", "ahead of X's trip to Y": not yet held. (Only right
        // before the trigger: "Ahead of the summit, X met Y" tells of a meeting that happened.)
        var i = position - 1
        var owner = 0
        while i > max(from, position - 4), tokens[i].kind == .word, !tokens[i].isCapitalized, tokens[i].hash != x.of { i -= 1 }
        if isPossessive(i), let name = inSentence.last(where: { endToken($0) == i }), firstToken(name) > clause.lowerBound {
            owner = i + 1 - firstToken(name)
            i = firstToken(name) - 1
        }
        return i - 1 >= (owner > 0 ? clause.lowerBound : from) && position - i - owner <= 4 && tokens[i].hash == x.of && tokens[i - 1].kind == .word
            && x.cues.prospectiveWords.contains(word: tokens[i - 1].hash)
    }

    /// A word of negation or modality; capitalised inside a sentence it is another word
    /// ("May 10" is a month, not the modal).
    func isNegator(_ i: Int) -> Bool {
        guard tokens[i].kind == .word, !tokens[i].isCapitalized || i == range.lowerBound, let verbOnly = x.negatorWords[tokens[i].hash] else { return false }
        return !verbOnly || !isArticle(i - 1)
    }

    /// The date of an event: in its clause (after the trigger first), else in the sentence;
    /// else the article's own date (left to event dating); for an article without one, the
    /// last date mentioned before it.
    func date(for position: Int, in clause: Range<Int>) -> DateReference? {
        // Not past a clause joined by ", and" with a subject of its own (", and the two sides
        // agreed to a ceasefire on May 10", ", and he left on Friday"): its date is its own.
        let joined = dates.isEmpty ? range.upperBound
            : (position..<range.upperBound).first { isWord($0, x.comma) && isWord($0 + 1, x.and) && startsSubject($0 + 2) } ?? range.upperBound
        // Nor past a clause with a time of its own: "first visit since he took office on
        // Tuesday" (not "strikes since January": that date is the strikes').
        let limit = dates.isEmpty ? joined : (position..<joined).first { i in
            tokens[i].kind == .word && !tokens[i].isCapitalized && x.cues.dateClauseWords.contains(word: tokens[i].hash)
                && !startsDate(i + 1)
        } ?? joined
        // (Not past "where": ", where they discussed the declaration of December" is about something
        // else; nor past a modal: "adding that another meeting would be held on October 25"; nor
        // past a relative clause: "targeted the X group, which it blamed for an attack on
        // Saturday" is the attack's day, not the strike's.)
        if let after = dates.first(where: { $0.position > position && $0.position < limit && clause.contains($0.position) }),
           !(position..<after.position).contains(where: { tokens[$0].hash == x.whereWord || $0 > position && isNegator($0)
               || opensRelativeClause($0) }) {
            return after.date
        }
        // (Not a date of an aside before the verb: "X, who arrived on Wednesday, also met Y".)
        if let before = dates.last(where: { $0.position < position && clause.contains($0.position) && !isInAside($0.position, before: position) }) {
            return before.date
        }
        // "X had earlier met Y": a deed the article tells in the past perfect came before the
        // time it tells of, so no other clause's date nor the article's is its own. (Not in a
        // report: "said it had struck" tells a deed of the report's day, as news is written.)
        if isPastPerfect(position),
           !(clause.lowerBound..<position).contains(where: { tokens[$0].kind == .word && x.cues.reportingVerbs.contains(word: tokens[$0].hash) }) {
            return .period
        }
        // A date of another clause of the sentence, if it names a day: "in December" in
        // ", where they discussed the declaration of December" is not when this happened.
        // (Nor the date of what the event answers: "struck X on Friday in retaliation for an
        // attack on May 1".)
        if let any = dates.first(where: { $0.date.namesDay && $0.position < limit && !($0.position < position && isInAside($0.position, before: position))
               && !isInCauseClause($0.position, after: position)
               && !($0.position > position && (position + 1..<$0.position).contains(where: { isNegator($0) || opensRelativeClause($0) })) }) {
            return any.date
        }
        // "He later met X": a deed that goes on from the last one told took place on its day
        // (the article's, if that one had no date of its own; else the last date named).
        if (clause.lowerBound..<position).contains(where: { tokens[$0].kind == .word && x.cues.sequelWords.contains(word: tokens[$0].hash) }) {
            if let deed = reader?.lastDeedDate { return deed.flatMap { $0.namesDay ? $0 : nil } }
            if let previous = previousDate, previous.namesDay { return previous }
        }
        return document.date == nil && document.datelineDay == nil ? previousDate : nil
    }

    /// Whether a clause tells what an event answers: it opens with a cause word ("retaliation
    /// for X's attack on Y", ``RelationCues/causeWords``).
    func isCauseClause(_ clause: Range<Int>) -> Bool {
        clause.lowerBound < clause.upperBound && tokens[clause.lowerBound].kind == .word && x.cues.causeWords.contains(word: tokens[clause.lowerBound].hash)
    }

    /// Whether token `i` lies in a clause after `position` that tells what the event answers
    /// ("in retaliation for …").
    func isInCauseClause(_ i: Int, after position: Int) -> Bool {
        let clause = clause(containing: i)
        return i > position && clause.lowerBound > position && isCauseClause(clause)
    }

    /// Whether token `i` is a comma that opens a relative clause (", which", ", who"; not ", that").
    func opensRelativeClause(_ i: Int) -> Bool {
        isWord(i, x.comma) && i + 1 < range.upperBound && tokens[i + 1].kind == .word && tokens[i + 1].hash != x.that
            && x.cues.relativePronouns.contains(word: tokens[i + 1].hash)
    }

    /// Whether the verb at `position` is a past participle after the past perfect's
    /// auxiliary, with up to two adverbs between ("had met", "had earlier visited", "had
    /// already struck"), not "had talks with".
    func isPastPerfect(_ position: Int) -> Bool {
        guard position < range.upperBound, isPastVerb(position) || tokens[position].kind == .word && x.cues.irregularParticiples.contains(word: tokens[position].hash)
        else { return false }
        var i = position - 1
        while i >= range.lowerBound, position - i <= 2, tokens[i].kind == .word, !tokens[i].isCapitalized,
              !x.cues.perfectAuxiliaries.contains(word: tokens[i].hash),
              x.cues.perfectAdverbs.contains(word: tokens[i].hash) || token(i, endsWith: "ly") { i -= 1 }
        return i >= range.lowerBound && tokens[i].kind == .word && x.cues.perfectAuxiliaries.contains(word: tokens[i].hash)
    }

    /// Whether `position` lies in a relative clause opened by ", who", ", which" or ", where"
    /// (no comma closes it before `position`).
    func isInRelativeClause(_ position: Int) -> Bool {
        // (Within a clause's reach: a sentence of a million words is read in linear time.)
        guard let open = (max(range.lowerBound, position - 60)..<position).last(where: { isWord($0, x.comma) && $0 + 1 < position && tokens[$0 + 1].kind == .word
                  && (x.cues.relativePronouns.contains(word: tokens[$0 + 1].hash) || tokens[$0 + 1].hash == x.whereWord) }) else { return false }
        return !(open + 1..<position).contains { isWord($0, x.comma) }
    }

    /// Whether token `i` lies in a relative clause set off by commas that closes before
    /// `limit` (", who arrived in London on Wednesday,").
    func isInAside(_ i: Int, before limit: Int) -> Bool {
        guard let close = (i..<limit).first(where: { isWord($0, x.comma) }) else { return false }
        var k = i
        while k > range.lowerBound + 1, !isWord(k, x.comma) || k == close {
            if isWord(k - 1, x.comma), tokens[k].kind == .word, x.cues.relativePronouns.contains(word: tokens[k].hash) { return close > k }
            k -= 1
        }
        return false
    }

    /// Whether token `i` starts a clause's own subject: a pronoun ("he", "they") or the two
    /// parties ("both", "the two sides").
    func startsSubject(_ i: Int) -> Bool {
        guard i < range.upperBound, tokens[i].kind == .word else { return false }
        let word = tokens[i].hash
        if x.cues.subjectPronouns.contains(word: word) || word == x.they || x.cues.pluralDeterminers.contains(word: word)
            || word == x.the && isWord(i + 1, x.two) { return true }
        // A name with a verb of its own (", and Leo is due to fly …"), not one more object (", and Y on Sunday").
        guard tokens[i].isCapitalized, let name = inSentence.first(where: { firstToken($0) == i }) else { return false }
        let next = endToken(name)
        return next < range.upperBound && tokens[next].kind == .word && !tokens[next].isCapitalized
            && !x.prepositions.contains(word: tokens[next].hash) && tokens[next].hash != x.and
    }

    /// Whether a mention may fill a side that takes `types`; a lone capitalised word read
    /// as a person may be a group once resolved ("strikes against Houthi targets"): the
    /// graph builder checks the resolved type.
    func allowed(_ mention: Int, _ types: EntityTypes) -> Bool {
        // (Read through a pointer: the array's subscript would copy the whole mention.)
        let type = mentions[mention].type, tentative = mentions[mention].tentative
        if types.contains(type) { return true }
        guard tentative else { return false }
        // A lone word the article also names as a place ("a base in Marte … visited Marte").
        if types.contains(.place), reader?.namesPlace(mention) == true { return true }
        // (Only before a noun for a body's forces or sites: "Houthi targets", "Houthi fighters".)
        guard type == .person, types.contains(.group) else { return false }
        let next = endToken(mention)
        return next < range.upperBound && tokens[next].kind == .word && x.cues.forceNouns.contains(word: tokens[next].hash)
    }

    /// ``allowed(_:_:)`` for any argument (an entity or an office is taken as allowed: its
    /// type is checked when the graph is built).
    func isAllowed(_ argument: RelationMention.Argument, _ types: EntityTypes) -> Bool {
        if case let .mention(index) = argument { return allowed(index, types) }
        return true
    }

    /// Subject and object pairs for one trigger occurrence, appended to ``pairs``.
    /// "A and B exchanged fire", "A traded fire with B": each did it to the other.
    func mutualArguments(for predicate: RelationRules.PredicateRule, trigger: Range<Int>, clause: Range<Int>) {
        let before = mentions(in: between(clause.lowerBound, trigger.lowerBound)).filter {
            allowed($0, predicate.subjectTypes) && !isAffiliationOfLater($0, before: trigger.lowerBound)
        }
        guard let b = before.last, trigger.lowerBound - endToken(b) <= 3 else { return }
        let other: Int
        // ("A and B", or with the parties' forces named: "Thai troops and Cambodian forces".)
        func joined(_ a: Int) -> Bool {
            var k = endToken(a)
            while k < firstToken(b), tokens[k].kind == .word, x.cues.forceNouns.contains(word: tokens[k].hash) { k += 1 }
            return k < firstToken(b) && tokens[k].hash == x.and && (k + 1 == firstToken(b) || isWord(k + 1, x.the) && k + 2 == firstToken(b))
        }
        if before.count >= 2, isJoinedByAnd(before[before.count - 2], b) || joined(before[before.count - 2]) {
            other = before[before.count - 2]
        } else if isWord(trigger.upperBound, x.with) || isWord(trigger.upperBound - 1, x.with),
                  let object = mentions(in: between(trigger.upperBound, clause.upperBound)).first(where: { allowed($0, predicate.subjectTypes) }),
                  firstToken(object) - trigger.upperBound <= 3 {
            other = object
        } else {
            return
        }
        guard mentions[other].type != .person || predicate.subjectTypes.contains(.person) else { return }
        pairs.append((.mention(other), .mention(b)))
        pairs.append((.mention(b), .mention(other)))
    }

    func arguments(for predicate: RelationRules.PredicateRule, trigger: Range<Int>, passive: Bool, clause: Range<Int>,
                   subject given: RelationMention.Argument? = nil) {
        var before = mentions(in: between(clause.lowerBound, trigger.lowerBound))
        // The dateline's place is where the story was filed, not a party ("KYIV (Reuters) - The
        // base was attacked by X").
        if let dateline = datelinePlace, mentions[dateline].sentence == sentence, before.contains(dateline) {
            before = ArraySlice(before.filter { $0 != dateline })
        }
        // "X, which has bases in Y," and "X, which operates from Y, attacked Z": the relative
        // clause's antecedent X is the agent of a trigger in it, or right after it.
        var asideEnd: Int? = nil
        // ("X, which Islamabad says operates from Y": past a speaker inside the clause.)
        if !passive, let aside = antecedent(of: clause, trigger: trigger.lowerBound), aside.afterAside || before.isEmpty
            || before.allSatisfy({ firstToken($0) >= aside.agentEnd && endToken($0) < trigger.lowerBound && tokens[endToken($0)].kind == .word
                && x.cues.reportingVerbs.contains(word: tokens[endToken($0)].hash) }) {
            // ("Egypt, Qatar and Turkey, which mediated the deal, condemned …": each.)
            var antecedents = [aside.mention]
            while aside.afterAside, let partner = inSentence.last(where: { endToken($0) < firstToken(antecedents[0]) }),
                  mentions[partner].type == mentions[aside.mention].type,
                  antecedents.count == 1 ? isJoinedByAnd(partner, antecedents[0])
                      : between(endToken(partner), firstToken(antecedents[0])).elementsEqual([endToken(partner)]) && isWord(endToken(partner), x.comma) {
                antecedents.insert(partner, at: 0)
            }
            before = antecedents[...]
            asideEnd = aside.agentEnd
        }
        let after = mentions(in: between(trigger.upperBound, clause.upperBound))
        // "A UN helicopter came under attack in X": the name before was attacked, by someone
        // unnamed (remembered for "condemned the attack", "claimed responsibility").
        if !passive, given == nil, predicate.frame == .attack, isWord(trigger.lowerBound - 1, x.under) {
            agentlessObjects = before.last.map { allowed($0, predicate.objectTypes) ? [.mention($0)] : [] } ?? []
            agentlessAttackRead = (stem(of: trigger.upperBound - 1), sentence)
            return
        }
        if passive {
            // "A was received by B": subject after, object before. ("A, who was accompanied by
            // C, was received by B": A, the antecedent of the aside.)
            if let aside = antecedent(of: clause, trigger: trigger.lowerBound), aside.afterAside { before = [aside.mention][...] }
            guard let first = after.first(where: { allowed($0, predicate.subjectTypes) }) else { return }
            let subject: RelationMention.Argument
            if let role = roleReference(first, clause: clause), !after.contains(where: { mentions[$0].type == .person && firstToken($0) >= role.end && firstToken($0) <= role.end + 2 }) {
                subject = role.argument
            } else {
                // A person rather than the state before the name.
                subject = .mention(after.first(where: { allowed($0, predicate.subjectTypes) && mentions[$0].type == .person }) ?? first)
            }
            // The one received or invited: a person before any state or place named after
            // them ("X arrived in India at the invitation of Y": X, not India).
            // (Not a word in parentheses: "(Reuters) - Egypt was condemned by …".)
            // (Nor where they went: "mercenaries deployed to Mali at the invitation of Y" says
            // nothing of Mali.)
            let candidates = before.filter { allowed($0, predicate.objectTypes) && !isParenthesized($0) && !followsPlacePreposition($0) }
            // "The attack was condemned by X (and Y)": the agent of the attack it refers to.
            if candidates.isEmpty, predicate.takesEvents, let noun = attackNoun(from: clause.lowerBound, clause: clause),
               noun == trigger.lowerBound - 1, case let attackers = referredAttackers(stem(of: noun)), !attackers.isEmpty {
                let listed = objectArguments(predicate, from: trigger.upperBound, clause: clause, subject: nil).map(\.argument).filter { argument in
                    if case let .mention(m) = argument { return allowed(m, predicate.subjectTypes) }
                    return false
                }
                for attacker in attackers {
                    for agent in listed.isEmpty ? [subject] : listed where agent != attacker { pairs.append((agent, attacker)) }
                }
                return
            }
            // "On Tuesday, he was also received by X": the one "he" is (by each of a list of
            // people: "by Prime Minister A, Field Marshal B and Minister C").
            if candidates.isEmpty, predicate.objectTypes.contains(.person), let pronoun = pronounBefore(trigger.lowerBound, clause: clause) {
                if let person = pronounReferent(before: pronoun), mentions[person].type == .person, .mention(person) != subject {
                    let agents = if case let .mention(s) = subject, mentions[s].type == .person { listedPeople(from: s).map { RelationMention.Argument.mention($0) } } else { [subject] }
                    for agent in agents where agent != .mention(person) { pairs.append((agent, .mention(person))) }
                }
                return
            }
            if let object = candidates.last(where: { mentions[$0].type == .person }) ?? candidates.last {
                // "A and B signed …, hosted by C": both were hosted ("A, B, C and D … were greeted
                // by X": each, a group for "the four leaders").
                let list = listEnding(at: object)
                if list.count >= 2 {
                    for partner in list.dropLast() { pairs.append((subject, .mention(partner))) }
                    if list.count >= 3 { lastGroup = list.map { .mention($0) } }
                } else if mentions[object].type == .person, case let .mention(s) = subject, mentions[s].type == .person {
                    lastParties = (subject, .mention(object))     // "the two leaders" after a visit
                }
                pairs.append((subject, .mention(object)))
                return
            }
            // "The meeting hosted by X": X hosted the meeting's other party, or those it says
            // attended ("The summit, hosted by X, was attended by A and B").
            if between(clause.lowerBound, trigger.lowerBound).contains(where: { tokens[$0].kind == .word && x.cues.participantNouns.contains(word: tokens[$0].hash) }) {
                if let by = (trigger.upperBound..<range.upperBound).first(where: { isWord($0, x.attended) && isWord($0 + 1, x.by) }) {
                    for guest in inSentence where firstToken(guest) > by && mentions[guest].type == .person && .mention(guest) != subject {
                        pairs.append((subject, .mention(guest)))
                    }
                } else if let (a, b) = previousParties {
                    pairs.append((subject, a))
                    pairs.append((subject, b))
                }
            }
            return
        }
        // "X told Y in a phone call", "X thanked Y during their meeting": the two a verb joins,
        // in the event the trigger names.
        if predicate.symmetric, given == nil, let pair = verbPairBeforeEvent(predicate, trigger: trigger, clause: clause, before: before) {
            lastParties = pair
            pairs.append(pair)
            return
        }
        // "A held talks with B, a day after his meeting with C": the owner of "his" (the
        // sentence's subject so far) met C, not the name nearest before.
        if given == nil, predicate.symmetric, let owner = possessiveOwner(before: trigger.lowerBound, clause: clause),
           isAllowed(owner, predicate.subjectTypes) {
            for object in objectArguments(predicate, from: trigger.upperBound, clause: clause, subject: nil).map(\.argument) where object != owner {
                pairs.append((owner, object))
            }
            return
        }
        // "…, his first visit to Moscow since 2011", "During her visit to Kyiv, X met …": the
        // owner of "his"/"her" a few lower-case words before the trigger visited.
        if given == nil, predicate === x.visited, let owner = visitOwner(before: trigger.lowerBound, clause: clause) {
            for object in objectArguments(predicate, from: trigger.upperBound, clause: clause, subject: nil).map(\.argument) where object != owner {
                pairs.append((owner, object))
            }
            return
        }
        if predicate.symmetric, given == nil, let group = countedGroup(before: trigger.lowerBound, clause: clause) ?? joinedGroupSubject(before: trigger.lowerBound, clause: clause, names: before) {
            // ("The four leaders held talks with X": each of them with X, not with each other.)
            if isWord(trigger.upperBound - 1, x.with) || isWord(trigger.upperBound, x.with) {
                let objects = objectArguments(predicate, from: trigger.upperBound, clause: clause, subject: nil).map(\.argument).filter { !group.contains($0) }
                if !objects.isEmpty {
                    for member in group { for object in objects { pairs.append((member, object)) } }
                    groupSubject = group
                    return
                }
            }
            for i in group.indices { for j in group.indices where j > i { pairs.append((group[i], group[j])) } }
            return
        }
        // "…, and the three leaders condemned X": each of them did.
        if !predicate.symmetric, !passive, given == nil, predicate.subjectTypes.contains(.person),
           let group = countedGroup(before: trigger.lowerBound, clause: clause) {
            for object in objectArguments(predicate, from: trigger.upperBound, clause: clause, subject: nil).map(\.argument) {
                for member in group where member != object { pairs.append((member, object)) }
            }
            return
        }
        if predicate.symmetric, given == nil, let pair = symmetricPair(predicate, trigger: trigger, clause: clause, before: before, after: after) {
            // (The list's earlier members, each before a comma: "A, B and C".)
            var parties = [pair.0, pair.1]
            if case let .mention(first) = pair.0, case let .mention(second) = pair.1, isJoinedByAnd(first, second) || isHeadline {
                var current = first
                while let earlier = inSentence.last(where: { endToken($0) < firstToken(current) && mentions[$0].type == mentions[first].type }),
                      isWord(endToken(earlier), x.comma), isTitleGap(between(endToken(earlier) + 1, firstToken(current))) {
                    parties.insert(.mention(earlier), at: 0)
                    current = earlier
                }
            }
            // "A and B held talks with C", "A, B and C signed a document with D": each of them
            // with the one after "with" (past a few words: lower-case ones, or a document's name
            // that is no mention, "signed the Reciprocal Access Agreement with D"), not with each
            // other; so "The two ministers met President X": with a verb's object right after it
            // (past its titles).
            let with = isWord(trigger.upperBound - 1, x.with) ? trigger.upperBound - 1
                : (trigger.upperBound..<min(trigger.upperBound + 7, clause.upperBound)).first(where: { isWord($0, x.with) })
            let objectStart: Int?
            if let with {
                let gap = between(trigger.upperBound, with)
                objectStart = gap.allSatisfy({ tokens[$0].kind == .word && !isInMention($0) })
                    ? max(with, trigger.upperBound) : nil
            } else if let first = after.first(where: { allowed($0, predicate.objectTypes) && !parties.contains(.mention($0)) }),
                      firstToken(first) - trigger.upperBound <= 3,
                      between(trigger.upperBound, firstToken(first)).allSatisfy({ tokens[$0].kind == .word && !x.prepositions.contains(word: tokens[$0].hash) }) {
                objectStart = trigger.upperBound
            } else {
                objectStart = nil
            }
            if let objectStart {
                let objects = objectArguments(predicate, from: objectStart, clause: clause, subject: nil).map(\.argument)
                    .filter { !parties.contains($0) }
                if !objects.isEmpty {
                    for object in objects { for party in parties { pairs.append((party, object)) } }
                    return
                }
            }
            lastParties = pair
            // ("A, B and C signed a treaty": each pair of them.)
            for i in parties.indices.dropLast() {
                for j in parties.indices where j > i && !(i == parties.count - 2 && j == parties.count - 1) { pairs.append((parties[i], parties[j])) }
            }
            pairs.append(pair)
            return
        }
        // "at talks", "during a meeting": an event phrase names its parties only as a pair
        // ("A and B discussed … at talks"), never "X said at a meeting of Y".
        if predicate.symmetric, tokens[trigger.lowerBound].kind == .word, x.cues.eventPrepositions.contains(word: tokens[trigger.lowerBound].hash) { return }
        // "X mediated talks between A and B": without its two parties, such a trigger says
        // nothing of X.
        if predicate.symmetric, isWord(trigger.upperBound - 1, x.between) { return }
        // "Y arrived at X's invitation": X invited Y (the noun after "at"/"on" and a possessive).
        if !passive, predicate.frame == .agentObject, trigger.count == 1, isPossessive(trigger.lowerBound - 1),
           let possessor = before.last(where: { endToken($0) == trigger.lowerBound - 1 }), allowed(possessor, predicate.subjectTypes),
           firstToken(possessor) - 1 >= clause.lowerBound, tokens[firstToken(possessor) - 1].kind == .word,
           x.cues.invitationPrepositions.contains(word: tokens[firstToken(possessor) - 1].hash) {
            if let guest = before.last(where: { firstToken($0) < firstToken(possessor) - 1 && allowed($0, predicate.objectTypes) && mentions[$0].type == .person })
                ?? before.last(where: { firstToken($0) < firstToken(possessor) - 1 && allowed($0, predicate.objectTypes) }) {
                pairs.append((.mention(possessor), .mention(guest)))
            }
            return
        }
        var agent: Int? = nil
        var objectStart = trigger.upperBound
        if predicate.frame == .attack, let claimant = claimantOfTrigger(at: trigger.lowerBound, clause: clause) {
            agent = claimant
        } else if predicate.frame == .attack {
            // "strikes by Pakistan on …", "an attack by the Afghan Taliban" (the group, not the
            // state inside its name)
            let agentStart = isWord(trigger.upperBound + 1, x.the) ? trigger.upperBound + 2 : trigger.upperBound + 1
            if isWord(trigger.upperBound, x.by),
               let byAgent = after.first(where: { firstToken($0) == agentStart && !isInsideName($0, allowing: predicate.subjectTypes) }),
               allowed(byAgent, predicate.subjectTypes) {
                agent = byAgent
                objectStart = endToken(byAgent)
            } else if let modifier = before.last, allowed(modifier, predicate.subjectTypes), !followsModifierParticiple(modifier),
                      onlyModifiers(from: endToken(modifier), to: trigger.lowerBound) {
                agent = modifier    // "Pakistan's retaliatory strikes", "Iranian attacks"
            }
        }
        if predicate.frame == .attack, isWord(trigger.upperBound, x.the) || isWord(trigger.upperBound, x.a),
           trigger.upperBound + 1 < clause.upperBound, x.cues.nonTargets.contains(word: tokens[trigger.upperBound + 1].hash) {
            return      // "attacked the decision", "attacked the remarks": words, not force
        }
        // The object.
        // ("attacked its troops near Rafah": the owner of "its" forces, below, not the place by them.)
        let ownForces = predicate.frame == .attack && isWord(objectStart, x.its) && objectStart + 1 < clause.upperBound
            && tokens[objectStart + 1].kind == .word && x.cues.forceNouns.contains(word: tokens[objectStart + 1].hash)
        var objects = ownForces ? [] : objectArguments(predicate, from: objectStart, clause: clause, subject: agent)
        // "Iran suspended cooperation after Israel struck its nuclear facilities", "Pakistan said
        // India struck its territory": the state the sentence opened with, when another name
        // between it and the trigger may be the attacker.
        if objects.isEmpty, predicate.frame == .attack, isWord(objectStart, x.its) || isWord(objectStart + 1, x.its) && isWord(objectStart, x.on),
           let owner = inSentence.first(where: { mentions[$0].type == .state }), firstToken(owner) < trigger.lowerBound,
           before.contains(where: { firstToken($0) > endToken(owner) && allowed($0, predicate.subjectTypes) && mentions[$0].type != .place
               && mentions[$0].surface != mentions[owner].surface }) {
            objects = [(.mention(owner), trigger.upperBound)]
        }
        // "X condemned the strikes": the agent of the latest attack told with that word, else of
        // the attack told in this sentence or the one before.
        var attackerReferredTo = false
        if objects.isEmpty, predicate.takesEvents, let noun = attackNoun(from: trigger.upperBound, clause: clause),
           case let attackers = referredAttackers(stem(of: noun)), !attackers.isEmpty {
            objects = attackers.map { ($0, trigger.upperBound) }
            attackerReferredTo = true
        }
        // "X condemned the attack. Y also condemned it.": "it" is what the same verb took in
        // this sentence or the one before.
        if objects.isEmpty, !passive, isWord(trigger.upperBound, x.itWord),
           let earlier = found.last(where: { $0.predicate == predicate.name && $0.sentence >= sentence - 1 }) {
            objects = [(earlier.object, trigger.upperBound + 1)]
        }
        // "X condemned the flagrant violation of Qatar's sovereignty": of an attack the article
        // told, by its latest attacker (words of violation: cues violationNouns).
        if objects.isEmpty, predicate.takesEvents, namesViolation(from: trigger.upperBound, clause: clause), let attacker = latestAttacker() {
            objects = [(attacker, trigger.upperBound)]
            attackerReferredTo = true
        }
        // "X condemned the killings by the RSF", "… reports of attacks by Y fighters", "the
        // attack from Y": the agent of the deed named (lower-case words, then "by" or "from").
        if objects.isEmpty, predicate.takesEvents,
           let by = (trigger.upperBound..<min(trigger.upperBound + 7, clause.upperBound)).first(where: {
               tokens[$0].hash == x.by || tokens[$0].kind == .word && x.cues.originPrepositions.contains(word: tokens[$0].hash) }),
           (trigger.upperBound..<by).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
           let agent = after.first(where: { firstToken($0) > by && firstToken($0) <= by + 2 && allowed($0, predicate.objectTypes)
               && !isInsideName($0, allowing: predicate.objectTypes) }),     // ("by Afghan Taliban forces": the group, not "Afghan")
           mentions[agent].type == .group || mentions[agent].type == .state,
           between(by + 1, firstToken(agent)).allSatisfy({ tokens[$0].hash == x.the }) {
            objects = [(.mention(agent), endToken(agent))]
        }
        // "X denounced the deployment of U.S. warships": the state or body whose forces they are.
        if objects.isEmpty, predicate.takesEvents,
           let of = (trigger.upperBound..<min(trigger.upperBound + 5, clause.upperBound)).first(where: { tokens[$0].hash == x.of }),
           (trigger.upperBound..<of).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
           of > trigger.upperBound, x.cues.deedsOfForces.contains(word: tokens[of - 1].hash),
           let owner = after.first(where: { firstToken($0) == of + 1 || isWord(of + 1, x.the) && firstToken($0) == of + 2 }),
           mentions[owner].type == .group || mentions[owner].type == .state, allowed(owner, predicate.objectTypes),
           endToken(owner) < clause.upperBound, tokens[endToken(owner)].kind == .word, x.cues.forceNouns.contains(word: tokens[endToken(owner)].hash) {
            objects = [(.mention(owner), endToken(owner) + 1)]
        }
        // "Japan condemned the (latest missile) launch": whoever the article last told launched weapons.
        if objects.isEmpty, predicate.takesEvents, namesLaunch(from: trigger.upperBound, clause: clause),
           let launcher = launchRead ?? reader?.lastLauncher {
            objects = [(launcher, trigger.upperBound)]
        }
        // "Qin Gang hosted the meeting": the host of the last two parties' meeting.
        if objects.isEmpty, predicate === x.hosted, x.cues.meetingHostVerbs.contains(word: tokens[trigger.lowerBound].hash), let (a, b) = previousParties,
           between(trigger.upperBound, min(trigger.upperBound + 3, clause.upperBound)).contains(where: {
               tokens[$0].kind == .word && x.cues.participantNouns.contains(word: tokens[$0].hash) }),
           let host = before.last(where: { allowed($0, predicate.subjectTypes) && mentions[$0].type == .person }) {
            for party in [a, b] where party != .mention(host) { pairs.append((.mention(host), party)) }
            return
        }
        // "X hosted the summit, which was attended by A and B": each one it says attended.
        if objects.isEmpty, predicate === x.hosted, x.cues.meetingHostVerbs.contains(word: tokens[trigger.lowerBound].hash),
           between(trigger.upperBound, min(trigger.upperBound + 3, clause.upperBound)).contains(where: {
               tokens[$0].kind == .word && x.cues.participantNouns.contains(word: tokens[$0].hash) }),
           let by = (trigger.upperBound..<range.upperBound).first(where: { isWord($0, x.attended) && isWord($0 + 1, x.by) }),
           let host = before.last(where: { allowed($0, predicate.subjectTypes) && mentions[$0].type == .person }) {
            for guest in inSentence where firstToken(guest) > by && mentions[guest].type == .person && guest != host {
                pairs.append((.mention(host), .mention(guest)))
            }
            if !pairs.isEmpty { return }
        }
        // (An attack on nothing named still has an agent, for "condemned the attack" later.)
        guard !objects.isEmpty || predicate.frame == .attack && !passive && given == nil else { return }
        // "X called the attacks a violation", "called Y a criminal": naming, not a call.
        if trigger.count == 1, isNamingVerb(trigger.lowerBound), let end = objects.first?.end {
            // ("called Israel's strikes illegal"; "what he called …" never gets here: ``triggers()``.)
            if isPossessive(end) { return }
            // ('called Russia "the most honest friend"': a quoted name for it.)
            if isQuotationMark(end), end + 1 < range.upperBound, tokens[end + 1].kind == .word { return }
            var i = end
            while i < clause.upperBound, i - end < 3, tokens[i].kind == .word, !tokens[i].isCapitalized, tokens[i].hash != x.a, tokens[i].hash != x.an { i += 1 }
            if isWord(i, x.a) || isWord(i, x.an) { return }
        }
        // "The strike on the bridge was carried out by X": the agent after the object.
        if predicate.frame == .attack, agent == nil, let last = objects.map(\.end).max(),
           let byAgent = after.first(where: { firstToken($0) > last && isWord(firstToken($0) - 1, x.by) && allowed($0, predicate.subjectTypes) }),
           between(last, firstToken(byAgent) - 1).allSatisfy({ tokens[$0].kind == .word }) {
            agent = byAgent
        }
        // The subject.
        var subject: RelationMention.Argument? = given ?? agent.map { .mention($0) }
        // "the first visit to Japan by a South Korean leader", "talks with X by Y": a noun
        // trigger's agent after "by", right after its object.
        if subject == nil, !passive, x.cues.participantNouns.contains(word: tokens[trigger.lowerBound].hash),
           let by = objects.map(\.end).max(), isWord(by, x.by), let agent = byAgent(after: by, predicate, clause: clause) {
            subject = agent
        }
        // "X visited Y on Sunday and held talks with Z", "… and will hold a round of talks with
        // Z": a verb joined by "and" to an earlier one of the sentence shares its subject (Y is
        // that verb's object, not this one's subject), if no name comes between "and" and it.
        if subject == nil, let shared = lastTriggerSubject, isAllowed(shared, predicate.subjectTypes),
           let joint = between(clause.lowerBound, trigger.lowerBound).last(where: { tokens[$0].hash == x.and }),
           joint > clause.lowerBound, !before.contains(where: { endToken($0) > joint }) {
            subject = shared
        }
        // "X visits Egypt for talks with Y": talks the visitor holds, not the place visited.
        // (Only when the name nearest before is what that verb took.)
        if subject == nil, !passive, let shared = lastTriggerSubject, isAllowed(shared, predicate.subjectTypes),
           isWord(trigger.lowerBound - 1, x.forWord), let nearest = before.last(where: { allowed($0, predicate.subjectTypes) }),
           found[sentenceFound...].contains(where: { $0.subject == shared && $0.object == .mention(nearest) }) {
            subject = shared
        }
        // "…, where he met X": a subject pronoun right before the verb is its subject, not the
        // name before it.
        if subject == nil, let pronoun = pronounBefore(trigger.lowerBound, clause: clause),
           !before.contains(where: { endToken($0) > pronoun }) {
            if let person = pronounReferent(before: pronoun), allowed(person, predicate.subjectTypes) { subject = .mention(person) } else { return }
        }
        // "The pope later met X": the one person the article has named with that title.
        if subject == nil, predicate.subjectTypes.contains(.person) {
            // (Past a mark or an adverb and its comma: "Separately, the minister met …".)
            var p = clause.lowerBound < trigger.lowerBound && tokens[clause.lowerBound].kind == .punctuation ? clause.lowerBound + 1 : clause.lowerBound
            if p + 1 < trigger.lowerBound, tokens[p].kind == .word, isWord(p + 1, x.comma) { p += 2 }
            if !before.contains(where: { endToken($0) > p }), let end = titleReferenceEnd(at: p), end <= trigger.lowerBound,
               isVerbPhrase(end..<trigger.lowerBound) {
                // (Several people hold it: nobody can tell which one.)
                guard let (holder, _) = titledPerson(at: p, before: trigger.lowerBound) else { return }
                subject = .mention(holder)
            }
        }
        if subject == nil, let nearest = before.last(where: { allowed($0, predicate.subjectTypes) && !isAffiliationOfLater($0, before: trigger.lowerBound) && !isCounterpartState($0) }),
           mentions[nearest].type == .state, let (person, _) = officeHolder(of: nearest), allowed(person, predicate.subjectTypes),
           firstToken(person) < trigger.lowerBound {
            subject = .mention(person)      // "X, Morocco's foreign minister, said …": X, not Morocco
        }
        // "The Saudi foreign minister invited X": the office, resolved to its holder later.
        if subject == nil, predicate.subjectTypes.contains(.person),
           let nearest = before.last(where: { allowed($0, predicate.subjectTypes) && !isCounterpartState($0) }),
           let role = roleReference(nearest, clause: clause), role.end <= trigger.lowerBound,
           !before.contains(where: { mentions[$0].type == .person && firstToken($0) >= role.end }) {
            subject = role.argument
        }
        func mayBeSubject(_ m: Int) -> Bool {
            allowed(m, predicate.subjectTypes) && !isAffiliationOfLater(m, before: trigger.lowerBound)
                && !isCounterpartState(m) && !possessesUnknownName(m) && !followsModifierParticiple(m) && !isLocationOfEarlier(m)
                && !(predicate.dated && isAttackedEarlier(m, in: clause))      // (not "X bases in Y": a standing fact)
        }
        // "Mahdi al-Mashat, the head of the Supreme Political Council, met X", "X, President of
        // the UAE, received Y": the name before a description set off by commas right before
        // the verb, not a name inside it.
        if subject == nil, !passive {
            var verb = trigger.lowerBound
            while verb - 1 > clause.lowerBound, tokens[verb - 1].kind == .word, x.cues.auxiliaries.contains(word: tokens[verb - 1].hash) { verb -= 1 }
            if let head = appositionHead(before: verb, clause: clause), before.contains(head), mayBeSubject(head),
               let open = between(endToken(head), verb - 1).first(where: { isWord($0, x.comma) }), open + 1 < verb,
               tokens[open + 1].kind == .word, !x.cues.relativePronouns.contains(word: tokens[open + 1].hash),
               // (or a capitalised title: "X, President of the UAE, received Y")
               !tokens[open + 1].isCapitalized || pastTitles(open + 1) > open + 1 {
                subject = .mention(head)
            }
        }
        // "Trump lifts Syria sanctions, meets al-Sharaa": in a headline a verb after a comma
        // shares the headline's subject (not a name that qualifies a noun before the comma).
        if subject == nil, isHeadline, isWord(trigger.lowerBound - 1, x.comma), let first = before.first(where: mayBeSubject),
           let last = before.last, last != first, endToken(last) < trigger.lowerBound - 1 {
            subject = .mention(first)
        }
        // "X's spokesman said the group had targeted Y", "Houthi spokesman Z said its forces
        // struck Y": a body referred to by a noun of its kind, or the body the speaker speaks for.
        if subject == nil, !passive, predicate.subjectTypes.contains(.group), let body = referredBody(before: trigger.lowerBound, clause: clause) {
            subject = .mention(body)
        }
        // "X summoned the ambassador, Y, and condemned Z": a verb joined by "and" to the verb
        // right after the clause's first name shares that name as subject, not the object between.
        if subject == nil, !passive, isWord(trigger.lowerBound - 1, x.and), let first = before.first(where: mayBeSubject),
           firstToken(first) - clause.lowerBound <= 3, isPastVerb(endToken(first)), !isWord(endToken(first) + 1, x.by),
           let nearest = before.last(where: mayBeSubject), nearest != first, firstToken(nearest) > endToken(first) {
            subject = .mention(first)
        }
        // (A headline joins its verbs by a comma: "X phones Y, slams Z".)
        if subject == nil, !passive, isHeadline, isWord(trigger.lowerBound - 1, x.comma), let first = before.first(where: mayBeSubject),
           firstToken(first) == clause.lowerBound, match(at: endToken(first)) != nil,
           let nearest = before.last(where: mayBeSubject), nearest != first, firstToken(nearest) > endToken(first) {
            subject = .mention(first)
        }
        // (Not the object of a preposition when a name before it may be the subject: "X
        // returned to the White House for talks with Y".)
        if subject == nil, let nearest = before.last(where: { mayBeSubject($0) && !followsPlacePreposition($0) }) ?? before.last(where: mayBeSubject) {
            // An attack needs its agent linked by a verb: "X launched strikes", "X struck".
            if predicate.frame != .attack || linkedByVerb(from: asideEnd ?? endToken(nearest), to: trigger) {
                subject = .mention(nearest)
            } else if asideEnd == nil, isWord(trigger.upperBound, x.on) || isWord(trigger.upperBound, x.against),
                      let first = before.first(where: mayBeSubject), first != nearest,
                      firstToken(first) - clause.lowerBound <= 3, linkedByVerb(from: endToken(first), to: trigger) {
                // "Israel killed a Hezbollah commander in a strike on Beirut": the clause's subject,
                // whose verb leads to the attack, rather than a name inside its object.
                subject = .mention(first)
            }
        }
        if subject == nil, startsWithPronoun(clause), let person = previousSentencePerson ?? previousPersonSubject, allowed(person, predicate.subjectTypes) {
            subject = .mention(person)
        }
        // ("Jihadists attack X, Mali army says": not when a word before the trigger may be its subject.)
        if subject == nil, trigger.lowerBound - clause.lowerBound <= 4, opensFrontedPhrase(clause, before: trigger.lowerBound),
           let fronted = frontedSubject(predicate, after: objects.map(\.end).max() ?? trigger.upperBound) {
            subject = .mention(fronted)     // "In a call with X, Y said …"
        }
        if subject == nil, predicate.symmetric, before.isEmpty, let person = previousPersonSubject,
           !between(clause.lowerBound + 1, trigger.lowerBound).contains(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized }) {
            subject = .mention(person)     // "The statement came during a call with X": the article's speaker
        }
        guard var subject else {
            if predicate.frame == .attack {
                agentlessObjects = objects.map(\.argument)
                // (Only a verb told of someone unnamed, "gunmen attacked": "Monday's strike, which
                // killed …" tells again an attack whose agent may be known. "came under attack" is
                // read at the start of `arguments`.)
                if isPastVerb(trigger.lowerBound), !isPossessive(trigger.lowerBound - 1), !isArticle(trigger.lowerBound - 1) {
                    agentlessAttackRead = (stem(of: trigger.upperBound - 1), sentence)
                }
            }
            return
        }
        // "The Russian Defense Ministry said its forces captured X": a civilian body's attack is
        // its state's (a military command's stays its own).
        if predicate.frame == .attack, case let .mention(index) = subject, mentions[index].type == .group,
           let span = mentions[index].affiliation, let state = mentionIndex(at: span), mentions[state].type == .state,
           hasWord(of: x.cues.civilianBodyHeads, in: mentions[index]) {
            subject = .mention(state)
        }
        if objects.isEmpty {
            objectlessAttacker = subject
            return
        }
        if case let .mention(index) = subject, mentions[index].type == .person { lastPersonSubject = index }
        // "Ukrainian Foreign Minister X denounced the attacks" after Russian and Ukrainian
        // strikes: the latest attack by another side than the speaker's, else none.
        if attackerReferredTo, case let .mention(speaker) = subject, case let .mention(agent) = objects[0].argument, isOwnSide(speaker, agent) {
            let earlier = attacksRead.reversed().map(\.agent) + (reader?.attacks.reversed().map(\.agent) ?? [])
            guard let other = earlier.first(where: { if case let .mention(a) = $0 { return !isOwnSide(speaker, a) } else { return false } }) else { return }
            objects = [(other, objects[0].end)]
        }
        // "Britain and the United States launched strikes", "The UAE, Egypt and Jordan
        // condemned …": every member of the list before the verb is a subject.
        var subjects = [subject]
        if case let .mention(index) = subject, !predicate.symmetric || !objects.isEmpty {
            var current = index
            // (A state and a body may share a verb: "The African Union and the United States condemned …".)
            func actor(_ type: EntityType) -> Bool { type == .state || type == .group }
            // ("The United States, Britain and the European Union condemned …": states and bodies
            // mixed anywhere in the list.)
            while let other = before.last(where: { firstToken($0) < firstToken(current) && (mentions[$0].type == mentions[current].type
                      || actor(mentions[$0].type) && actor(mentions[current].type)) }),
                  endToken(other) <= firstToken(current), allowed(other, predicate.subjectTypes) {
                let gap = between(endToken(other), firstToken(current))
                // ("A, French President B and C": a comma, then the next member's titles.)
                let listed = subjects.count == 1 ? isJoinedByAnd(other, current)
                    : gap.count >= 1 && tokens[gap.lowerBound].hash == x.comma && isTitleGap(gap.dropFirst())
                guard listed else { break }
                subjects.append(.mention(other))
                current = other
            }
        }
        // "X traveled to Kyiv on Saturday together with A, B and C": they did it too.
        if case let .mention(index) = subject, mentions[index].type == .person, let last = objects.map(\.end).max() {
            for companion in companions(after: last, clause: clause) where allowed(companion, predicate.subjectTypes)
                && !subjects.contains(.mention(companion)) && !objects.contains(where: { $0.argument == .mention(companion) }) {
                subjects.append(.mention(companion))
            }
        }
        for s in subjects {
            for object in objects where object.argument != s { pairs.append((s, object.argument)) }
        }
        // "X received Y …, and the two leaders agreed": the parties of a meeting (of two: "X
        // met Y and Z" names no pair for "the two leaders" later).
        // (Not of an aside: "X, who arrived after a stay in Singapore, where he met Y," is no pair
        // for "the two Ministers" of the talks the article is about.)
        if predicate.symmetric || predicate.meeting, pairs.count == 1, let pair = pairs.first, !isInRelativeClause(trigger.lowerBound) {
            lastParties = pair
        }
        // ("X held a trilateral summit with A and B": a group of three, for "the three leaders".)
        if predicate.symmetric || predicate.meeting, pairs.count >= 2, pairs.allSatisfy({ $0.0 == pairs[0].0 }), !isInRelativeClause(trigger.lowerBound) {
            lastGroup = [pairs[0].0] + pairs.map(\.1)
        }
    }

    /// "The three leaders agreed": the parties of the last meeting of that many, told in this
    /// sentence or the two before, when a count word (``RelationCues/groupCounts``) and a
    /// plural come before the trigger.
    func countedGroup(before trigger: Int, clause: Range<Int>) -> [RelationMention.Argument]? {
        guard let count = between(max(clause.lowerBound, trigger - 4), trigger).lazy.compactMap({ k -> Int? in
                  guard self.tokens[k].kind == .word, k + 1 < trigger, self.tokens[k + 1].kind == .word,
                        self.x.cues.plurals.contains(word: self.tokens[k + 1].hash) else { return nil }
                  return self.x.groupCounts[self.tokens[k].hash]
              }).first else { return nil }
        if let group = lastGroup, group.count == count { return group }
        // (From an earlier sentence, with the day of that meeting.)
        if let group = reader?.lastGroup, sentence - group.sentence <= 2, group.members.count == count {
            partiesReferredBack = true
            referredDate = group.when
            return group.members
        }
        return nil
    }

    /// The state a person named in the article is an official of: the state named with them
    /// ("Iranian President X"), else the latest office the article gave them.
    func stateServed(by party: RelationMention.Argument) -> RelationMention.Argument? {
        guard case let .mention(p) = party, mentions[p].type == .person else { return nil }
        if let span = mentions[p].affiliation, let state = mentionIndex(at: span), mentions[state].type == .state { return .mention(state) }
        guard let officialOf = x.officialOf else { return nil }
        for r in found.reversed() where r.predicate == officialOf.name {
            guard case let .mention(s) = r.subject, mentions[s].namesSame(as: mentions[p], surname: true), case let .mention(o) = r.object else { continue }
            return mentions[o].type == .state ? r.object : nil
        }
        return nil
    }

    /// Whether two arguments are mentions of the same name (``Mention/namesSameOrHint(_:)``).
    func sameName(_ a: RelationMention.Argument, _ b: RelationMention.Argument) -> Bool {
        guard case let .mention(i) = a, case let .mention(j) = b else { return a == b }
        return mentions[i].namesSameOrHint(mentions[j])
    }

    /// The group the sentence's last trigger had for its subject, for a verb joined to it by
    /// "and" with no name between ("… held talks with X and then spoke with Y").
    func joinedGroupSubject(before trigger: Int, clause: Range<Int>, names: ArraySlice<Int>) -> [RelationMention.Argument]? {
        guard let group = groupSubject, let joint = between(clause.lowerBound, trigger).last(where: { isWord($0, x.and) }),
              trigger - joint <= 3, !names.contains(where: { endToken($0) > joint }) else { return nil }
        return group
    }

    /// Whether `agent` is the speaker, or the state or body the speaker is an official of
    /// by their title ("Ukrainian Foreign Minister X" and "Kyiv's forces").
    func isOwnSide(_ speaker: Int, _ agent: Int) -> Bool {
        if mentions[speaker].namesSameOrHint(mentions[agent]) { return true }
        guard let span = mentions[speaker].affiliation, let side = mentionIndex(at: span) else { return false }
        return mentions[side].namesSameOrHint(mentions[agent])
    }

    /// Whether the mention is what an attack told earlier in the clause struck: "Israel struck
    /// Beirut's suburbs … since a ceasefire with X" (Beirut made no ceasefire), the subject of
    /// no later event of the clause.
    func isAttackedEarlier(_ mention: Int, in clause: Range<Int>) -> Bool {
        found[sentenceFound...].contains { r in
            guard r.object == .mention(mention), x.predicateRules.contains(where: { $0.name == r.predicate && $0.frame == .attack }),
                  case let .mention(s) = r.subject else { return false }
            return clause.contains(firstToken(s))
        }
    }

    /// "Hezbollah in Lebanon", "the Ansarullah movement in Yemen": a state or place after
    /// "in" or "from" that says where the body or person named right before it is.
    func isLocationOfEarlier(_ mention: Int) -> Bool {
        guard mentions[mention].type == .state || mentions[mention].type == .place else { return false }
        let preposition = firstToken(mention) - 1
        guard isWord(preposition, x.inWord) || isWord(preposition, x.from) else { return false }
        var end = preposition
        // (Past a lower-case noun after the name: "movement", "fighters".)
        if end - 1 > range.lowerBound, tokens[end - 1].kind == .word, !tokens[end - 1].isCapitalized { end -= 1 }
        return inSentence.contains { endToken($0) == end && $0 != mention && (mentions[$0].type == .group || mentions[$0].type == .person) }
    }

    /// Whether a preposition of place (past "the") comes right before a mention ("to the
    /// White House"; not "led by X", whose X acts).
    func followsPlacePreposition(_ mention: Int) -> Bool {
        var i = firstToken(mention) - 1
        if isWord(i, x.the) { i -= 1 }
        return i >= range.lowerBound && tokens[i].kind == .word && !tokens[i].isCapitalized && x.lexicon.locativePrepositions.contains(word: tokens[i].hash)
    }

    /// Whether a mention lies inside a longer name that may fill the side instead ("Pakistani"
    /// in "the Pakistani Taliban": the group is the object, not the state). A state's own body
    /// ("the Chinese Embassy", "the Russian army") leaves the state its place: the state acts
    /// through it, as elsewhere.
    func isInsideName(_ mention: Int, allowing types: EntityTypes) -> Bool {
        let span = mentions[mention].span
        return inSentence.contains { other in
            other != mention && mentions[other].span.start <= span.start && mentions[other].span.end >= span.end
                && mentions[other].span != span && allowed(other, types)
                && !(mentions[mention].type == .state && isStateBody(mentions[other]))
        }
    }

    /// Whether a mention opens the attribution after a comma (", the Colombian presidency
    /// said", ", Turkey's foreign ministry said"): the source of the report, not a party.
    func isAttribution(_ mention: Int) -> Bool {
        var i = firstToken(mention) - 1
        if isWord(i, x.the) { i -= 1 }
        guard isWord(i, x.comma) else { return false }
        var k = endToken(mention)
        if isPossessive(k) { k += 1 }
        while k < range.upperBound, k - endToken(mention) <= 3, tokens[k].kind == .word, !tokens[k].isCapitalized,
              !x.cues.reportingVerbs.contains(word: tokens[k].hash) { k += 1 }
        return k < range.upperBound && tokens[k].kind == .word && x.cues.reportingVerbs.contains(word: tokens[k].hash)
    }

    /// The end of a place phrase at token `i` ("at the palace on Wednesday", "in Doha, with"):
    /// a preposition of ``RelationCues/wherePrepositions``, up to five words, then a date
    /// after "on", a comma or "with", and a person or state (past titles) after them.
    func wherePhraseEnd(at i: Int, clause: Range<Int>) -> Int? {
        guard i < clause.upperBound, tokens[i].kind == .word, x.cues.wherePrepositions.contains(word: tokens[i].hash) else { return nil }
        var k = i + 1
        while k < clause.upperBound, k - i <= 6, tokens[k].kind == .word, !isWord(k, x.with),
              !isOnDate(k) { k += 1 }
        guard k > i + 1, k < clause.upperBound, k - i <= 6 else { return nil }
        k = pastOnDate(k, clause: clause)
        if isWord(k, x.comma) { k += 1 }
        var name = k
        if isWord(name, x.with) { name += 1 }
        guard let next = inSentence.first(where: { firstToken($0) >= name && firstToken($0) - name <= 6 && (mentions[$0].type == .person || mentions[$0].type == .state) }),
              between(name, firstToken(next)).allSatisfy({ isTitleGap($0..<($0 + 1)) || isWord($0, x.of) }) else { return nil }
        return k
    }

    /// "A and B", "A and the B", "A and Rwandan President B": two mentions joined by "and".
    func isJoinedByAnd(_ a: Int, _ b: Int) -> Bool {
        let gap = between(endToken(a), firstToken(b))
        guard !gap.isEmpty, tokens[gap.lowerBound].hash == x.and else { return false }
        return isTitleGap(gap.dropFirst())      // "and B", "and the B", "and Rwandan Foreign Minister B"
    }

    /// Whether the tokens before a name are only its titles: "the", titles and their
    /// modifiers, capitalised title words, names (a demonym) and possessives.
    /// The person `first` and those listed after it, each joined by a comma or "and" and
    /// perhaps titles: "A, Field Marshal B and Interior Minister C".
    func listedPeople(from first: Int) -> [Int] {
        var list = [first]
        var current = first
        while let next = inSentence.first(where: { firstToken($0) >= endToken(current) && mentions[$0].type == .person }) {
            let gap = endToken(current)
            guard isWord(gap, x.comma) || isWord(gap, x.and) else { break }
            let start = isWord(gap, x.comma) && isWord(gap + 1, x.and) ? gap + 2 : gap + 1
            guard start <= firstToken(next), isTitleGap(between(start, firstToken(next))) else { break }
            list.append(next)
            current = next
        }
        return list
    }

    func isTitleGap(_ gap: Range<Int>) -> Bool {
        // (An acronym in parentheses after a body's name: "Agency (IAEA) Director General".)
        gap.allSatisfy { isInMention($0) || isPossessive($0) || tokens[$0].hash == x.the
            || isParenthesis($0) && (isInMention($0 - 1) || isInMention($0 + 1))
            || x.lexicon.titles.contains(word: tokens[$0].hash) || x.lexicon.titleModifiers.contains(word: tokens[$0].hash)
            || x.lexicon.honorifics.contains(word: tokens[$0].hash)
            || tokens[$0].isCapitalized && (x.lexicon.titleWords.contains(word: tokens[$0].hash) || x.lexicon.titlePlurals.contains(word: tokens[$0].hash)) }
    }

    /// A determiner, a possessive, lower-case words that end in a title, perhaps a comma, then
    /// capitalised words of no name: what stands before a list member's name in "and junta
    /// leader Y", "and the coup leader, General Y", "and the Taliban's acting prime minister, Y"
    /// (not "and praised Y": no title).
    func isLowercaseTitleGap(_ gap: Range<Int>) -> Bool {
        var i = gap.lowerBound
        if i < gap.upperBound, tokens[i].hash == x.the || x.his.contains(word: tokens[i].hash) { i += 1 }
        // ("and the Taliban's acting prime minister, Y": a state's or body's possessive.)
        if let owner = inSentence.first(where: { firstToken($0) == i && (mentions[$0].type == .state || mentions[$0].type == .group) }),
           endToken(owner) < gap.upperBound, isPossessive(endToken(owner)) { i = endToken(owner) + 1 }
        var titled = false
        while i < gap.upperBound, tokens[i].kind == .word, !tokens[i].isCapitalized {
            titled = x.lexicon.titles.contains(word: tokens[i].hash)
            i += 1
        }
        guard titled else { return false }
        if i < gap.upperBound, tokens[i].hash == x.comma { i += 1 }
        return between(i, gap.upperBound).allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized && !isInMention($0) }
    }

    /// A state named as the home of a counterpart ("his Iranian counterpart"): not an agent.
    func isCounterpartState(_ mention: Int) -> Bool {
        let next = endToken(mention)
        return next < range.upperBound && tokens[next].kind == .word && x.cues.counterpartWords.contains(word: tokens[next].hash)
    }

    /// Whether an agent verb or an attack verb links the subject to the trigger
    /// ("Pakistan conducted air strikes", "Iran struck", "prompting Pakistan to retaliate with strikes").
    func linkedByVerb(from start: Int, to trigger: Range<Int>) -> Bool {
        // ("Fighters of X (ISWAP) stormed": from past the acronym's parenthesis.)
        let start = isWord(start, x.closeParenthesis) ? start + 1 : start
        // "Ukraine's military said its drones struck …": a state's forces or body reporting what
        // its forces did.
        // (A date may follow the verb: "said on Saturday its forces had struck", "said on
        // Wednesday it had struck".)
        if let pronoun = between(start, trigger.lowerBound).last(where: { tokens[$0].hash == x.its || tokens[$0].hash == x.their
               || tokens[$0].hash == x.itWord || tokens[$0].hash == x.they }),
           case let verb = datePhraseStart(endingAt: pronoun, after: start) - 1,
           verb >= start, tokens[verb].kind == .word, x.cues.reportingVerbs.contains(word: tokens[verb].hash),
           verb - start <= 4,
           between(pronoun + 1, trigger.lowerBound).allSatisfy({ tokens[$0].kind == .word
               && (x.cues.forceNouns.contains(word: tokens[$0].hash) || x.cues.auxiliaries.contains(word: tokens[$0].hash)) }),
           between(start, verb).allSatisfy({ isPossessive($0) || isInMention($0) || tokens[$0].kind == .punctuation && isParenthesis($0)
               || tokens[$0].kind == .word && !tokens[$0].isCapitalized
               && (x.cues.stateBodyHeads.contains(word: tokens[$0].hash) || x.cues.forceNouns.contains(word: tokens[$0].hash)) }) {
            return true
        }
        if trigger.count == 1, x.cues.eventVerbs.contains(word: tokens[trigger.lowerBound].hash),
           WordHash.word(text(trigger).lowercased()) == tokens[trigger.lowerBound].hash, text(trigger).hasSuffix("ed") || text(trigger) == "struck" || text(trigger) == "hit" {
            // ("X launched an operation and struck Y": joined by "and" to the agent's verb.)
            // ("X annexed Y in 2014 and attacked Z": the agent's own past verb, then "and".)
            return wordCount(start..<trigger.lowerBound) <= 3
                || isWord(trigger.lowerBound - 1, x.and) && (hasAgentVerb(between(start, trigger.lowerBound - 1)) || start < trigger.lowerBound - 1 && isPastVerb(start))
        }
        // ("X, which controls Y, has launched missiles at Z": the trigger's verb right after the agent.)
        let gap = between(start, trigger.lowerBound)
        if hasAgentVerb(gap) || gap.allSatisfy({ tokens[$0].kind == .word && x.cues.auxiliaries.contains(word: tokens[$0].hash) }) { return true }
        // ("M23 rebels backed by Rwanda captured": the agent's forces and what describes them.)
        return gap.allSatisfy { isInMention($0) || tokens[$0].kind == .word && (x.cues.auxiliaries.contains(word: tokens[$0].hash)
            || x.cues.forceNouns.contains(word: tokens[$0].hash) || x.cues.modifierParticiples.contains(word: tokens[$0].hash) || tokens[$0].hash == x.by) }
    }

    /// Where a date phrase ("on Saturday", "on May 10") ending right before token `end`
    /// starts (after `start`), else `end`.
    func datePhraseStart(endingAt end: Int, after start: Int) -> Int {
        for on in stride(from: end - 2, through: max(start + 1, end - 3), by: -1) where isOnDate(on) {
            return on
        }
        // ("said Friday it had …": a one-word date without "on".)
        if end - 1 > start, startsDate(end - 1) { return end - 1 }
        return end
    }

    /// Whether a name only describes another: right after "backed by", "linked to", "allied
    /// with" (a participle of the cues' `modifierParticiples` and a preposition), or joined
    /// to such a participle by a hyphen ("the Al-Qaeda-linked group", "a Russia-aligned
    /// militia"). It is not the verb's subject.
    func followsModifierParticiple(_ mention: Int) -> Bool {
        let first = firstToken(mention)
        if first - 2 >= range.lowerBound, x.modifierPrepositions.contains(word: tokens[first - 1].hash),
           x.cues.modifierParticiples.contains(word: tokens[first - 2].hash) { return true }
        // (So does a name joined by "and" to such a name: "linked to al-Qaeda and the Islamic State group".)
        if let partner = inSentence.last(where: { endToken($0) < first }), partner != mention, isJoinedByAnd(partner, mention),
           followsModifierParticiple(partner) { return true }
        // The rest of the name's last token: "-linked".
        let last = endToken(mention) - 1, end = mentions[mention].span.end
        guard last >= first, last < tokens.count, tokens[last].span.end > end + 1, bytes[end] == UInt8(ascii: "-") else { return false }
        let rest = (end + 1)..<tokens[last].span.end
        return !rest.contains { bytes[$0] == UInt8(ascii: "-") }
            && x.cues.modifierParticiples.contains(word: WordHash.word(bytes, rest))
    }

    /// Whether a name is the first part of a compound modifier ("Iran-backed Hezbollah", "a
    /// U.S.-led center", "the Houthi-held port"): joined by a hyphen to a lower-case word,
    /// it describes what follows and is not itself a verb's object.
    func isCompoundModifier(_ mention: Int) -> Bool {
        let end = mentions[mention].span.end
        return end + 1 < bytes.count && bytes[end] == UInt8(ascii: "-") && bytes[end + 1] &- UInt8(ascii: "a") < 26
    }

    /// Whether the tokens hold a verb that makes its subject an agent ("launched", "carried").
    func hasAgentVerb(_ span: Range<Int>) -> Bool {
        // (Not a passive: "five of its members were killed in the strike"; nor a headline's
        // participle: "Police officer killed in attack by gunmen".)
        span.contains { tokens[$0].kind == .word && x.cues.agentVerbs.contains(word: tokens[$0].hash)
            && !($0 > span.lowerBound && x.passiveAuxiliaries.contains(word: tokens[$0 - 1].hash))
            && !($0 + 1 < span.upperBound && isWord($0 + 1, x.inWord)) }
    }

    /// Tokens of `range`, counting a word joined by hyphens ("F-16") as one.
    func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        for i in range {
            let glued = i > range.lowerBound && tokens[i].span.start == tokens[i - 1].span.end
                && (isHyphen(i) || isHyphen(i - 1))
            if !glued { count += 1 }
        }
        return count
    }

    func isParenthesis(_ i: Int) -> Bool { tokens[i].hash == x.openParenthesis || tokens[i].hash == x.closeParenthesis }

    /// A mark around words that leaves them in the phrase, such as a quotation mark: any
    /// punctuation but a comma or a parenthesis ('code-named "Y"', 'the "cowardly attack"').
    func isQuoteMark(_ i: Int) -> Bool { tokens[i].kind == .punctuation && !isWord(i, x.comma) && !isParenthesis(i) }

    /// A quotation mark proper: straight or curly, single or double.
    func isQuotationMark(_ i: Int) -> Bool {
        guard i < range.upperBound, tokens[i].kind == .punctuation else { return false }
        let start = tokens[i].span.start, first = bytes[start]
        if first == 0x22 || first == 0x27 { return true }
        // (“ ” ‘ ’: E2 80 9C, 9D, 98, 99.)
        return first == 0xE2 && start + 2 < bytes.count && bytes[start + 1] == 0x80 && (0x98...0x9D).contains(bytes[start + 2])
    }

    func isHyphen(_ i: Int) -> Bool { tokens[i].kind == .punctuation && tokens[i].hash == x.hyphen }

    /// The agent named right after "by" at `by` (past "a" or "the"): a person or state the
    /// predicate allows, or an office named by state and title ("by a South Korean leader").
    func byAgent(after by: Int, _ predicate: RelationRules.PredicateRule, clause: Range<Int>) -> RelationMention.Argument? {
        var start = by + 1
        if isWord(start, x.a) || isWord(start, x.an) || isWord(start, x.the) { start += 1 }
        guard let agent = inSentence.first(where: { firstToken($0) == start }), endToken(agent) <= clause.upperBound else { return nil }
        if predicate.subjectTypes.contains(.person), let office = roleReference(agent, clause: clause) { return office.argument }
        return allowed(agent, predicate.subjectTypes) ? .mention(agent) : nil
    }

    /// "Pakistan's caretaker Foreign Affairs Minister", "the Iranian Foreign Minister":
    /// an office named by state and title with no name after it.
    func roleReference(_ state: Int, clause: Range<Int>) -> (argument: RelationMention.Argument, end: Int)? {
        // (A body's officer too: "NATO chief meets X" is about NATO's chief, not NATO.)
        guard mentions[state].type == .state || mentions[state].type == .group && !mentions[state].tentative else { return nil }
        var i = endToken(state)
        if isPossessive(i) { i += 1 }
        guard let end = lowercaseTitle(at: i) else { return nil }
        return (.role(state: state, title: text(i..<end), counterpartOf: nil), end)
    }

    /// Only adjectives, a possessive mark or hyphenated modifiers between a mention and a
    /// trigger ("Pakistan's retaliatory", "Iranian").
    func onlyModifiers(from start: Int, to end: Int) -> Bool {
        guard end - start <= 4, start <= end else { return false }
        for i in start..<end {
            if isPossessive(i) { continue }
            guard tokens[i].kind == .word, !tokens[i].isCapitalized, !x.cues.objectPrepositions.contains(word: tokens[i].hash),
                  !x.cues.agentVerbs.contains(word: tokens[i].hash), tokens[i].hash != x.the else { return false }
        }
        return true
    }

    /// Object arguments after the trigger: an apposition or named counterpart, an office
    /// without a name, else the first allowed mention (for attacks, also one after "targeting").
    func objectArguments(_ predicate: RelationRules.PredicateRule, from start: Int, clause: Range<Int>, subject: Int?)
        -> [(argument: RelationMention.Argument, end: Int)] {
        // ("the Houthi attacks and the Israeli strikes": no object starts with "and".)
        if isWord(start, x.and) { return [] }
        // "received at the Amiri Diwan on Wednesday President X", "met in Doha on Monday with
        // X": a place phrase right after the verb says where, not whom (of a verb that takes no place).
        if !predicate.objectTypes.contains(.place), let after = wherePhraseEnd(at: start, clause: clause) {
            return objectArguments(predicate, from: after, clause: clause, subject: subject)
        }
        // ("received on Monday his Iranian counterpart X": past the date right after the verb,
        // when no preposition follows it: not "met on Tuesday at Russia's request".)
        if isOnDate(start), predicate.frame != .attack {
            let after = pastOnDate(start, clause: clause)
            if after < clause.upperBound, tokens[after].kind == .word, !x.prepositions.contains(word: tokens[after].hash) {
                return objectArguments(predicate, from: after, clause: clause, subject: subject)
            }
        }
        // Past prepositions (to `afterPrepositions`), then determiners and "both" ("condemned
        // both the X attacks and the Y strikes": "both" before a list).
        var i = start
        while i < clause.upperBound, tokens[i].kind == .word, !tokens[i].isCapitalized,
              x.cues.objectPrepositions.contains(word: tokens[i].hash) || tokens[i].hash == x.with || tokens[i].hash == x.to { i += 1 }
        let afterPrepositions = i
        while i < clause.upperBound, tokens[i].kind == .word, !tokens[i].isCapitalized,
              x.cues.objectPrepositions.contains(word: tokens[i].hash) || tokens[i].hash == x.with || tokens[i].hash == x.to
                || tokens[i].hash == x.the || x.his.contains(word: tokens[i].hash)
                || tokens[i].hash == x.both && (isWord(i + 1, x.the) || i + 1 < clause.upperBound && tokens[i + 1].isCapitalized) { i += 1 }
        // "King Abdullah II received him": the person named before the subject in the
        // sentence, else the article's last person subject. ("her" only where it cannot be
        // a possessive: before punctuation, a preposition or the end.)
        if predicate.objectTypes.contains(.person), start < clause.upperBound, tokens[start].kind == .word,
           x.cues.objectPronouns.contains(word: tokens[start].hash),
           start + 1 >= clause.upperBound || tokens[start + 1].kind != .word || x.cues.objectPrepositions.contains(word: tokens[start + 1].hash) {
            // (Not a name used as a modifier: "the Chancay megaport".)
            let people = inSentence.filter { firstToken($0) < start && mentions[$0].type == .person && !isAttributive($0) }
            guard let referent = people.count >= 2 ? people[people.count - 2] : lastPersonSubject ?? previousPersonSubject ?? previousSentencePerson,
                  people.last != referent else { return [] }
            return [(.mention(referent), start + 1)]
        }
        // The preposition that brings the object in, at the trigger's end or after it ("spoke
        // with", "met on Monday with"), which a list may repeat ("with X and with Y").
        let introducing: UInt64? = afterPrepositions > start ? tokens[afterPrepositions - 1].hash
            : start - 1 >= range.lowerBound && tokens[start - 1].kind == .word
                && (x.cues.objectPrepositions.contains(word: tokens[start - 1].hash) || tokens[start - 1].hash == x.with || tokens[start - 1].hash == x.to)
                ? tokens[start - 1].hash : nil
        // "Y invited the pope": the one person the article has named with that title (and a
        // person joined to it by "and": "spoke with the emir and with X").
        if predicate.objectTypes.contains(.person), let (holder, end) = titledPerson(at: afterPrepositions, before: start), subject != holder {
            var next = end + 1
            if isWord(end, x.and), next < clause.upperBound, tokens[next].kind == .word, tokens[next].hash == introducing { next += 1 }
            if isWord(end, x.and), let person = personAfterTitles(from: next, within: 6), person != subject, person != holder,
               endToken(person) <= clause.upperBound {
                return [(.mention(holder), end), (.mention(person), endToken(person))]
            }
            return [(.mention(holder), end)]
        }
        // "X, which mediates between A and B, invited both sides": the two named after "between"
        // earlier in the sentence (none if the predicate takes neither), not an earlier pair.
        if let end = pairReferenceEnd(at: i, clause: clause), let (a, b) = pairAfterBetween(before: start) {
            return [a, b].filter { allowed($0, predicate.objectTypes) }.map { (.mention($0), end) }
        }
        // "met both ministers", "hosted the two leaders", "hosted them": the last two parties
        // of a conversation or meeting, when the subject is neither.
        if predicate.objectTypes.contains(.person), let end = pairReferenceEnd(at: i, clause: clause),
           var (a, b) = lastParties ?? previousParties, subject.map({ RelationMention.Argument.mention($0) }).map({ $0 != a && $0 != b }) ?? true {
            // ("spoken with both leaders" after "A and B agreed": the states' officials named.)
            if tokens[end - 1].kind == .word, x.lexicon.titlePlurals.contains(word: tokens[end - 1].hash),
               let officialA = officialNamed(for: a), let officialB = officialNamed(for: b), officialA != officialB {
                (a, b) = (officialA, officialB)
            }
            return [(a, end), (b, end)]
        }
        // "arrived here": the place of the article's dateline.
        if start > range.lowerBound, tokens[start - 1].hash == x.here, predicate.objectTypes.contains(.place),
           let place = datelinePlace {
            return [(.mention(place), start)]
        }
        let candidates = mentions(in: between(start, clause.upperBound)).lazy.filter {
            $0 != subject && !self.isAttribution($0) && !self.isInsideName($0, allowing: predicate.objectTypes)
                && !self.isCompoundModifier($0)
        }
        // "his counterpart from Tanzania, Samia Suluhu Hassan": the state after the counterpart.
        if i + 2 < clause.upperBound, tokens[i].kind == .word, x.cues.counterpartWords.contains(word: tokens[i].hash),
           tokens[i + 1].hash == x.from || tokens[i + 1].hash == x.of,
           let state = candidates.first(where: { firstToken($0) == i + 2 && mentions[$0].type == .state }) {
            return [counterpart(of: state, namedFrom: endToken(state), predicate, clause: clause, candidates: candidates)]
        }
        // "his counterpart, Saudi Foreign Minister Faisal bin Farhan": the person after the comma.
        if i + 2 < clause.upperBound, tokens[i].kind == .word, x.cues.counterpartWords.contains(word: tokens[i].hash), isWord(i + 1, x.comma),
           let person = personAfterTitles(from: i + 2, within: 6), candidates.contains(person), allowed(person, predicate.objectTypes) {
            return [(.mention(person), endToken(person))]
        }
        // "his Iranian counterpart[, Name,]"
        // (A state whose lower-case title names the person after it: "met with U.S. special
        // envoy X" is a meeting with X, as "the Brazilian president X" is.)
        var titleOfHolder: Int?
        // (Whether a person's name follows an office that ends at `titleEnd`, past its posting.)
        func namesHolder(after titleEnd: Int) -> Bool {
            candidates.contains { mentions[$0].type == .person && firstToken($0) == holderStart(afterOffice: pastPosting(titleEnd)) }
        }
        if let state = candidates.first, firstToken(state) == i, mentions[state].type == .state {
            let afterState = endToken(state)
            if afterState < clause.upperBound, tokens[afterState].kind == .word, x.cues.counterpartWords.contains(word: tokens[afterState].hash) {
                return [counterpart(of: state, namedFrom: afterState + 1, predicate, clause: clause, candidates: candidates)]
            }
            // "his Thai and Cambodian counterparts": the office in each state (", A and B": those two).
            if isWord(afterState, x.and), let second = candidates.first(where: { firstToken($0) == afterState + 1 }),
               mentions[second].type == .state, endToken(second) < clause.upperBound, tokens[endToken(second)].kind == .word,
               x.cues.counterpartWords.contains(word: tokens[endToken(second)].hash) {
                if let (a, b) = apposedPair(after: endToken(second) + 1, clause: clause), allowed(a, predicate.objectTypes), allowed(b, predicate.objectTypes) {
                    return [(.mention(a), endToken(a)), (.mention(b), endToken(b))]
                }
                return [(.role(state: state, title: nil, counterpartOf: nil), afterState),
                        (.role(state: second, title: nil, counterpartOf: nil), endToken(second) + 1)]
            }
            // "Iran's foreign minister" without a name (a name may follow more titles:
            // "Saudi Arabia's Foreign Minister Prince X").
            // So is "the Brazilian president": a demonym and a lower-case title.
            let titleStart = isPossessive(afterState) ? afterState + 1
                : mentions[state].canonicalHint != nil && afterState < clause.upperBound
                    && (!tokens[afterState].isCapitalized || tokens[afterState].isAllCaps) ? afterState : nil     // ("the Singaporean PM")
            if let titleStart, let titleEnd = lowercaseTitle(at: titleStart), predicate.objectTypes.contains(.person) {
                guard namesHolder(after: titleEnd) else {
                    return [(.role(state: state, title: text(titleStart..<titleEnd), counterpartOf: nil), titleEnd)]
                }
                titleOfHolder = state
            }
        }
        // "meets IAEA chief", "met the NATO chief": a body's officer named by a lower-case title
        // alone is the holder of that office (left for resolution), not the body.
        if let body = candidates.first, firstToken(body) == i, mentions[body].type == .group, predicate.objectTypes.contains(.person) {
            let titleStart = isPossessive(endToken(body)) ? endToken(body) + 1 : endToken(body)
            if let titleEnd = lowercaseTitle(at: titleStart), !namesHolder(after: titleEnd) {
                return [(.role(state: body, title: text(titleStart..<titleEnd), counterpartOf: nil), titleEnd)]
            }
        }
        // (Whether one of `prepositions`, past "the", comes right before mention `m`.)
        func follows(_ prepositions: PhraseSet, _ m: Int) -> Bool {
            let before = isWord(firstToken(m) - 1, x.the) ? firstToken(m) - 2 : firstToken(m) - 1
            return before >= start && tokens[before].kind == .word && prepositions.contains(word: tokens[before].hash)
        }
        // ("signed an agreement in Egypt", "held talks in Islamabad with X": where the parties
        // met or agreed is none of them.)
        func isSite(_ m: Int) -> Bool { follows(x.cues.sitePrepositions, m) }
        // "hosted a dozen foreign leaders in Kyiv, including A, B and C": the people the list names.
        if predicate.objectTypes.contains(.person),
           let person = candidates.first(where: { mentions[$0].type == .person && allowed($0, predicate.objectTypes) }),
           let including = between(i, firstToken(person)).last(where: { isWord($0, x.including) }), isWord(including - 1, x.comma),
           isTitleGap(between(including + 1, firstToken(person))),
           between(i, including).contains(where: { tokens[$0].kind == .word && (x.cues.plurals.contains(word: tokens[$0].hash)
               || x.lexicon.titlePlurals.contains(word: tokens[$0].hash)) }) {
            return listedPeople(from: person).map { (.mention($0), endToken($0)) }
        }
        // ("an attack from X on Y": X is where it came from, Y its target.)
        guard let first = candidates.first(where: { allowed($0, predicate.objectTypes) && $0 != titleOfHolder && !(predicate.symmetric && isSite($0))
            && !(predicate.frame == .attack && follows(x.cues.originPrepositions, $0)) }) else { return [] }
        // "The attack was condemned by X": an attack noun that is a passive verb's subject has
        // no target after it; the name after "by" is that verb's agent.
        if predicate.frame == .attack, start < clause.upperBound, tokens[start].kind == .word, x.passiveAuxiliaries.contains(word: tokens[start].hash),
           (start + 2...start + 3).contains(where: { isWord($0, x.by) }) {
            return []
        }
        // An attack's object comes before a subordinate clause or a description ("strikes as a
        // violation of Syrian sovereignty"; "as" only before "a": not "such as", "termed as X").
        if predicate.frame == .attack, between(i, firstToken(first)).contains(where: {
            tokens[$0].kind == .word && x.cues.subordinators.contains(word: tokens[$0].hash)
                && (tokens[$0].hash != x.asWord || isWord($0 + 1, x.a) || isWord($0 + 1, x.an)) }) {
            return []
        }
        // "struck a vessel …, Hegseth said, the latest in a campaign that strained relations with
        // Venezuela": not past the report of the strike; "a boat off Venezuela", "off the coast
        // of Yemen": the sea beside the state, not the state.
        if predicate.frame == .attack, between(i, firstToken(first)).contains(where: {
               tokens[$0].kind == .word && (x.cues.reportingVerbs.contains(word: tokens[$0].hash)
                   || $0 >= firstToken(first) - 4 && x.cues.offshorePrepositions.contains(word: tokens[$0].hash)) }) {
            return []
        }
        // "US strike on boat, Colombia's Petro joins criticism": in a headline a comma ends the
        // clause, so the attack's object comes before it.
        if predicate.frame == .attack, isHeadline, between(i, firstToken(first)).contains(where: { tokens[$0].hash == x.comma }) {
            return []
        }
        // "attacked towns near the border with Senegal": a neighbour, not the target.
        if predicate.frame == .attack, isWord(firstToken(first) - 1, x.with), firstToken(first) - 2 >= i,
           x.cues.borderNouns.contains(word: tokens[firstToken(first) - 2].hash) {
            return []
        }
        // "seized townships along the Bangladesh frontier": a state naming the border that ends
        // the phrase is no target ("attacked Pakistani border posts" is: the posts are its).
        if predicate.frame == .attack, endToken(first) < clause.upperBound, tokens[endToken(first)].kind == .word,
           x.cues.borderNouns.contains(word: tokens[endToken(first)].hash) {
            let next = endToken(first) + 1
            if next >= clause.upperBound || tokens[next].kind != .word || isWord(next, x.and) || x.prepositions.contains(word: tokens[next].hash) { return [] }
        }
        // "attacks on the Red Sea city", "struck the Black Sea port": a place that describes
        // the town the noun refers to, which is the last place the sentence named before.
        if predicate.frame == .attack, mentions[first].type == .place, isAttributive(first),
           x.lexicon.settlementNouns.contains(word: tokens[endToken(first)].hash), !isWord(endToken(first) + 1, x.of) {
            guard let town = inSentence.last(where: { firstToken($0) < start && mentions[$0].type == .place && !isAttributive($0) && $0 != datelinePlace })
            else { return [] }
            return [(.mention(town), endToken(first) + 1)]
        }
        // "met Ukraine's demands": fulfilled, not a meeting.
        if predicate.symmetric, isPossessive(endToken(first)), endToken(first) + 1 < clause.upperBound,
           x.cues.fulfilledNouns.contains(word: tokens[endToken(first) + 1].hash) {
            return []
        }
        // "criticised the Paris meeting", "welcomed the Doha talks": a place naming where the
        // event was is not what the verb is about.
        if mentions[first].type == .place, predicate.frame != .attack, firstToken(first) - 1 >= clause.lowerBound,
           tokens[firstToken(first) - 1].hash == x.the, endToken(first) < clause.upperBound, tokens[endToken(first)].kind == .word,
           x.cues.participantNouns.contains(word: tokens[endToken(first)].hash) || x.cues.nonTargets.contains(word: tokens[endToken(first)].hash) {
            return []
        }
        // "received visiting Vietnamese Prime Minister X": a state that only says whose
        // official the person after it is cannot be the object when a person cannot be.
        if mentions[first].type == .state, !predicate.objectTypes.contains(.person),
           inSentence.contains(where: { mentions[$0].type == .person && mentions[$0].affiliation == mentions[first].span }) {
            return []
        }
        // "met Turkish businessmen": members of a people are not their state (in a meeting, a
        // call, a visit received); its representatives are ("talks with Syrian officials"), as
        // are its officials named by title ("the Brazilian president").
        if predicate.objectTypes.contains(.person), predicate.frame != .attack, predicate !== x.targeted, !predicate.takesEvents,
           namesPeopleNotState(first, clause: clause) {
            return []
        }
        // Outside attacks, only prepositions, determiners and titles may stand between the
        // trigger and its object ("a call with his Iranian counterpart"), not a verb or a
        // noun phrase ("the conversation centered on the developments between X").
        // ("hosted talks between A and B", "hosted a welcome ceremony for X": the event's
        // parties are what was hosted. What an operation targeted may be named inside a noun
        // phrase too: "camps of X".)
        // ("visited troops in Omdurman", "toured a factory in Lyon": the place a site is in was visited.)
        // ("condemned the brutal Israeli aggression": adjectives, then a people's deed.)
        if predicate.frame != .attack, predicate !== x.targeted, !isEventGap(between(i, firstToken(first))),
           !(predicate.takesEvents && (mentions[first].type == .state || mentions[first].type == .group)
             && (isDescribedDeed(between(i, firstToken(first)), after: endToken(first), clause: clause) || isDeedOf(between(i, firstToken(first))))),
           !(predicate === x.visited && (mentions[first].type == .place || mentions[first].type == .state)
             && isSiteGap(between(i, firstToken(first)))) { return [] }
        var chosen = first
        // "the Black Sea port of Novorossiysk", "the Red Sea city of Jeddah": the place named
        // after "of" (past a noun of a town).
        var of = endToken(first)
        if of < clause.upperBound, tokens[of].kind == .word, x.lexicon.settlementNouns.contains(word: tokens[of].hash) { of += 1 }
        if mentions[first].type == .place, isWord(of, x.of),
           let named = candidates.first(where: { firstToken($0) == of + 1 && mentions[$0].type == .place }) {
            chosen = named
        }
        // "the southern Somali port city of Kismayo", "Iranian nuclear facilities at Isfahan": a
        // demonym, lower-case words, "of", "at" or "in" and the place (struck too, beside the state).
        var placeOfState: Int? = nil
        if predicate.frame == .attack, mentions[first].type == .state, mentions[first].canonicalHint != nil,
           let of = (endToken(first)..<min(endToken(first) + 4, clause.upperBound)).first(where: { isWord($0, x.of) || isWord($0, x.at) || isWord($0, x.inWord) }),
           of > endToken(first),
           (endToken(first)..<of).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) {
            placeOfState = candidates.first(where: { firstToken($0) == of + 1 && mentions[$0].type == .place })
        }
        // "Iranian Foreign Minister X", "Turkey's Minister of Foreign Affairs, X": the person, not the state.
        if mentions[first].type != .person || mentions[first].tentative, predicate.objectTypes.contains(.person),
           let person = candidates.first(where: { mentions[$0].type == .person && firstToken($0) > firstToken(first)
               && (!mentions[$0].tentative || mentions[first].type != .person) }),
           firstToken(person) - endToken(first) <= 8 {
            let gap = between(endToken(first), firstToken(person))
            let titleOnly = !gap.isEmpty && gap.allSatisfy({ isPossessive($0) || tokens[$0].kind == .word && (x.lexicon.titles.contains(word: tokens[$0].hash) || x.lexicon.titleModifiers.contains(word: tokens[$0].hash)) })
            // "Saudi Arabia's foreign minister Prince X": possessive, an office, more titles.
            // ("EU foreign policy chief X": a body, its officer's lower-case title, the name.)
            let office = isPossessive(endToken(first)) && lowercaseTitle(at: endToken(first) + 1).map(holderStart) == firstToken(person)
                || mentions[first].type == .group && lowercaseTitle(at: endToken(first)).map(holderStart) == firstToken(person)
            if mentions[person].affiliation == mentions[first].span || titleOnly || office || delegationLead(in: gap) != nil
                || (gap.allSatisfy({ isObjectGap($0) || isPossessive($0) || tokens[$0].hash == x.comma }) && gap.contains(where: { tokens[$0].hash == x.comma })) {
                chosen = person
            }
        }
        var result: [(argument: RelationMention.Argument, end: Int)] = [(.mention(chosen), endToken(chosen))]
        if let place = placeOfState, chosen == first { result.append((.mention(place), endToken(place))) }
        // "a base in Somalia's Lower Shabelle region": the state was attacked, and the place its
        // possessive names too; so for a visit ("visited Jammu and Kashmir's Kupwara district").
        if predicate.frame == .attack || predicate === x.visited, mentions[chosen].type == .state || mentions[chosen].type == .place,
           isPossessive(endToken(chosen)),
           let place = candidates.first(where: { firstToken($0) == endToken(chosen) + 1 && mentions[$0].type == .place }) {
            result.append((.mention(place), endToken(place)))
        }
        // "invited X and Y to …", "strikes on X, Y and Z": the rest of a list of names of the
        // same type, when the list is closed by "and" and ends the clause or meets a
        // preposition (not "X and Y's army said", where Y starts a new clause).
        var listed: [Int] = []
        let byAgent = isWord(isWord(firstToken(chosen) - 1, x.the) ? firstToken(chosen) - 2 : firstToken(chosen) - 1, x.by)
        var k = pastDate(pastPlaceHead(pastEventNoun(endToken(chosen), predicate), of: chosen), clause: clause), closed = false
        while !closed, k < clause.upperBound, tokens[k].hash == x.comma || tokens[k].hash == x.and || alsoLength(at: k) > 0 {
            // ("…, along with Y", "… as well as Y": the last member, like "and Y".)
            let also = alsoLength(at: tokens[k].hash == x.comma ? k + 1 : k)
            closed = tokens[k].hash == x.and || also > 0
            var next = also > 0 ? (tokens[k].hash == x.comma ? k + 1 : k) + also : k + 1
            if !closed, next < clause.upperBound, tokens[next].hash == x.and { closed = true; next += 1 }
            // ("in Kabul and in the province of Y", "with X and with Y": the first member's preposition
            // again; after a place, any such preposition: "in the capital, X, and in the province of
            // Y"; an agent's "by": "condemned by the AU and by Turkey".)
            if closed, next < clause.upperBound, firstToken(chosen) - 1 >= clause.lowerBound, tokens[next].kind == .word, !tokens[next].isCapitalized,
               (tokens[next].hash == tokens[firstToken(chosen) - 1].hash || mentions[chosen].type == .place)
                   && x.cues.sitePrepositions.contains(word: tokens[next].hash)
                || tokens[next].hash == introducing || tokens[next].hash == x.by && byAgent { next += 1 }
            // ("and the Israeli strikes": a name after "the".)
            if isWord(next, x.the), candidates.contains(where: { firstToken($0) == next + 1 }) { next += 1 }
            // (A lone surname is tentative: resolution keeps it only if it names someone.)
            // ("and the eastern province of Y": a place after its kind.)
            if mentions[chosen].type == .place, next + 2 < clause.upperBound, tokens[next].hash == x.the,
               let of = (next + 1..<min(next + 5, clause.upperBound)).first(where: { tokens[$0].hash == x.of }),
               (next + 1..<of).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
               candidates.contains(where: { firstToken($0) == of + 1 && mentions[$0].type == .place }) {
                next = of + 1
            }
            // ("and Parliament Speaker Y": a titled person after capitalised words of the office;
            // "and junta leader Y", "and the coup leader, General Y": after a lower-case title.)
            guard var member = candidates.first(where: { firstToken($0) == next })
                    ?? candidates.first(where: { firstToken($0) > next && firstToken($0) - next <= 8 && mentions[$0].type == .person }).flatMap({ person in
                        let gap = between(next, firstToken(person))
                        return mentions[person].role != nil && mentions[chosen].type == .person
                            && (gap.count <= 4 && gap.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !isInMention($0) })
                                || isLowercaseTitleGap(gap)
                                // ("and President of Turkiye Y": a title of a state.)
                                || gap.count <= 6 && gap.contains(where: { isWord($0, x.of) })
                                    && gap.allSatisfy({ isWord($0, x.of) || isWord($0, x.the) || isTitleGap($0..<($0 + 1)) }))
                            ? person : nil
                    }) else { break }
            // "X and Cambodian Prime Minister Y", "X and IAEA Director General Y": the person
            // whose state or body is named first.
            // ("and the Taliban's acting prime minister, Y": the holder of the office it names.)
            if mentions[member].type == .state || mentions[member].type == .group, mentions[chosen].type == .person,
               let person = candidates.first(where: { mentions[$0].type == .person && firstToken($0) - endToken(member) <= 8
                       && (mentions[$0].affiliation == mentions[member].span
                           // ("and Afghan Taliban Foreign Minister Y": titles and a body between.)
                           || firstToken($0) > endToken(member) && isTitleGap(between(endToken(member), firstToken($0)))) })
                   ?? officeHolder(of: member).map(\.person).flatMap({ firstToken($0) > endToken(member) && firstToken($0) - endToken(member) <= 8 ? $0 : nil }) {
                member = person
            }
            // (States may be listed with groups or places: "the US and Hamas", "Gaza and Lebanon".)
            let (a, b) = (mentions[member].type, mentions[chosen].type)
            guard a == b || (a == .state || b == .state) && (a == .group || b == .group || a == .place || b == .place),
                  allowed(member, predicate.objectTypes) else { break }
            listed.append(member)
            k = pastPlaceHead(pastEventNoun(endToken(member), predicate), of: member)
            // ("and the Turkish government": a demonym and its state's representatives.)
            if namesStateByOtherName(member), k < clause.upperBound, tokens[k].kind == .word, !tokens[k].isCapitalized, x.cues.stateRepresentatives.contains(word: tokens[k].hash) { k += 1 }
            if !closed { k = pastDate(k, clause: clause) }
        }
        // (Or "and" before a lower-case word: "spoke with X and Y and that both had agreed", "met
        // X and Y and discussed trade".)
        if closed, !listed.isEmpty,
           k >= clause.upperBound || (!isPossessive(k) && (tokens[k].kind != .word || x.cues.listFollowers.contains(word: tokens[k].hash)
               || isWord(k, x.and) && k + 1 < clause.upperBound && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized)) {
            result += listed.map { (.mention($0), endToken($0)) }
        }
        // "at Ukrainian cities, including Lviv and Kyiv": each name the list gives too.
        if let including = (endToken(chosen)..<min(endToken(chosen) + 4, clause.upperBound)).first(where: { isWord($0, x.including) }),
           (endToken(chosen)..<including).allSatisfy({ isWord($0, x.comma) || tokens[$0].kind == .word && !tokens[$0].isCapitalized }) {
            var j = including + 1
            while let member = candidates.first(where: { firstToken($0) == j || isWord(j, x.the) && firstToken($0) == j + 1 }),
                  allowed(member, predicate.objectTypes), !result.contains(where: { $0.argument == .mention(member) }) {
                result.append((.mention(member), endToken(member)))
                j = pastPlaceHead(endToken(member), of: member)
                if isWord(j, x.comma) { j += 1 }
                if isWord(j, x.and) { j += 1 }
            }
        }
        if predicate.frame == .attack {
            // "… strikes on X province, targeting Y militants": Y too.
            for i in between(endToken(chosen), clause.upperBound) where tokens[i].kind == .word && x.cues.objectPrepositions.contains(word: tokens[i].hash) && tokens[i].hash != x.with {
                if let next = candidates.first(where: { firstToken($0) > i && allowed($0, predicate.objectTypes) && $0 != chosen }),
                   tokens[i].hash == x.targeting,
                   // "targeting Y militants", "targeting hideouts of the Y group"
                   firstToken(next) - i <= 3 || (firstToken(next) - i <= 5 && between(i + 1, firstToken(next)).contains(where: { tokens[$0].hash == x.of })) {
                    result.append((.mention(next), endToken(next)))
                }
            }
        }
        return result
    }

    /// The body a subject right before `trigger` (past auxiliaries) refers to: "the group"
    /// (``RelationCues/groupAnaphors``) the last body named, in this sentence or the three
    /// before; "it", "its forces" or "the armed forces" after a reporting verb, the body its
    /// speaker is ("the group said it had struck") or speaks for ("Houthi spokesman Z said its
    /// forces struck", "Indian Defence Minister Z said the armed forces had targeted").
    func referredBody(before trigger: Int, clause: Range<Int>) -> Int? {
        var k = trigger - 1
        while k > clause.lowerBound, tokens[k].kind == .word, x.cues.auxiliaries.contains(word: tokens[k].hash) { k -= 1 }
        guard k >= clause.lowerBound, tokens[k].kind == .word else { return nil }
        if let body = anaphoricBody(endingAt: k) { return body }
        // "it", "its forces", "the armed forces"
        let pronoun = isWord(k, x.itWord) ? k : isWord(k - 1, x.its) && x.cues.forceNouns.contains(word: tokens[k].hash) ? k - 1
            : (max(clause.lowerBound, k - 3)...k).first(where: { phraseEnd(x.cues.ownForces, at: $0, before: k + 1) == k + 1 })
        guard let pronoun else { return nil }
        let verb = datePhraseStart(endingAt: pronoun, after: clause.lowerBound) - 1
        guard verb > clause.lowerBound, tokens[verb].kind == .word, x.cues.reportingVerbs.contains(word: tokens[verb].hash) else { return nil }
        if let body = anaphoricBody(endingAt: verb - 1) { return body }
        guard let speaker = inSentence.last(where: { endToken($0) <= verb }), mentions[speaker].type == .person,
              between(endToken(speaker), verb).allSatisfy({ isWord($0, x.comma) }) else { return nil }
        for r in found[sentenceFound...] where r.predicate == "officialOf" && r.subject == .mention(speaker) {
            if case let .mention(body) = r.object, mentions[body].type == .group || mentions[body].type == .state { return body }
        }
        return nil
    }

    /// The body "the group" ending at `i` refers to (see ``referredBody(before:clause:)``).
    /// ("the rebel group", "the armed Islamist group": up to two describing words after "the".)
    func anaphoricBody(endingAt i: Int) -> Int? {
        guard i - 1 >= range.lowerBound, tokens[i].kind == .word, !tokens[i].isCapitalized,
              x.cues.groupAnaphors.contains(word: tokens[i].hash),
              let the = (max(range.lowerBound, i - 3)..<i).last(where: { isWord($0, x.the) }),
              (the + 1..<i).allSatisfy({ k in tokens[k].kind == .word && !x.prepositions.contains(word: tokens[k].hash)
                  && !inSentence.contains(where: { mentions[$0].type == .group && firstToken($0) <= k && k < endToken($0) }) })
        else { return nil }
        if let body = inSentence.last(where: { firstToken($0) < the && mentions[$0].type == .group && !mentions[$0].tentative }) { return body }
        let earliest = max(0, sentence - 3)
        var m = mentionRange.lowerBound - 1
        while m >= 0, mentions[m].sentence >= earliest {
            if mentions[m].type == .group && !mentions[m].tentative { return m }
            m -= 1
        }
        return nil
    }

    /// The end of "them", "both ministers" or "the two leaders" at token `i` (words for two
    /// parties named before), if one is there.
    func pairReferenceEnd(at i: Int, clause: Range<Int>) -> Int? {
        guard i < clause.upperBound, tokens[i].kind == .word else { return nil }
        if tokens[i].hash == x.them { return i + 1 }
        guard x.cues.pluralDeterminers.contains(word: tokens[i].hash),
              let plural = (i + 1..<min(i + 4, clause.upperBound)).first(where: { tokens[$0].kind == .word && x.cues.plurals.contains(word: tokens[$0].hash) }),
              between(i + 1, plural).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else { return nil }
        return plural + 1
    }

    /// The two mentions after the sentence's last "between" before `limit` ("between Kinshasa
    /// and the M23"), joined by "and".
    func pairAfterBetween(before limit: Int) -> (Int, Int)? {
        guard let word = between(range.lowerBound, limit).last(where: { tokens[$0].hash == x.between }),
              let a = inSentence.first(where: { firstToken($0) == word + 1 || isWord(word + 1, x.the) && firstToken($0) == word + 2 }),
              let b = inSentence.first(where: { firstToken($0) > endToken(a) }), endToken(b) <= limit, isJoinedByAnd(a, b) else { return nil }
        return (a, b)
    }

    /// Past an attack noun right after an object of a predicate that may take attacks
    /// ("condemned the Houthi *attacks* and the Israeli *strikes*"): the token after it, else `i`.
    func pastEventNoun(_ i: Int, _ predicate: RelationRules.PredicateRule) -> Int {
        guard predicate.takesEvents, i < range.upperBound, tokens[i].kind == .word,
              let trigger = match(at: i), x.predicateRules[trigger.predicate].frame == .attack, !trigger.passive else { return i }
        return i + trigger.length
    }

    /// Past a lower-case kind of place right after a place's name at token `i` ("Paktika
    /// *province*", "Odesa and Dnipro *regions*").
    func pastPlaceHead(_ i: Int, of mention: Int) -> Int {
        guard mentions[mention].type == .place, i < range.upperBound, tokens[i].kind == .word, !tokens[i].isCapitalized,
              x.lexicon.placeHeads.contains(word: tokens[i].hash) else { return i }
        return i + 1
    }

    /// The length of "along with" or "as well as" at token `i`, else 0.
    func alsoLength(at i: Int) -> Int {
        if isWord(i, x.along), isWord(i + 1, x.with) { return 2 }
        if isWord(i, x.asWord), isWord(i + 1, x.well), isWord(i + 2, x.asWord) { return 3 }
        return 0
    }

    /// Past a date right after a list member ("visited A on Monday and B on Thursday"): the
    /// token after "on" and the date, up to the next comma or "and" (at most four words).
    func pastDate(_ k: Int, clause: Range<Int>) -> Int {
        // ("on Thursday", "in January": "seized X in January and Y in February".)
        guard k + 1 < clause.upperBound, isOnDate(k) || isWord(k, x.inWord) && startsDate(k + 1) else { return k }
        var j = k + 2
        while j < clause.upperBound, j - k <= 4, tokens[j].hash != x.and, tokens[j].hash != x.comma { j += 1 }
        return j < clause.upperBound && (tokens[j].hash == x.and || tokens[j].hash == x.comma) ? j : k
    }

    /// The date written right after an object ("B on Thursday"), which is that object's own.
    func dateAfter(_ mention: Int) -> DateReference? {
        let end = endToken(mention)
        guard isWord(end, x.on) else { return nil }
        return dates.first(where: { $0.position == end + 1 })?.date
    }

    /// The counterpart of `state` named from token `i` on: an apposition (", Name,"), a name
    /// right after (past titles: "his Chinese counterpart Wang Yi"), else the office itself,
    /// resolved to its holder later.
    func counterpart<Candidates: Sequence<Int>>(of state: Int, namedFrom i: Int, _ predicate: RelationRules.PredicateRule,
                                                clause: Range<Int>, candidates: Candidates) -> (argument: RelationMention.Argument, end: Int) {
        if let named = apposition(after: i, clause: clause), allowed(named, predicate.objectTypes) {
            return (.mention(named), endToken(named))
        }
        let nameStart = pastTitles(i)
        if let named = candidates.first(where: { firstToken($0) == nameStart && mentions[$0].type == .person }), allowed(named, predicate.objectTypes) {
            return (.mention(named), endToken(named))
        }
        return (.role(state: state, title: nil, counterpartOf: nil), i)
    }

    /// Whether token `i` is part of a name (a state before a title: "South Korean President X").
    func isInMention(_ i: Int) -> Bool {
        let start = tokens[i].span.start
        return inSentence.contains { mentions[$0].span.start <= start && start < mentions[$0].span.end }
    }

    /// A word that may separate a trigger from its object: a preposition, a determiner,
    /// or part of a title ("with his Iranian counterpart", "with Foreign Minister X").
    /// Whether a trigger and its object may stand this far apart: prepositions, determiners
    /// and titles only, or up to three lower-case words, an event noun and "between" or
    /// "for" ("talks between", "a welcome ceremony for"), then those.
    func isEventGap(_ gap: Range<Int>) -> Bool {
        // ("the city's Communist Party chief X", "the country's president X": a possessor in lower case too.)
        func isPossessor(_ i: Int) -> Bool { tokens[i].kind == .word && !tokens[i].isCapitalized && isPossessive(i + 1) }
        if gap.allSatisfy({ isObjectGap($0) || isInMention($0) || isPossessor($0) }) { return true }
        // "Shanghai's party chief X": an office in lower case, a noun before its title word.
        if let title = gap.first(where: { tokens[$0].kind == .word && lowercaseTitle(at: $0) == gap.upperBound }),
           (gap.lowerBound..<title).allSatisfy({ isObjectGap($0) || isInMention($0) || isPossessor($0)
               || $0 == title - 1 && tokens[$0].kind == .word && !tokens[$0].isCapitalized && !x.prepositions.contains(word: tokens[$0].hash) }) { return true }
        if delegationLead(in: gap) != nil { return true }
        guard let noun = gap.first(where: { tokens[$0].kind == .word && x.cues.participantNouns.contains(word: tokens[$0].hash)
                                               && (isWord($0 + 1, x.between) || isWord($0 + 1, x.forWord)) }) else { return false }
        return noun - gap.lowerBound <= 3 && (gap.lowerBound..<noun).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
            && (noun + 2..<gap.upperBound).allSatisfy { isObjectGap($0) || isInMention($0) }
    }

    /// "brutal" before "Israeli aggression", "the latest" before "Russian strikes": up to three
    /// lower-case words (no preposition) and quotation marks before a name that a deed of
    /// forces or an attack's noun follows (at `end`).
    func isDescribedDeed(_ gap: Range<Int>, after end: Int, clause: Range<Int>) -> Bool {
        // (A quotation may open before them: 'denounced "the brutal Israeli aggression"'.)
        let words = gap.filter { !isQuoteMark($0) }
        guard words.count <= 3, words.allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && !x.prepositions.contains(word: tokens[$0].hash) }),
              end < clause.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalized else { return false }
        if x.cues.deedsOfForces.contains(word: tokens[end].hash) { return true }
        guard let trigger = match(at: end) else { return false }
        return x.predicateRules[trigger.predicate].frame == .attack && !trigger.passive
    }

    /// "the dangerous manoeuvres of", "the 'provocative actions' of the": up to three lower-case
    /// words (and quotation marks) ending with a deed of forces, then "of": whose deeds they are.
    func isDeedOf(_ gap: Range<Int>) -> Bool {
        var words = gap.filter { !isQuoteMark($0) }
        if let last = words.last, isWord(last, x.the) { words.removeLast() }
        guard let of = words.last, isWord(of, x.of), words.count >= 2, words.count <= 4 else { return false }
        // (Not what the deed was done to or with: "the violations of Lebanon's airspace", "the use of Pakistani soil".)
        let deed = words[words.count - 2]
        return x.cues.deedsOfForces.contains(word: tokens[deed].hash) && !x.cues.violationNouns.contains(word: tokens[deed].hash)
            && tokens[deed].hash != x.use
            && words.dropLast().allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized && !x.prepositions.contains(word: tokens[$0].hash) }
    }

    /// "troops in", "wounded soldiers at a hospital in", "forward posts along the": a few
    /// lower-case words (what was visited) and a preposition of place (cues
    /// `sitePrepositions`) right before the place.
    func isSiteGap(_ gap: Range<Int>) -> Bool {
        var end = gap.upperBound
        if isWord(end - 1, x.the) { end -= 1 }
        return end - gap.lowerBound >= 2 && end - gap.lowerBound <= 8 && tokens[end - 1].kind == .word
            && x.cues.sitePrepositions.contains(word: tokens[end - 1].hash)
            && (gap.lowerBound..<end).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    }

    /// "a (high-level Russian) delegation led by (Deputy Minister)": where "delegation led by"
    /// is in a gap before a name, if the gap is that: at most four lower-case words or names
    /// before it, only titles and object-gap words after it.
    func delegationLead(in gap: Range<Int>) -> Range<Int>? {
        for start in gap where start - gap.lowerBound <= 4 && tokens[start].kind == .word {
            var hash = WordHash.emptyPhrase
            var end = start
            while end < gap.upperBound, end - start < x.cues.delegationLeads.longest, tokens[end].kind == .word {
                hash = WordHash.phrase(hash, appending: tokens[end].hash)
                end += 1
                guard x.cues.delegationLeads.contains(phrase: hash) else { continue }
                let before = (gap.lowerBound..<start).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized || isInMention($0) }
                return before && (end..<gap.upperBound).allSatisfy({ isObjectGap($0) || isInMention($0) }) ? start..<end : nil
            }
        }
        return nil
    }

    /// Whether a date expression of the sentence starts at token `i`.
    func startsDate(_ i: Int) -> Bool { dates.contains { $0.position == i } }

    /// Whether token `k` is "on" before a date ("on Saturday", "on May 10").
    func isOnDate(_ k: Int) -> Bool { isWord(k, x.on) && startsDate(k + 1) }

    /// Past "on" and a date at token `k` ("on Saturday", "on May 10"), else `k`.
    func pastOnDate(_ k: Int, clause: Range<Int>) -> Int {
        guard isOnDate(k) else { return k }
        return k + 2 < clause.upperBound && tokens[k + 2].kind == .number ? k + 3 : k + 2
    }

    /// The first person named within `window` tokens from token `start`, past titles only
    /// ("French President A", "Foreign Minister B").
    func personAfterTitles(from start: Int, within window: Int) -> Int? {
        guard let person = inSentence.first(where: { mentions[$0].type == .person && firstToken($0) >= start && firstToken($0) - start <= window }),
              isTitleGap(between(start, firstToken(person))) else { return nil }
        return person
    }

    /// The end of the longest phrase of `phrases` that starts at token `start`, before `limit`.
    func phraseEnd(_ phrases: PhraseSet, at start: Int, before limit: Int) -> Int? {
        var hash = WordHash.emptyPhrase, end = start, found: Int? = nil
        while end < limit, end - start < phrases.longest, tokens[end].kind == .word {
            hash = WordHash.phrase(hash, appending: tokens[end].hash)
            end += 1
            if phrases.contains(phrase: hash) { found = end }
        }
        return found
    }

    /// The people named after a companion phrase (``RelationCues/companionLeads``) right
    /// after token `end` (past a date, a lower-case word or two and a comma): "… Kyiv on
    /// Saturday *together with* French President A, B and C". Titles may come before each
    /// name; the list ends at anything else.
    func companions(after end: Int, clause: Range<Int>) -> [Int] {
        var k = pastOnDate(end, clause: clause)
        if isWord(k, x.comma) { k += 1 }
        var lead = phraseEnd(x.cues.companionLeads, at: k, before: clause.upperBound)
        while lead == nil, k < clause.upperBound, k - end < 5, tokens[k].kind == .word, !tokens[k].isCapitalized {
            k += 1
            if isWord(k, x.comma) { k += 1 }
            lead = phraseEnd(x.cues.companionLeads, at: k, before: clause.upperBound)
        }
        guard let start = lead else { return [] }
        var result: [Int] = []
        var next = start
        while let person = personAfterTitles(from: next, within: 5) {
            result.append(person)
            next = endToken(person)
            guard next < clause.upperBound else { break }
            if isWord(next, x.comma) { next += 1 }
            if isWord(next, x.and) { next += 1 }
            guard next > endToken(person) else { break }
        }
        return result
    }

    func isObjectGap(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.kind == .word else { return token.hash == x.comma || isPossessive(i) }
        return x.cues.objectGapWords.contains(word: token.hash) || x.lexicon.titles.contains(word: token.hash) || x.lexicon.honorifics.contains(word: token.hash)
            || x.lexicon.titleModifiers.contains(word: token.hash) || x.lexicon.nonNameWords.contains(word: token.hash)
            // A capitalised word of a title before the name ("External Affairs Minister X"), or
            // before names ("Foreign Ministers A and B").
            || token.isCapitalized && (x.lexicon.titleWords.contains(word: token.hash) || x.lexicon.titlePlurals.contains(word: token.hash))
            || x.lexicon.titles.contains(phrase: twoWordPhrase(token.hash, i + 1 < range.upperBound ? tokens[i + 1].hash : 0))
            // "and" between two titles of one person ("Prime Minister and Minister of Foreign Affairs X").
            || token.hash == x.and && i - 1 >= range.lowerBound && i + 1 < range.upperBound && tokens[i - 1].kind == .word
                && x.lexicon.titles.contains(word: tokens[i - 1].hash) && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized
                && (x.lexicon.titles.contains(word: tokens[i + 1].hash) || x.lexicon.titleWords.contains(word: tokens[i + 1].hash))
    }

    /// A person named right after "counterpart,": followed by a comma, the end, or a
    /// preposition, not by a verb (then the name is the clause's subject).
    func apposition(after i: Int, clause: Range<Int>) -> Int? {
        guard isWord(i, x.comma) else { return nil }
        // (Past titles: "his Saudi counterpart, Prince X,".)
        guard let person = mentions(in: between(i + 1, clause.upperBound)).first,
              firstToken(person) == i + 1 || firstToken(person) == pastTitles(i + 1),
              mentions[person].type == .person else { return nil }
        let next = endToken(person)
        if next >= range.upperBound { return person }
        let token = tokens[next]
        if token.kind == .punctuation { return person }
        if token.kind == .word && (x.cues.objectPrepositions.contains(word: token.hash) || token.hash == x.and) { return person }
        return nil
    }

    /// "the pope", "the foreign minister" (no name after it): the one person named earlier in
    /// the article with that title, and the end of the phrase. None when several hold it.
    func titledPerson(at start: Int, before limit: Int) -> (mention: Int, end: Int)? {
        guard let end = titleReferenceEnd(at: start) else { return nil }
        var title = WordHash.emptyPhrase
        for k in (start + 1)..<end { title = WordHash.phrase(title, appending: tokens[k].hash) }
        var holder: Int? = nil
        var holderName: UInt64 = 0
        for m in mentions.indices {
            guard mentions[m].sentence < sentence || mentions[m].sentence == sentence && firstToken(m) < limit else { break }
            // (The role's first words: "the emir" for "Emir Sheikh X".)
            guard mentions[m].type == .person, let role = mentions[m].role, WordHash.phrase(role, firstWords: end - start - 1) == title else { continue }
            let name = WordHash.word(mentions[m].surface.split(separator: " ").last.map(String.init) ?? mentions[m].surface)
            if holder != nil, name != holderName { return nil }
            holder = m
            holderName = name
        }
        return holder.map { ($0, end) }
    }

    /// The end of "the" and a title with no name after it ("the president", "the pope"),
    /// starting at `start`.
    func titleReferenceEnd(at start: Int) -> Int? {
        guard isWord(start, x.the), start + 1 < range.upperBound, tokens[start + 1].kind == .word, let end = lowercaseTitle(at: start + 1),
              !isInMention(start + 1) else { return nil }
        // ("the president of France", "the president, X": not a reference back.)
        if end < range.upperBound, tokens[end].hash == x.of || tokens[end].hash == x.comma || tokens[end].kind == .word && tokens[end].isCapitalized { return nil }
        return end
    }

    /// The end of a lower-case title phrase starting at `i` ("foreign minister").
    func lowercaseTitle(at start: Int) -> Int? {
        var i = start
        // ("first vice president": an ordinal before the modifiers.)
        if i + 1 < range.upperBound, tokens[i].kind == .word, x.lexicon.titleOrdinals.contains(word: tokens[i].hash) { i += 1 }
        let afterOrdinal = i
        while i < range.upperBound, tokens[i].kind == .word, x.lexicon.titleModifiers.contains(word: tokens[i].hash) { i += 1 }
        // The title after its modifiers, or, when none follows, from the start: a word can
        // be both ("deputy chief", "NATO chief X").
        if let end = phraseEnd(x.lexicon.titles, at: i, before: range.upperBound) { return end }
        return i == afterOrdinal ? nil : phraseEnd(x.lexicon.titles, at: afterOrdinal, before: range.upperBound)
    }

    func text(_ span: Range<Int>) -> String {
        document.string(Span(tokens[span.lowerBound].span.start, tokens[span.upperBound - 1].span.end))
    }

    /// Whether token `position` ends with `suffix` as written ("meeting" ends with "ing"),
    /// read in the text's bytes (no string is made).
    func token(_ position: Int, endsWith suffix: StaticString) -> Bool {
        let span = tokens[position].span, count = suffix.utf8CodeUnitCount
        guard span.length >= count else { return false }
        return suffix.withUTF8Buffer { suffix in
            (0..<count).allSatisfy { bytes[span.end - count + $0] == suffix[$0] }
        }
    }

    /// The position of "he" or "she" right before `position` (past auxiliaries and adverbs:
    /// "he later met"), inside the clause.
    func pronounBefore(_ position: Int, clause: Range<Int>) -> Int? {
        var i = position - 1
        // (Past "was" too: "he was also received by".)
        while i > clause.lowerBound, tokens[i].kind == .word,
              x.cues.auxiliaries.contains(word: tokens[i].hash) || x.passiveAuxiliaries.contains(word: tokens[i].hash) { i -= 1 }
        guard i >= clause.lowerBound, i < position, tokens[i].kind == .word, x.cues.subjectPronouns.contains(word: tokens[i].hash) else { return nil }
        return i
    }

    /// "X arrived in Beijing on Wednesday. He was received at the airport by Y": the day of the
    /// guest's visit told in the sentence before, for a reception told without a day of its own.
    func arrivalDay(of guest: RelationMention.Argument, hostedBy predicate: RelationRules.PredicateRule) -> DateReference? {
        guard predicate === x.hosted, let visited = x.visited?.name, case let .mention(g) = guest,
              let visit = found.last(where: { $0.sentence == sentence - 1 && $0.predicate == visited && $0.when != nil }),
              case let .mention(visitor) = visit.subject, mentions[visitor].namesSame(as: mentions[g]) else { return nil }
        return visit.when
    }

    /// Whether a mention stands between "the" and a lower-case word ("the Chancay megaport"):
    /// a name used as a modifier, nobody's.
    func isAttributive(_ m: Int) -> Bool {
        let end = endToken(m)
        return isWord(firstToken(m) - 1, x.the) && end < range.upperBound && tokens[end].kind == .word && !tokens[end].isCapitalized
    }

    /// Who "he" or "she" is: the person this sentence's last relation was about, else the
    /// first person of the sentence when the sentence starts with them, else the previous
    /// sentence's.
    func pronounReferent(before pronoun: Int) -> Int? {
        sentenceSubjectPerson(endingBy: pronoun) ?? previousSentencePerson ?? previousPersonSubject
    }

    /// The person this sentence's last relation was about, else the person the sentence
    /// starts with (ending by `limit`).
    func sentenceSubjectPerson(endingBy limit: Int) -> Int? {
        if case let .mention(m)? = lastTriggerSubject, mentions[m].type == .person { return m }
        guard let first = inSentence.first(where: { mentions[$0].type == .person && !isParenthesized($0) }), endToken(first) <= limit else { return nil }
        if first == inSentence.first, firstToken(first) - range.lowerBound <= 3 { return first }
        // "US President X said he …", "Israel's Prime Minister X": a state and titles before the
        // name, at the start of the sentence or after a dateline's dash.
        var lead = clause(containing: firstToken(first)).lowerBound..<firstToken(first)
        if !lead.isEmpty, tokens[lead.lowerBound].kind == .punctuation { lead = (lead.lowerBound + 1)..<lead.upperBound }
        return lead.count <= 8 && lead.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized || isPossessive($0) }) ? first : nil
    }

    /// The owner of "his" or "her" right before `position` ("after his meeting with"): the
    /// person a relation of this sentence was about, or the person the sentence starts with.
    func possessiveOwner(before position: Int, clause: Range<Int>) -> RelationMention.Argument? {
        guard position - 1 >= clause.lowerBound, tokens[position - 1].kind == .word,
              x.personalPossessives.contains(word: tokens[position - 1].hash) else { return nil }
        return sentenceSubjectPerson(endingBy: position - 1).map { .mention($0) }
    }

    /// The owner of "his" or "her" up to two lower-case words before a visit's trigger: the
    /// person the sentence is about so far, or, in a phrase the clause opens with ("During
    /// his visit to X, Y met Z"), the person after it.
    func visitOwner(before trigger: Int, clause: Range<Int>) -> RelationMention.Argument? {
        guard let p = stride(from: trigger - 1, through: max(clause.lowerBound, trigger - 3), by: -1).first(where: {
                  tokens[$0].kind == .word && x.personalPossessives.contains(word: tokens[$0].hash) }),
              (p + 1..<trigger).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else { return nil }
        if let owner = sentenceSubjectPerson(endingBy: p) { return .mention(owner) }
        // ("During his visit": an event's preposition opens the phrase too.)
        guard opensFrontedPhrase(clause, before: p) || p - 1 == clause.lowerBound && x.cues.eventPrepositions.contains(word: tokens[p - 1].hash),
              let commaAt = between(trigger, range.upperBound).first(where: { tokens[$0].hash == x.comma }),
              let person = inSentence.first(where: { firstToken($0) > commaAt && mentions[$0].type == .person }),
              isTitleGap(between(commaAt + 1, firstToken(person))) else { return nil }
        return .mention(person)
    }

    func startsWithPronoun(_ clause: Range<Int>) -> Bool {
        (clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 3)).contains {
            tokens[$0].kind == .word && x.cues.subjectPronouns.contains(word: tokens[$0].hash)
        }
    }

    /// "In a conversation with X, Y clarified …": the first allowed mention after
    /// the object phrase, past a comma.
    /// Whether the clause opens with the trigger or a preposition or subordinator before it
    /// ("In a call with X", "After meeting X", "Speaking to X"), so its subject may follow.
    func opensFrontedPhrase(_ clause: Range<Int>, before trigger: Int) -> Bool {
        var i = clause.lowerBound
        while i < trigger, tokens[i].kind == .punctuation { i += 1 }
        return i == trigger || tokens[i].kind == .word && (x.prepositions.contains(word: tokens[i].hash) || x.cues.subordinators.contains(word: tokens[i].hash)
            || x.lexicon.days.contains(word: tokens[i].hash))
    }

    func frontedSubject(_ predicate: RelationRules.PredicateRule, after position: Int) -> Int? {
        guard let commaAt = between(position, range.upperBound).first(where: { tokens[$0].hash == x.comma }) else { return nil }
        guard let first = mentions(in: between(commaAt + 1, range.upperBound)).first(where: { allowed($0, predicate.subjectTypes) && firstToken($0) <= commaAt + 3 }) else {
            return nil
        }
        // "…, Jordan's King Abdullah II said": the titled person, not the state before the title.
        return inSentence.first { mentions[$0].affiliation == mentions[first].span && mentions[$0].type == .person
            && allowed($0, predicate.subjectTypes) && firstToken($0) > firstToken(first) } ?? first
    }

    /// For symmetric predicates: "between A and B", "A and B agreed", "both ministers agreed".
    func symmetricPair(_ predicate: RelationRules.PredicateRule, trigger: Range<Int>, clause: Range<Int>, before: ArraySlice<Int>, after: ArraySlice<Int>)
        -> (RelationMention.Argument, RelationMention.Argument)? {
        // "In a phone call on Monday, A and B discussed …": the pair right after the fronted phrase.
        let afterTrigger = isOnDate(trigger.upperBound) ? pastOnDate(trigger.upperBound, clause: range) : trigger.upperBound
        if before.isEmpty, isWord(afterTrigger, x.comma), trigger.lowerBound - clause.lowerBound <= 5,
           opensFrontedPhrase(clause, before: trigger.lowerBound) {
            let comma = afterTrigger
            let parties = mentions(in: between(comma + 1, range.upperBound)).filter {
                allowed($0, predicate.subjectTypes) && !isAffiliationOfLater($0, before: range.upperBound)
            }
            if parties.count >= 2, firstToken(parties[0]) - comma <= 4, isJoinedByAnd(parties[0], parties[1]) {
                return (.mention(parties[0]), .mention(parties[1]))
            }
        }
        // ("met … between A and B", or a trigger that ends in it: "talks between A and B")
        if isWord(trigger.upperBound, x.between) || isWord(trigger.upperBound - 1, x.between) {
            // (A state or group that only says whose official the next name is, is no party:
            // "between Chinese President X and US President Y".)
            let parties = after.filter { allowed($0, predicate.subjectTypes) && !isAffiliationOfLater($0, before: clause.upperBound) }
            let afterBetween = isWord(trigger.upperBound, x.between) ? trigger.upperBound + 1 : trigger.upperBound
            // The first party right after "between" (past determiners and titles), not a name
            // further on ("the meeting between the ministers comes … between A and B").
            if parties.count >= 2, between(endToken(parties[0]), firstToken(parties[1])).contains(where: { tokens[$0].hash == x.and }),
               firstToken(parties[0]) - afterBetween <= 6,
               between(afterBetween, firstToken(parties[0])).allSatisfy({ isObjectGap($0) || isInMention($0) }) {
                return (.mention(parties[0]), .mention(parties[1]))
            }
        }
        // "A and B agreed": two parties joined by "and" right before the trigger. (A state that
        // only says whose official the next name is, is no party: "A and Rwandan President B met".)
        let near = before.filter { allowed($0, predicate.subjectTypes) }
        let joinable = near.filter { !isAffiliationOfLater($0, before: trigger.lowerBound) }
        // Right before the trigger, or the subject of a topic verb whose event the trigger names
        // after a preposition: "A and B discussed the war … at talks in Beijing".
        func leadsTo(_ b: Int) -> Bool { trigger.lowerBound - endToken(b) <= 3 || viaTopic(b) }
        func viaTopic(_ b: Int) -> Bool {
            let end = endToken(b)
            guard end < trigger.lowerBound, tokens[end].kind == .word, x.cues.topicVerbs.contains(word: tokens[end].hash) else { return false }
            return eventPreposition(opening: trigger, after: end) != nil
        }
        // (The names of the topic are no parties: the pair is the last one a topic verb follows.)
        let last = joinable.indices.last(where: { viaTopic(joinable[$0]) }) ?? joinable.indices.last
        if joinable.count >= 2, let last, last > joinable.startIndex {
            let a = joinable[last - 1], b = joinable[last]
            // (In a headline a comma joins them: "Iran, Egypt agree to restore ties".)
            if isJoinedByAnd(a, b) || isHeadline && endToken(a) + 1 == firstToken(b) && isWord(endToken(a), x.comma)
                && !inSentence.contains(where: { firstToken($0) < firstToken(a) }), leadsTo(b) {
                return (.mention(a), .mention(b))
            }
            // "A and his Saudi counterpart (Prince) B met": the counterpart's state stands between.
            if mentions[b].type == .person, leadsTo(b), let bi = near.firstIndex(of: b), bi - 2 >= near.startIndex {
                let state = near[bi - 1], first = near[bi - 2]
                let stateStart = firstToken(state)
                if mentions[state].type == .state, isCounterpartState(state), pastTitles(endToken(state) + 1) == firstToken(b),
                   stateStart - 2 >= clause.lowerBound, x.his.contains(word: tokens[stateStart - 1].hash),
                   tokens[stateStart - 2].hash == x.and, endToken(first) == stateStart - 2 {
                    return (.mention(first), .mention(b))
                }
            }
        }
        // "A and B spoke by phone on Tuesday and agreed to …": a verb joined by "and" to this
        // sentence's earlier meeting or call, with no name between, shares its two parties.
        // (Not one with a party of its own: "A met B and held talks with C" is A's, with C.)
        if let parties = lastParties, let joint = between(clause.lowerBound, trigger.lowerBound).last(where: { tokens[$0].hash == x.and }),
           !before.contains(where: { endToken($0) > joint }), trigger.lowerBound - joint <= 3,
           !((isWord(trigger.upperBound - 1, x.with) || isWord(trigger.upperBound, x.with))
             && after.contains(where: { allowed($0, predicate.objectTypes) && parties.0 != .mention($0) && parties.1 != .mention($0) })) {
            return parties
        }
        // ("A held phone talks with B on Saturday, agreeing to …": so does a participle after a comma.)
        if let parties = lastParties, isWord(trigger.lowerBound - 1, x.comma), token(trigger.lowerBound, endsWith: "ing") {
            return parties
        }
        // "Both foreign ministers agreed", "…, and the two leaders agreed": the last two
        // parties (of this sentence, else of the article), named by a plural after the last name.
        // (A possessor is no party: "the two leaders spoke at Xi's hotel and agreed".)
        // (Nor a name in what they discussed, when the trigger is a verb joined by "and": "the two
        // leaders discussed Israel's attack on Iran and agreed", not "discussed … under an agreement".)
        let coordinated = (max(clause.lowerBound, trigger.lowerBound - 3)..<trigger.lowerBound).contains { tokens[$0].hash == x.and }
        let topicVerb = !coordinated ? nil
            : between(clause.lowerBound, trigger.lowerBound).first(where: { tokens[$0].kind == .word && x.cues.topicVerbs.contains(word: tokens[$0].hash) })
        let afterNames = near.last(where: { name in !isPossessive(endToken(name)) && topicVerb.map { firstToken(name) < $0 } ?? true })
            .map { max(endToken($0), clause.lowerBound) } ?? clause.lowerBound
        // (Not a verb: "X, who heads the council, held talks with Y".)
        guard between(afterNames, trigger.lowerBound).contains(where: { tokens[$0].kind == .word && x.cues.plurals.contains(word: tokens[$0].hash)
                  && !(tokens[$0 - 1].kind == .word && x.cues.relativePronouns.contains(word: tokens[$0 - 1].hash)) })
            || between(max(afterNames, trigger.lowerBound - 3), trigger.lowerBound).contains(where: { tokens[$0].kind == .word
                && x.cues.pluralDeterminers.contains(word: tokens[$0].hash) && isVerbPhrase($0 + 1..<trigger.lowerBound) }) else { return nil }
        // ("Pakistan launched Operation X, targeting Indian sites, before both sides agreed": the
        // two states this sentence names, when it names exactly two.)
        let namesStates = between(max(afterNames, trigger.lowerBound - 4), trigger.lowerBound).contains(where: {
            tokens[$0].kind == .word && x.cues.statePlurals.contains(word: tokens[$0].hash) })
        let states = inSentence.filter { firstToken($0) < trigger.lowerBound && mentions[$0].type == .state && allowed($0, predicate.subjectTypes) }
        if lastParties == nil, namesStates, let first = states.first, let other = states.first(where: { !mentions[$0].namesSame(as: mentions[first]) }),
           states.allSatisfy({ mentions[$0].namesSame(as: mentions[first]) || mentions[$0].namesSame(as: mentions[other]) }) {
            return (.mention(first), .mention(other))
        }
        // ("X met Y, and the two countries agreed": the states the two people serve, when the
        // article says which.)
        func served(_ parties: (RelationMention.Argument, RelationMention.Argument)) -> (RelationMention.Argument, RelationMention.Argument) {
            guard namesStates, let a = stateServed(by: parties.0), let b = stateServed(by: parties.1), !sameName(a, b) else { return parties }
            return (a, b)
        }
        // ("… Ruto was welcomed by Foreign Minister X. The two leaders agreed": the last pair of leaders.)
        let saysLeaders = between(afterNames, trigger.lowerBound).contains { isWord($0, x.leaders) }
        if saysLeaders, let pair = lastParties ?? previousParties, !(isLeader(pair.0) && isLeader(pair.1)),
           let leaders = reader?.partiesHistory.last(where: { isLeader($0.parties.0) && isLeader($0.parties.1) }) {
            partiesReferredBack = true
            referredDate = leaders.when
            return served(leaders.parties)
        }
        if let parties = lastParties { return served(parties) }
        partiesReferredBack = true
        if let parties = previousParties {
            referredDate = previousPartiesDate
            return served(parties)
        }
        referredDate = previousDate
        return twoPeopleOfPreviousSentence()
    }

    /// Whether a party is a person the article names with a leader's title ("President X",
    /// "Prime Minister Y"; ``RelationCues/leaderOffices``), under any of the names it gives them.
    func isLeader(_ party: RelationMention.Argument) -> Bool {
        guard case let .mention(m) = party, mentions[m].type == .person, let offices = x.cues.leaderOffices["leader"] else { return false }
        if leaderKnown.isEmpty {
            leaderKnown = Array(repeating: -1, count: mentions.count)
            leaderNamed = mentions.indices.filter { i in
                mentions[i].type == .person && mentions[i].role.map { offices.contains(x.cues.canonicalRole($0, lexicon: x.lexicon)) } ?? false
            }
        }
        if leaderKnown[m] < 0 {
            leaderKnown[m] = leaderNamed.contains { mentions[$0].namesSame(as: mentions[m], surname: true) } ? 1 : 0
        }
        return leaderKnown[m] == 1
    }
    /// ``isLeader(_:)`` by mention, worked out once per article: -1 not yet known, 0 no, 1 yes;
    /// and the article's mentions of a person with a leader's title.
    private var leaderKnown: [Int8] = []
    private var leaderNamed: [Int] = []

    /// The event preposition of a trigger ("at talks", "in a phone call", "during their
    /// meeting"): opening it, or right before it past an article or a possessive; after `limit`.
    func eventPreposition(opening trigger: Range<Int>, after limit: Int) -> Int? {
        var p = trigger.lowerBound
        if !x.cues.eventPrepositions.contains(word: tokens[p].hash) {
            p -= 1
            if p > limit, isArticle(p) || x.his.contains(word: tokens[p].hash) { p -= 1 }
        }
        return p > limit && tokens[p].kind == .word && x.cues.eventPrepositions.contains(word: tokens[p].hash) ? p : nil
    }

    /// "X told Y in a phone call": a subject, one lower-case verb and its object right before an
    /// event preposition ("in", "during" …, an article or "their" after it) and the trigger.
    func verbPairBeforeEvent(_ predicate: RelationRules.PredicateRule, trigger: Range<Int>, clause: Range<Int>, before: ArraySlice<Int>)
        -> (RelationMention.Argument, RelationMention.Argument)? {
        guard let p = eventPreposition(opening: trigger, after: clause.lowerBound) else { return nil }
        let end = isWord(p - 1, x.comma) ? p - 1 : p
        guard let b = before.last, endToken(b) == end, allowed(b, predicate.objectTypes),
              let a = before.last(where: { endToken($0) < firstToken(b) && !isAffiliationOfLater($0, before: trigger.lowerBound) }),
              allowed(a, predicate.subjectTypes) else { return nil }
        // (One verb, then the object's titles: "told Ukrainian President Y".)
        let verb = endToken(a)
        guard verb < firstToken(b), tokens[verb].kind == .word, !tokens[verb].isCapitalized, !x.prepositions.contains(word: tokens[verb].hash),
              tokens[verb].hash != x.and, !isNegator(verb), isTitleGap(between(verb + 1, firstToken(b))),
              // (Not a topic: "A and B discussed Ukraine in a phone call".)
              !x.cues.topicVerbs.contains(word: tokens[verb].hash) else { return nil }
        return (.mention(a), .mention(b))
    }

    /// For a state, the one person the article so far has made its official (the last named);
    /// nil for anything else, or when that is not one person.
    func officialNamed(for state: RelationMention.Argument) -> RelationMention.Argument? {
        guard case let .mention(s) = state, mentions[s].type == .state, let officialOf = x.officialOf else { return nil }
        var person: Int? = nil
        for r in found.reversed() where r.predicate == officialOf.name {
            // (A demonym names its state: "Cambodian" for "Cambodia".)
            guard case let .mention(o) = r.object, mentions[o].namesSameOrHint(mentions[s]), case let .mention(p) = r.subject else { continue }
            if let known = person, !mentions[known].namesSame(as: mentions[p]) { return nil }
            person = person ?? p
        }
        return person.map { .mention($0) }
    }

    /// "X apologised to his counterpart Y. The two leaders spoke by phone": the two people the
    /// previous sentence names, when it names exactly two (and no conversation came before).
    func twoPeopleOfPreviousSentence() -> (RelationMention.Argument, RelationMention.Argument)? {
        guard sentence > 0 else { return nil }
        // (Mentions come in sentence order: the previous sentence's end right before this one's.)
        var start = mentionRange.lowerBound
        while start > 0, mentions[start - 1].sentence >= sentence - 1 { start -= 1 }
        var people: [Int] = []
        for m in start..<mentionRange.lowerBound where mentions[m].sentence == sentence - 1 && mentions[m].type == .person && !mentions[m].tentative {
            if !people.contains(where: { mentions[$0].namesSame(as: mentions[m]) }) {
                people.append(m)
                if people.count > 2 { return nil }
            }
        }
        return people.count == 2 ? (.mention(people[0]), .mention(people[1])) : nil
    }

    /// Whether the tokens between a subject and its verb are only auxiliaries or adverbs
    /// ("both *have* agreed", "the two *later* met"): words that are no noun of a phrase
    /// ("for two *days* and held").
    func isVerbPhrase(_ gap: Range<Int>) -> Bool {
        gap.allSatisfy { tokens[$0].kind == .word && x.cues.auxiliaries.contains(word: tokens[$0].hash) }
    }

    // MARK: Claims

    /// "Gunmen attacked X. Group Y claimed responsibility for the attack": Y attacked X (the
    /// last attack told without its agent, in this sentence or the two before).
    func claims() {
        guard let attack = x.attack, let told = unclaimedRead ?? reader?.unclaimed, sentence - told.sentence <= 2 else { return }
        for position in triggerStarts {
            guard let length = claimLength(at: position) else { continue }
            let clause = clause(containing: position)
            if isNegated(before: position, in: clause) { continue }
            guard let claimant = claimant(before: position, clause: clause) else { continue }
            // "claimed responsibility for a separate attack on Y": an attack of its own (read
            // with its trigger), not the one told before. (Its object before any comma: not "the
            // assault in X, near the border with Y".)
            if triggerStarts.contains(where: { t in t >= position + length && clause.contains(t)
                   && match(at: t).map({ x.predicateRules[$0.predicate].frame == .attack }) == true
                   && inSentence.contains(where: { firstToken($0) > t && clause.contains(firstToken($0))
                       && !between(t, firstToken($0)).contains(where: { isWord($0, x.comma) }) && allowed($0, attack.objectTypes) }) }) {
                unclaimedRead = nil
                claimedAttack = true
                return
            }
            for object in told.objects where object != .mention(claimant) { add(.mention(claimant), attack, object, when: told.when) }
            let noun = attackNoun(from: position + length, clause: clause)
            attacksRead.append(Attack(agent: .mention(claimant), stem: noun.map { stem(of: $0) } ?? 0, sentence: sentence, when: told.when))
            unclaimedRead = nil
            claimedAttack = true
            return
        }
        passiveClaims(of: told, attack: attack)
    }

    /// "The attack was carried out by fighters of the TTP": an attack noun (cues `claimedDeeds`),
    /// a passive verb of a claim (cues `passiveClaims`) and the group or state after "by"
    /// (past its fighters).
    private func passiveClaims(of told: UnclaimedAttack, attack: RelationRules.PredicateRule) {
        for position in range where tokens[position].kind == .word && x.passiveAuxiliaries.contains(word: tokens[position].hash) {
            guard let claimEnd = phraseEnd(x.cues.passiveClaims, at: position, before: range.upperBound) else { continue }
            let clause = clause(containing: position)
            // (The attack is the passive's subject: its noun in the few words before.)
            guard (max(clause.lowerBound, position - 3)..<position).contains(where: { k in
                      tokens[k].kind == .word && x.cues.claimedDeeds.contains(word: tokens[k].hash) }),
                  !isNegated(before: position, in: clause) else { continue }
            var k = claimEnd
            if isArticle(k) { k += 1 }
            // ("by fighters of the TTP", "by militants from the group X".)
            if k < clause.upperBound, tokens[k].kind == .word, x.cues.forceNouns.contains(word: tokens[k].hash),
               isWord(k + 1, x.of) || isWord(k + 1, x.from) {
                k += 2
                if isArticle(k) { k += 1 }
            }
            guard let agent = inSentence.first(where: { firstToken($0) == k }), endToken(agent) <= clause.upperBound,
                  mentions[agent].type == .group || mentions[agent].type == .state, allowed(agent, attack.subjectTypes) else { continue }
            for object in told.objects where object != .mention(agent) { add(.mention(agent), attack, object, when: told.when) }
            attacksRead.append(Attack(agent: .mention(agent), stem: 0, sentence: sentence, when: told.when))
            unclaimedRead = nil
            claimedAttack = true
            return
        }
    }

    /// "Drones struck Port Sudan …, the army said, blaming the paramilitary RSF", "… blamed
    /// Hamas for the attack": the group or state blamed (a few lower-case words after the
    /// verb) is the agent of the attack told just before without one, at a lower confidence
    /// than a claim. Not "blamed X for arming Y": after "for" only an attack.
    func blames() {
        guard let attack = x.attack, let told = unclaimedRead ?? reader?.unclaimed, sentence - told.sentence <= 1 else { return }
        for position in triggerStarts where tokens[position].kind == .word && x.cues.blameVerbs.contains(word: tokens[position].hash) {
            let clause = clause(containing: position)
            if isNegated(before: position, in: clause) { continue }
            var k = position + 1
            while k < clause.upperBound, k - position <= 5, tokens[k].kind == .word, !tokens[k].isCapitalized { k += 1 }
            guard let agent = inSentence.first(where: { firstToken($0) == k }), mentions[agent].type == .group || mentions[agent].type == .state,
                  allowed(agent, attack.subjectTypes) else { continue }
            let after = endToken(agent)
            if after < clause.upperBound, tokens[after].kind == .word {
                guard tokens[after].hash == x.forWord, attackNoun(from: after + 1, clause: clause) != nil else { continue }
            }
            for object in told.objects where object != .mention(agent) { add(.mention(agent), attack, object, when: told.when, confidence: 0.6) }
            attacksRead.append(Attack(agent: .mention(agent), stem: 0, sentence: sentence, when: told.when))
            unclaimedRead = nil
            claimedAttack = true
            return
        }
    }

    /// The length of the claim of responsibility starting at token `position`, if one does.
    func claimLength(at position: Int) -> Int? {
        x.cues.responsibilityClaims.entryTokens.first(where: { words in
            position + words.count <= range.upperBound && words.indices.allSatisfy { tokens[position + $0].hash == words[$0] } })?.count
    }

    /// The claimant of a claim of responsibility at token `position`: the name a relative
    /// clause or an apposition describes ("Y, which …, claimed", "Y, a splinter group,
    /// claimed"), else the group or state nearest before.
    func claimant(before position: Int, clause: Range<Int>) -> Int? {
        guard let attack = x.attack else { return nil }
        let claimant: Int?
        if let aside = antecedent(of: clause, trigger: position), aside.afterAside {
            claimant = aside.mention
        } else if let head = appositionHead(before: position, clause: clause) {
            claimant = head
        } else {
            claimant = mentions(in: between(clause.lowerBound, position)).last { allowed($0, attack.subjectTypes) && !followsModifierParticiple($0) }
        }
        guard let claimant, mentions[claimant].type == .group || mentions[claimant].type == .state, allowed(claimant, attack.subjectTypes) else { return nil }
        return claimant
    }

    /// "Y claimed responsibility for a separate attack on Z": the claimant, for an attack
    /// trigger at `trigger` that a claim of responsibility and "for" come right before.
    func claimantOfTrigger(at trigger: Int, clause: Range<Int>) -> Int? {
        var i = trigger - 1
        while i > clause.lowerBound, trigger - i <= 4, tokens[i].kind == .word, !tokens[i].isCapitalized, tokens[i].hash != x.forWord { i -= 1 }
        guard isWord(i, x.forWord),
              let start = (max(clause.lowerBound, i - 3)..<i).first(where: { claimLength(at: $0) == i - $0 }) else { return nil }
        return claimant(before: start, clause: clause)
    }

    // MARK: Operations

    /// "X launched Operation Y", "its operation, named Y", "X's operation Y".
    /// "X launched Operation O on May 7, striking sites in Y": what the operation's conductor
    /// attacked in the same sentence, the operation targeted.
    func operationTargets() {
        guard conductedOperation, let targeted = x.targeted, let attack = x.attack, let conducted = x.conducted else { return }
        for o in sentenceFound..<found.count where found[o].predicate == conducted.name {
            for s in sentenceFound..<found.count where found[s].predicate == attack.name && found[s].subject == found[o].subject {
                guard case let .mention(object) = found[s].object, allowed(object, targeted.objectTypes) else { continue }
                add(found[o].object, targeted, found[s].object, when: found[s].when)
            }
        }
    }

    func operations() {
        guard let conducted = x.conducted else { return }
        for operation in inSentence where mentions[operation].type == .operation {
            let start = firstToken(operation)
            let clause = clause(containing: start)
            let before = mentions(in: range.lowerBound..<start).filter { allowed($0, conducted.subjectTypes) }
            var subject: Int? = nil
            // "X launched/conducted Operation Y"
            if start > clause.lowerBound, tokens[start - 1].kind == .word, x.cues.agentVerbs.contains(word: tokens[start - 1].hash) {
                subject = before.last
            }
            // "its … operation, named Y" / "X's … operation"
            if subject == nil {
                let window = max(range.lowerBound, start - 8)..<start
                if window.contains(where: { tokens[$0].kind == .word && x.cues.possessivePronouns.contains(word: tokens[$0].hash) }) {
                    subject = before.last { firstToken($0) < window.lowerBound + 8 }
                } else if let owner = before.last, isPossessive(endToken(owner)), start - endToken(owner) <= 6 {
                    subject = owner
                }
            }
            // "X launched an offensive, dubbed Operation Y": the agent of the verb before the name.
            if subject == nil, let verb = (max(range.lowerBound, start - 8)..<start).last(where: {
                   tokens[$0].kind == .word && x.cues.agentVerbs.contains(word: tokens[$0].hash) }),
               (verb..<start).contains(where: { tokens[$0].kind == .word && x.lexicon.operationCues.contains(word: tokens[$0].hash) }) {
                subject = before.last { endToken($0) <= verb }
            }
            // "Operation Y, in which X struck Z": the subject of the clause after it (its attacks
            // there are what the operation targeted).
            if subject == nil, isWord(endToken(operation), x.comma),
               let lead = phraseEnd(x.cues.operationClauseLeads, at: endToken(operation) + 1, before: range.upperBound) {
                subject = inSentence.first { firstToken($0) == lead && allowed($0, conducted.subjectTypes) }
            }
            // "X said the attack, which it named Operation Y, …": "it" is the one who said so.
            if subject == nil, let speaker = namingSpeaker(before: start), allowed(speaker, conducted.subjectTypes) {
                subject = speaker
            }
            // "X launched an attack on Y on Saturday, codenamed Operation Z": the attack this
            // sentence told before the comma.
            let naming = start - 1 > range.lowerBound && isQuoteMark(start - 1) ? start - 2 : start - 1
            if subject == nil, isNamingVerb(naming), isWord(naming - 1, x.comma), let attack = attacksRead.last {
                add(attack.agent, conducted, .mention(operation), when: attack.when)
                conductedOperation = true
                continue
            }
            // "in an operation it dubbed Operation Y", "the strikes were part of Operation Y":
            // the agent of the attack told in this sentence or the one before. (Here and below,
            // the reporting speaker's state, if it attacked: "the Israeli defence minister said the
            // operation, named Y," after "Israel struck A hours after B fired at Israel".)
            // (Not when a person's forces carry the operation: "X said his
            // forces had been fighting … under an offensive called Operation Y".)
            if subject == nil, refersBackToAttack(start), !namesOwnForces(before: start), let agent = speakersAttacker(before: start) ?? lastAttacker() {
                add(agent, conducted, .mention(operation), when: date(for: start, in: clause))
                conductedOperation = true
                continue
            }
            // "the operation, codenamed Operation Y,": the operation the article told of, by
            // whoever carried out its latest attack.
            if subject == nil, namesTheOperation(before: start), !namesOwnForces(before: start), let agent = speakersAttacker(before: start) ?? latestAttacker() {
                // (On the day of the attack, when this sentence tells it.)
                add(agent, conducted, .mention(operation), when: attacksRead.isEmpty ? nil : date(for: start, in: clause))
                conductedOperation = true
                continue
            }
            // "(X) launched Operation Y against Z (and W)": what it was aimed at.
            var k = endToken(operation)
            if let targeted = x.targeted, start > clause.lowerBound, x.cues.agentVerbs.contains(word: tokens[start - 1].hash),
               isWord(k, x.against) || isWord(k, x.targeting) {
                k += 1
                while let object = inSentence.first(where: { firstToken($0) == k || isWord(k, x.the) && firstToken($0) == k + 1 }),
                      allowed(object, targeted.objectTypes), object != subject {
                    add(.mention(operation), targeted, .mention(object), when: date(for: start, in: clause))
                    k = endToken(object)
                    guard isWord(k, x.and) || isWord(k, x.comma) else { break }
                    k += 1
                }
            }
            guard let subject else { continue }
            add(.mention(subject), conducted, .mention(operation), when: date(for: start, in: clause))
            conductedOperation = true
        }
    }

    /// A relative clause (", which …", ", who …") before the trigger at `trigger`: the name
    /// before it, and where the words between that name and the trigger start — the
    /// clause itself (trigger inside it: "X, which has bases in Y"), or its closing comma
    /// (trigger right after it: "X, who met Y on Monday, visited Z").
    func antecedent(of clause: Range<Int>, trigger: Int) -> (mention: Int, agentEnd: Int, afterAside: Bool)? {
        // ("Houthi rebels, who …": the name before a lower-case noun or two; "X (XY), which …":
        // its acronym in parentheses.)
        guard let open = between(max(range.lowerBound + 1, clause.lowerBound), trigger).last(where: {
                  tokens[$0 - 1].hash == x.comma && tokens[$0].kind == .word && x.cues.relativePronouns.contains(word: tokens[$0].hash) }),
              let antecedent = inSentence.last(where: { endToken($0) <= open - 1 && open - 1 - endToken($0) <= 2
                  && between(endToken($0), open - 1).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized
                      || $0 == open - 2 && tokens[$0].hash == x.closeParenthesis } }) else { return nil }
        if let close = between(open + 1, trigger).last(where: { tokens[$0].hash == x.comma }) {
            // (Past an auxiliary and an adverb: ", was also received by".)
            return trigger - close <= 2 || trigger - close <= 4 && between(close + 1, trigger).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized })
                ? (antecedent, close + 1, true) : nil
        }
        return (antecedent, open + 1, false)
    }

    /// "JNIM, Al-Qaeda's affiliate in the Sahel, claimed …": the name before an apposition
    /// that ends right before `position` (an acronym in parentheses may follow the name); so
    /// before a companion phrase, whose list may hold commas ("X, along with A, B and C, received").
    func appositionHead(before position: Int, clause: Range<Int>) -> Int? {
        guard isWord(position - 1, x.comma) else { return nil }
        let commas = between(clause.lowerBound, position - 1).filter { tokens[$0].hash == x.comma }
        let companionOpen = commas.last { phraseEnd(x.cues.companionLeads, at: $0 + 1, before: position) != nil }
        guard let last = companionOpen ?? commas.last else { return nil }
        let aside = between(last + 1, position - 1)
        guard !aside.isEmpty, aside.count <= (companionOpen == nil ? 12 : 24) else { return nil }
        // ("X, known as Y, the commander of Z, met": the name before the alias.)
        let open = companionOpen == nil ? commas.first(where: { $0 < last && pastAlias(after: $0) == last }) ?? last : last
        return inSentence.last(where: { endToken($0) == open || endToken($0) == open - 1 && isWord(open - 1, x.closeParenthesis) })
            .flatMap { head in isParenthesized(head) ? inSentence.last(where: { endToken($0) < firstToken(head) }) : head }
    }

    /// The agent of the attack told last in this sentence or the one before.
    func lastAttacker() -> RelationMention.Argument? { lastAttack()?.agent }

    /// The agent of the latest attack the article has told, however far back ("condemned the
    /// attacks" two sentences after "drones launched by X struck Y").
    func latestAttacker() -> RelationMention.Argument? { latestAttack()?.agent }

    /// The latest attack the article has told, in this sentence or any before.
    func latestAttack() -> Attack? { latestForegroundAttack() ?? attacksRead.last ?? reader?.attacks.last }

    /// The attack told last, in this sentence or the one before.
    func lastAttack() -> Attack? {
        attacksRead.last ?? reader?.attacks.last.flatMap { $0.sentence >= sentence - 1 ? $0 : nil }
    }

    /// What the words from the clause's start to `position` refer back to: an attack just
    /// told ("the strikes", by its agent) or an operation ("the operation": the last named).
    func backReference(before position: Int, clause: Range<Int>) -> (subject: RelationMention.Argument, isAttack: Bool, when: DateReference?)? {
        // (Or a reported clause's: "X told reporters that the strikes targeted Y".)
        let start = between(clause.lowerBound, position).last(where: { isWord($0, x.that) }).map { $0 + 1 } ?? clause.lowerBound
        let clause = start..<clause.upperBound
        if let noun = attackNoun(from: clause.lowerBound, clause: clause), noun == position - 1,
           let attack = attack(named: stem(of: noun)) ?? lastAttack() {
            return (attack.agent, true, attack.when)
        }
        var i = clause.lowerBound
        while i < position, tokens[i].kind == .word, x.cues.eventDeterminers.contains(word: tokens[i].hash) { i += 1 }
        guard i == position - 1, tokens[i].kind == .word, x.lexicon.operationNouns.contains(word: tokens[i].hash),
              let operation = mentions.indices.last(where: { mentions[$0].type == .operation && mentions[$0].span.end <= tokens[i].span.start }) else {
            return nil
        }
        return (.mention(operation), false, nil)
    }

    /// The last word of an attack trigger ("strikes", "the latest attack", "the air strikes")
    /// starting at `start` after determiners only.
    func attackNoun(from start: Int, clause: Range<Int>) -> Int? {
        var i = start
        // (Past the quotation mark that closes a quoted verb: 'said it "strongly condemns" the attack'.)
        while i < clause.upperBound, i - start < 2, isQuoteMark(i) { i += 1 }
        while i < clause.upperBound, i - start < 4, tokens[i].kind == .word, x.cues.eventDeterminers.contains(word: tokens[i].hash) { i += 1 }
        // (Past a quotation mark and an adjective or two: 'the "cowardly attack"'.)
        var k = i
        while k < clause.upperBound, k - i < 3, match(at: k) == nil,
              isQuoteMark(k)
                || tokens[k].kind == .word && !tokens[k].isCapitalized && !x.prepositions.contains(word: tokens[k].hash) && !isArticle(k) { k += 1 }
        if k > i, k < clause.upperBound, k > start, let trigger = match(at: k), x.predicateRules[trigger.predicate].frame == .attack, !trigger.passive {
            return k + trigger.length - 1
        }
        guard i < clause.upperBound, let trigger = match(at: i), x.predicateRules[trigger.predicate].frame == .attack, !trigger.passive else { return nil }
        return i + trigger.length - 1
    }

    /// "the (flagrant) violation of": within a few words after `start`, past determiners,
    /// adjectives and quotation marks, a violation noun and "of".
    func namesViolation(from start: Int, clause: Range<Int>) -> Bool {
        var i = start
        while i < clause.upperBound, i - start < 5, tokens[i].kind == .punctuation || tokens[i].kind == .word && !tokens[i].isCapitalized
                && !x.cues.violationNouns.contains(word: tokens[i].hash) && tokens[i].hash != x.of { i += 1 }
        guard i < clause.upperBound, tokens[i].kind == .word, x.cues.violationNouns.contains(word: tokens[i].hash) else { return false }
        // (Past a closing quotation mark: "the “flagrant violation” of".)
        let next = i + 1 < clause.upperBound && tokens[i + 1].kind == .punctuation && !isWord(i + 1, x.comma) ? i + 2 : i + 1
        return isWord(next, x.of)
    }

    /// "the launch", "the latest missile test": past determiners and a few lower-case words,
    /// a noun of launching, right after `start`.
    func namesLaunch(from start: Int, clause: Range<Int>) -> Bool {
        var i = start
        while i < clause.upperBound, i - start < 4, tokens[i].kind == .word, !tokens[i].isCapitalized,
              !x.cues.launchNouns.contains(word: tokens[i].hash) { i += 1 }
        return i < clause.upperBound && i > start && tokens[i].kind == .word && x.cues.launchNouns.contains(word: tokens[i].hash)
            && x.cues.eventDeterminers.contains(word: tokens[start].hash)
    }

    /// "North Korea fired a ballistic missile into the sea": a state or body right before a
    /// verb of launching with a weapon a few words after it launched (remembered for
    /// "condemned the launch"; an attack on someone is read by the triggers).
    func launches() {
        for position in triggerStarts where !tokens[position].isCapitalized && x.cues.launchVerbs.contains(word: tokens[position].hash) {
            guard (position + 1..<min(position + 5, range.upperBound)).contains(where: {
                tokens[$0].kind == .word && x.cues.weaponNouns.contains(word: tokens[$0].hash) }) else { continue }
            let clause = clause(containing: position)
            guard !isNegated(before: position, in: clause),
                  let agent = inSentence.last(where: { endToken($0) <= position && clause.contains(firstToken($0)) }),
                  mentions[agent].type == .state || mentions[agent].type == .group, position - endToken(agent) <= 3,
                  (endToken(agent)..<position).allSatisfy({ tokens[$0].kind == .word }) else { continue }
            launchRead = .mention(agent)
        }
    }

    /// The agent of the latest attack told with the same word ("carried out strikes" … "condemned
    /// the strikes"), in this sentence or any before.
    func attacker(named stem: UInt64) -> RelationMention.Argument? { attack(named: stem)?.agent }

    /// Whether token `i` is a word in "-ed" (a regular verb's past: "attacked", "bombed").
    func isPastVerb(_ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        let end = tokens[i].span.end
        return tokens[i].span.length > 3 && bytes[end - 1] | 0x20 == UInt8(ascii: "d") && bytes[end - 2] | 0x20 == UInt8(ascii: "e")
    }

    /// Whose attack "the attack", "the strikes" (trigger stem `stem`) is: the latest attacker
    /// told with that word, else the latest one; nobody when an attack told without its agent
    /// came after it ("gunmen attacked a police patrol … X condemned the attack").
    func referredAttacker(_ stem: UInt64) -> RelationMention.Argument? { referredAttack(stem)?.agent }

    /// ``referredAttacker(_:)`` with the agents the same sentence joined to it for the same
    /// attack ("The United States and Britain carried out strikes … Iran condemned the
    /// strikes": both), in the order told.
    func referredAttackers(_ stem: UInt64) -> [RelationMention.Argument] {
        guard let attack = referredAttack(stem) else { return [] }
        var agents: [RelationMention.Argument] = []
        for told in (reader?.attacks ?? []) + attacksRead where told.sentence == attack.sentence && told.stem == attack.stem {
            if !agents.contains(told.agent) { agents.append(told.agent) }
        }
        return agents.isEmpty ? [attack.agent] : agents
    }

    /// The attack ``referredAttacker(_:)`` takes the agent of.
    private func referredAttack(_ stem: UInt64) -> Attack? {
        let agentless = agentlessAttackRead ?? reader?.lastAgentlessAttack
        if let named = attack(named: stem) {
            if let agentless, agentless.stem == stem, agentless.sentence >= named.sentence { return nil }
            return named
        }
        let latest = latestAttack()
        if let agentless, let latest, agentless.sentence > latest.sentence { return nil }
        return latest
    }

    /// The latest attack told with the same word, in this sentence or any before.
    func attack(named stem: UInt64) -> Attack? {
        let named = attacksRead.last(where: { $0.stem == stem }) ?? reader?.attacks.last(where: { $0.stem == stem })
        // (Not one told only as the cause of another when the article has told one of its own:
        // "X struck Y in retaliation for Y's attack on X. … condemned the attack": X's.)
        if let named, named.background, let own = latestForegroundAttack() { return own }
        return named
    }

    /// The latest attack told for itself, not as the cause of another.
    func latestForegroundAttack() -> Attack? {
        attacksRead.last(where: { !$0.background }) ?? reader?.attacks.last(where: { !$0.background })
    }

    /// A word's hash without a plural or past ending ("strikes", "strike" → "strike";
    /// "attacked", "attacks" → "attack").
    func stem(of token: Int) -> UInt64 {
        let start = tokens[token].span.start
        var end = tokens[token].span.end
        if end - start > 4, bytes[end - 1] | 0x20 == UInt8(ascii: "d"), bytes[end - 2] | 0x20 == UInt8(ascii: "e") {
            end -= 2
        } else if end - start > 3, bytes[end - 1] | 0x20 == UInt8(ascii: "s") {
            end -= 1
        }
        return WordHash.word(bytes, start..<end)
    }

    /// Whether mention `m` stands for a state under another name than the state's (a demonym,
    /// or initials such as "US").
    func namesStateByOtherName(_ m: Int) -> Bool {
        mentions[m].type == .state && mentions[m].canonicalHint.map { $0 != mentions[m].surface } == true
    }

    /// Whether mention `m` is a demonym followed by a lower-case noun for members of its people
    /// rather than for its state's representatives or officials ("Turkish *businessmen*").
    func namesPeopleNotState(_ m: Int, clause: Range<Int>) -> Bool {
        // (A name in capitals is an abbreviation: "US".)
        guard namesStateByOtherName(m), !tokens[firstToken(m)].isAllCaps else { return false }
        let next = endToken(m)
        guard next < clause.upperBound, tokens[next].kind == .word, !tokens[next].isCapitalized, !isWord(next, x.and) else { return false }
        let hash = tokens[next].hash
        return !(x.cues.stateRepresentatives.contains(word: hash) || x.cues.counterpartWords.contains(word: hash)
            || x.lexicon.titles.contains(word: hash) || x.lexicon.titlePlurals.contains(word: hash) || x.lexicon.titleModifiers.contains(word: hash)
            || x.prepositions.contains(word: hash))
    }

    /// Whether "his forces", "her troops" (a person's) come before token `start` in the sentence.
    func namesOwnForces(before start: Int) -> Bool {
        (max(range.lowerBound, start - 40)..<max(range.lowerBound, start - 1)).contains {
            tokens[$0].kind == .word && x.personalPossessives.contains(word: tokens[$0].hash) && tokens[$0 + 1].kind == .word
                && x.cues.forceNouns.contains(word: tokens[$0 + 1].hash)
        }
    }

    /// Whether the words right before token `start` refer back to an attack ("part of").
    /// (Words with a hyphen are one token here: the cues avoid them.)
    func refersBackToAttack(_ start: Int) -> Bool {
        // "in what the Pentagon later called Operation Y": a naming verb, "what" shortly before;
        // 'in an operation Prime Minister X called "Rising Lion"': an operation noun before it.
        let naming = start - 1 > range.lowerBound && isQuoteMark(start - 1) ? start - 2 : start - 1
        if isNamingVerb(naming), (max(range.lowerBound, naming - 7)..<naming).contains(where: {
               isWord($0, x.what) || tokens[$0].kind == .word && x.lexicon.operationNouns.contains(word: tokens[$0].hash) && isArticle($0 - 1) }) { return true }
        let phrases = x.cues.operationBackReferences
        for length in 1...max(1, phrases.longest) where start - length >= range.lowerBound {
            let words = (start - length)..<start
            guard words.allSatisfy({ tokens[$0].kind == .word }) else { return false }
            let hash = words.reduce(WordHash.emptyPhrase) { WordHash.phrase($0, appending: tokens[$1].hash) }
            if phrases.contains(phrase: hash) { return true }
        }
        return false
    }

    /// "X said the attack, which it named Operation Y": the state or group whose report
    /// ("said", "announced" …) opens the sentence, when "it" or "they" names the operation
    /// starting at `start`.
    func namingSpeaker(before start: Int) -> Int? {
        let naming = start - 1 > range.lowerBound && isQuoteMark(start - 1) ? start - 2 : start - 1
        guard isNamingVerb(naming), isWord(naming - 1, x.itWord) || isWord(naming - 1, x.they) else { return nil }
        guard let report = (range.lowerBound..<(naming - 1)).first(where: {
            tokens[$0].kind == .word && x.cues.reportingVerbs.contains(word: tokens[$0].hash) }) else { return nil }
        // (The name right before the verb, or before its acronym: "… Corps (IRGC) said".)
        var end = report
        if isParenthesis(end - 1), end - 3 >= range.lowerBound, isParenthesis(end - 3) { end -= 3 }
        return inSentence.first { endToken($0) == end && (mentions[$0].type == .state || mentions[$0].type == .group) }
    }

    /// The state whose official or spokesman reports (before a reporting verb ahead of token
    /// `start` in the sentence), as the agent of an attack the article told, if it told one.
    func speakersAttacker(before start: Int) -> RelationMention.Argument? {
        guard let report = (range.lowerBound..<start).first(where: { tokens[$0].kind == .word && x.cues.reportingVerbs.contains(word: tokens[$0].hash) }),
              let state = inSentence.first(where: { endToken($0) <= report && mentions[$0].type == .state }) else { return nil }
        func isState(_ attack: Attack) -> Bool {
            guard case let .mention(agent) = attack.agent else { return false }
            return mentions[agent].namesSameOrHint(mentions[state])
        }
        return (attacksRead.last(where: isState) ?? reader?.attacks.last(where: isState))?.agent
    }

    /// "the operation, codenamed …", "this offensive, dubbed …": a definite operation noun, an
    /// optional comma and a naming word right before token `start`.
    func namesTheOperation(before start: Int) -> Bool {
        var i = start - 1
        // (Past an opening quotation mark: 'code-named "Operation Sindoor"'.)
        if i > range.lowerBound, isQuoteMark(i) { i -= 1 }
        guard i > range.lowerBound, isNamingVerb(i) || tokens[i].kind == .word && x.lexicon.operationCues.contains(word: tokens[i].hash) else { return false }
        i -= 1
        if isWord(i, x.comma) { i -= 1 }
        // (Or an attack noun: "the strikes, named Operation Y,".)
        guard i > range.lowerBound, tokens[i].kind == .word, x.lexicon.operationNouns.contains(word: tokens[i].hash)
                || match(at: i).map({ $0.length == 1 && x.predicateRules[$0.predicate].frame == .attack }) == true else { return false }
        // ("in an operation code-named Y" too: the one the sentence tells.)
        return isWord(i - 1, x.the) || isWord(i - 1, x.an) || isWord(i - 1, x.a)
            || tokens[i - 1].kind == .word && (tokens[i - 1].hash == x.this || x.his.contains(word: tokens[i - 1].hash))
    }

    /// A verb of naming (``RelationCues/namingVerbs``) at token `i`.
    func isNamingVerb(_ i: Int) -> Bool {
        i >= range.lowerBound && i < range.upperBound && tokens[i].kind == .word && x.lexicon.namingVerbs.contains(word: tokens[i].hash)
    }

    func add(_ subject: RelationMention.Argument, _ predicate: RelationRules.PredicateRule, _ object: RelationMention.Argument,
                      when: DateReference?, confidence: Double = 0.7) {
        found.append(RelationMention(subject: subject, predicate: predicate.name, object: object, sentence: sentence,
                                     when: predicate.dated ? when : nil, confidence: confidence))
    }
}
