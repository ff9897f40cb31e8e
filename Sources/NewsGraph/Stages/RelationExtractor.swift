/// Stage `relations`: finds relations between resolved mentions in each sentence.
///
/// A first, trigger-based extractor: a trigger word or phrase of a predicate (from the
/// vocabulary) links the nearest mention before it whose type the predicate allows as
/// subject with the nearest allowed object after it. The event is dated with the
/// document's date when it has one.
public struct RelationExtractor: DocumentStage {
    public let name = "relations"
    private let vocabulary: RelationVocabulary
    /// Trigger phrases by the hash of their first word: the word hashes of the whole
    /// phrase and the predicate's index, longest phrases first.
    private let triggers: [UInt64: [(words: [UInt64], predicate: Int)]]

    public init(vocabulary: RelationVocabulary) {
        self.vocabulary = vocabulary
        var triggers: [UInt64: [(words: [UInt64], predicate: Int)]] = [:]
        for (index, predicate) in vocabulary.predicates.enumerated() {
            for trigger in predicate.triggers {
                let words = NameKey.words(trigger).map(WordHash.word)
                guard let first = words.first else { continue }
                triggers[first, default: []].append((words, index))
            }
        }
        for key in triggers.keys { triggers[key]!.sort { $0.words.count > $1.words.count } }
        self.triggers = triggers
    }

    public func process(_ document: inout AnalyzedDocument) throws {
        var found: [RelationMention] = []
        var mentionIndex = 0
        let mentions = document.mentions
        for (sentence, range) in document.sentenceTokens.enumerated() {
            // Mentions are sorted by position, so each sentence's are a contiguous run.
            while mentionIndex < mentions.count, mentions[mentionIndex].sentence < sentence { mentionIndex += 1 }
            var end = mentionIndex
            while end < mentions.count, mentions[end].sentence == sentence { end += 1 }
            let inSentence = Array(mentionIndex..<end)
            guard inSentence.count >= 2 else { continue }
            var position = range.lowerBound
            while position < range.upperBound {
                guard let (predicateIndex, length) = match(document.tokens, at: position, limit: range.upperBound) else {
                    position += 1
                    continue
                }
                let trigger = vocabulary.predicates[predicateIndex]
                let start = document.tokens[position].span.start, stop = document.tokens[position + length - 1].span.end
                position += length
                guard let subject = inSentence.last(where: { mentions[$0].span.end <= start && trigger.subjectTypes.contains(mentions[$0].type) }),
                      let object = inSentence.first(where: { mentions[$0].span.start >= stop && trigger.objectTypes.contains(mentions[$0].type) })
                else { continue }
                found.append(RelationMention(subject: .mention(subject), predicate: trigger.name, object: .mention(object),
                                             sentence: sentence, date: document.date, confidence: 0.5))
            }
        }
        document.relations = found
    }

    private func match(_ tokens: [Token], at position: Int, limit: Int) -> (Int, Int)? {
        guard let candidates = triggers[tokens[position].hash] else { return nil }
        for (words, predicate) in candidates where position + words.count <= limit {
            var matches = true
            for offset in 1..<max(words.count, 1) where tokens[position + offset].hash != words[offset] {
                matches = false
                break
            }
            if matches { return (predicate, words.count) }
        }
        return nil
    }
}
