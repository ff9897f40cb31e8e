/// Stage `relations`: finds relations between resolved mentions in each sentence.
///
/// A first, trigger-based extractor: a trigger word or phrase of a predicate (from the
/// vocabulary) links the nearest mention before it whose type the predicate allows as
/// subject with the nearest allowed object after it. The event is dated with the
/// document's date when it has one.
public struct RelationExtractor: DocumentStage {
    public let name = "relations"
    private let vocabulary: RelationVocabulary
    /// Trigger phrases as key word lists, longest first, with their predicate.
    private let triggers: [(words: [String], predicate: Predicate)]

    public init(vocabulary: RelationVocabulary) {
        self.vocabulary = vocabulary
        triggers = vocabulary.predicates.flatMap { predicate in
            predicate.triggers.map { (NameKey.words($0), predicate) }
        }.sorted { $0.words.count > $1.words.count }
    }

    public func process(_ document: inout AnalyzedDocument) throws {
        var found: [RelationMention] = []
        let resolved = document.mentions.filter { $0.entityID != nil }
        for (sentence, range) in document.sentenceTokens.enumerated() {
            let mentions = resolved.filter { $0.sentence == sentence }
            guard mentions.count >= 2 else { continue }
            let words = range.map { (key: NameKey.key(document.string(document.tokens[$0].span)), span: document.tokens[$0].span) }
            var used = Set<Int>()
            for (position, word) in words.enumerated() where !used.contains(position) {
                guard let (trigger, length) = match(words.map(\.key), at: position) else { continue }
                for offset in 0..<length { used.insert(position + offset) }
                let start = word.span.start, end = words[position + length - 1].span.end
                guard let subject = mentions.last(where: { $0.span.end <= start && trigger.subjectTypes.contains($0.type) }),
                      let object = mentions.first(where: { $0.span.start >= end && trigger.objectTypes.contains($0.type) && $0.entityID != subject.entityID })
                else { continue }
                var s = subject.entityID!, o = object.entityID!
                if trigger.symmetric && o < s { swap(&s, &o) }
                found.append(RelationMention(subject: s, predicate: trigger.name, object: o, documentID: document.id,
                                             sentence: sentence, date: document.date, confidence: 0.5))
            }
        }
        document.relations = found
    }

    private func match(_ keys: [String], at position: Int) -> (Predicate, Int)? {
        for (words, predicate) in triggers where position + words.count <= keys.count {
            if keys[position..<(position + words.count)].elementsEqual(words) { return (predicate, words.count) }
        }
        return nil
    }
}
