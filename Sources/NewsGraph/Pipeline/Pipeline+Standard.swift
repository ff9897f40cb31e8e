import Foundation

extension Pipeline {
    /// The data a standard pipeline is built from; load once, share across runs.
    public struct Resources: Sendable {
        public var lexicon: Lexicon
        public var gazetteer: Gazetteer
        public var vocabulary: RelationVocabulary
        public var cues: RelationCues
        public var calendar: CalendarWords
        public var boilerplateRules: URL

        /// Loads the data files shipped with NewsGraph, then the user's gazetteer files.
        public static func standard(gazetteers: [URL] = []) throws -> Resources {
            let gazetteer = try Gazetteer.standard()
            for url in gazetteers { try gazetteer.loadCustom(url) }
            return Resources(lexicon: try .standard(), gazetteer: gazetteer, vocabulary: try .standard(), cues: try .standard(),
                             calendar: try .standard(), boilerplateRules: try ResourceLoader.dataURL("boilerplate.json"))
        }
    }

    /// dates → clean → tokens → sentences → mentions → relations, per document; then, across
    /// the corpus: resolution, offices implied by a bare title, offices named without a name,
    /// officials' trips home (no visits), event dates, gazetteer facts.
    public static func standard(resources: Resources) throws -> Pipeline {
        Pipeline(steps: [
            .document(DocumentDateFinder(words: resources.calendar)),
            .document(try BoilerplateFilter(rulesURL: resources.boilerplateRules)),
            .document(Tokenizer()),
            .document(SentenceSplitter(lexicon: resources.lexicon)),
            .document(MentionRecognizer(lexicon: resources.lexicon, gazetteer: resources.gazetteer)),
            .document(RelationExtractor(vocabulary: resources.vocabulary, cues: resources.cues, lexicon: resources.lexicon,
                                        calendar: resources.calendar)),
            .corpus(EntityResolver(gazetteer: resources.gazetteer, lexicon: resources.lexicon)),
            .corpus(ImpliedOffices(cues: resources.cues, lexicon: resources.lexicon, gazetteer: resources.gazetteer)),
            .corpus(OfficeResolver(cues: resources.cues, lexicon: resources.lexicon)),
            .corpus(HomeCapitals(gazetteer: resources.gazetteer)),
            .corpus(EventDating()),
            .corpus(GazetteerFacts(gazetteer: resources.gazetteer)),
        ], vocabulary: resources.vocabulary)
    }
}
