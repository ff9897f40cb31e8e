extension RelationMention.Argument {
    /// The entity the argument names once mentions are resolved (nil for an office nobody
    /// was found to hold, or a mention resolution dropped).
    func entity(in mentions: UnsafeBufferPointer<Mention>) -> EntityID? {
        switch self {
        case let .mention(index): return index < mentions.count ? mentions[index].entityID : nil
        case let .entity(id): return id
        case .role: return nil
        }
    }
}

/// A relation found in one sentence, before resolution and before statements of the
/// same fact are merged.
///
/// Relations are found document by document, before entities are resolved across the
/// corpus, so their arguments usually point at mentions of the same document.
public struct RelationMention: Hashable, Sendable, Codable {
    /// What a subject or object refers to.
    public enum Argument: Hashable, Sendable, Codable {
        /// A mention of the document, by index in its `mentions`.
        case mention(Int)
        /// An entity known by id (facts from the gazetteer, references resolved later).
        case entity(EntityID)
        /// A person named only by office: "Iran's foreign minister" (state mention and
        /// title), or "his Iranian counterpart" (state mention and the mention whose
        /// office is meant). Resolution finds who holds it in the corpus.
        case role(state: Int, title: String?, counterpartOf: Int?)
    }

    public var subject: Argument
    public var predicate: String
    public var object: Argument
    public var sentence: Int
    /// The day of the event, once placed on the calendar.
    public var date: CalendarDay?
    /// The date as the text gives it ("on Friday"), placed on the calendar after the
    /// article's date is known.
    public var when: DateReference?
    /// For offices: the title as written.
    public var role: String?
    /// 0…1: how sure the rule that found it is.
    public var confidence: Double
    /// A `visited` read from where a meeting took place ("X held talks with Y in Beijing"),
    /// which does not say who travelled: kept only for a party who serves a state other
    /// than the place's (stage `home-capitals`). Nil otherwise.
    public var meetingSite: Bool?

    public init(subject: Argument, predicate: String, object: Argument, sentence: Int,
                date: CalendarDay? = nil, when: DateReference? = nil, role: String? = nil, confidence: Double = 1) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.sentence = sentence
        self.date = date
        self.when = when
        self.role = role
        self.confidence = confidence
    }
}

/// A sentence that supports a relation, with the document it comes from.
public struct Evidence: Hashable, Comparable, Sendable, Codable {
    public var documentID: String
    public var sentence: Int
    public var text: String

    public init(documentID: String, sentence: Int, text: String) {
        self.documentID = documentID
        self.sentence = sentence
        self.text = text
    }

    public static func < (l: Self, r: Self) -> Bool { (l.documentID, l.sentence) < (r.documentID, r.sentence) }
}

/// One distinct fact: an edge of the graph, merged over every sentence that states it.
public struct Relation: Hashable, Sendable, Codable {
    public var subject: EntityID
    /// A predicate name from the relation vocabulary (`spokeWith`, `attacked`, …).
    public var predicate: String
    public var object: EntityID
    /// Whether the predicate is symmetric (then `subject < object`).
    public var symmetric: Bool
    /// Days on which the event happened, sorted.
    public var dates: [CalendarDay]
    /// Supporting sentences, in document and sentence order.
    public var evidence: [Evidence]
    /// The highest confidence among the supporting sentences.
    public var confidence: Double
    /// For offices: the titles as written ("Foreign Minister", "FM").
    public var roles: [String] = []

    /// Number of supporting sentences (always ≥ 1).
    public var weight: Int { evidence.count }
    /// Ids of the source documents, sorted.
    public var documents: [String] {
        // Evidence is kept sorted by document, so the distinct ids come in order; checked
        // as it goes, with a sort for a relation built by hand out of order.
        var ids: [String] = []
        for item in evidence where ids.last != item.documentID {
            if let last = ids.last, item.documentID < last { return Array(Set(evidence.map(\.documentID))).sorted() }
            ids.append(item.documentID)
        }
        return ids
    }

    public init(subject: EntityID, predicate: String, object: EntityID, symmetric: Bool,
                dates: [CalendarDay], evidence: [Evidence], confidence: Double) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.symmetric = symmetric
        self.dates = dates
        self.evidence = evidence
        self.confidence = confidence
    }
}
