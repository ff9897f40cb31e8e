/// The ordered extraction steps from raw articles to a ``KnowledgeGraph``.
///
/// A pipeline is a list of steps: document stages run on each document independently;
/// a corpus stage sees all documents at once. ``standard(resources:)`` gives the default
/// order (clean → sentences → tokens → mentions → resolution → relations); replacing a
/// stage means replacing one element of that list.
public struct Pipeline: Sendable {
    public enum Step: Sendable {
        case document(any DocumentStage)
        case corpus(any CorpusStage)

        public var name: String {
            switch self {
            case let .document(stage): return stage.name
            case let .corpus(stage): return stage.name
            }
        }
    }

    public var steps: [Step]
    public let vocabulary: RelationVocabulary
    /// Add `coOccurs` edges to the graph (see ``GraphBuilder/includeCooccurrence``).
    public var includeCooccurrence = false
    /// Called after each document has passed the document stages, with the number done
    /// and the total (for progress displays; the library itself never prints).
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// How many documents go through the document stages at once (threads). The result
    /// does not depend on it: documents are independent there, and everything after runs
    /// in document order. Step timings add up the time of every thread.
    public var jobs = 1

    public init(steps: [Step], vocabulary: RelationVocabulary) {
        self.steps = steps
        self.vocabulary = vocabulary
    }

    /// Runs every step over `documents` and returns the analysed corpus.
    ///
    /// Documents are first put in id order, so the result does not depend on the order
    /// they were given in.
    public func analyze(_ documents: [Document]) throws -> Corpus {
        var timings: [(step: String, seconds: Double)] = []
        return try analyze(documents, timings: &timings)
    }

    /// ``analyze(_:)`` that also reports how many seconds each step took, in order.
    public func analyze(_ documents: [Document], timings: inout [(step: String, seconds: Double)]) throws -> Corpus {
        var corpus = Corpus(documents: Self.analyzed(documents, jobs: jobs), vocabularyDated: vocabulary.predicates.filter(\.dated).map(\.name))
        try run(steps: steps.indices, on: &corpus, timings: &timings)
        return corpus
    }

    /// The documents in id order, each ready for analysis (its text as bytes), made on `jobs` threads.
    static func analyzed(_ documents: [Document], jobs: Int) -> [AnalyzedDocument] {
        let sorted = documents.sorted { $0.id < $1.id }
        return [AnalyzedDocument](unsafeUninitializedCapacity: sorted.count) { buffer, count in
            nonisolated(unsafe) let buffer = buffer      // each slot is initialised by the one thread of its range
            _ = Corpus.mapRanges(of: sorted.count, jobs: jobs) { range in
                for i in range { (buffer.baseAddress! + i).initialize(to: AnalyzedDocument(sorted[i])) }
            }
            count = sorted.count
        }
    }

    /// The number of leading document steps: what ``extract(_:)`` runs. Each works on one
    /// document alone, so their results can be made anywhere and merged later.
    public var extractionStepCount: Int {
        steps.firstIndex { if case .corpus = $0 { return true } else { return false } } ?? steps.count
    }

    /// Runs the per-document steps only (the map side of a distributed run): the documents,
    /// in id order, ready for a part file (``PartFile``) and a later ``merge(_:)``.
    public func extract(_ documents: [Document]) throws -> [AnalyzedDocument] {
        var corpus = Corpus(documents: Self.analyzed(documents, jobs: jobs), vocabularyDated: vocabulary.predicates.filter(\.dated).map(\.name))
        var timings: [(step: String, seconds: Double)] = []
        try run(steps: 0..<extractionStepCount, on: &corpus, timings: &timings)
        return corpus.documents
    }

    /// The rest of the pipeline over extracted documents from any number of parts (the
    /// reduce side): the same graph ``run(_:)`` builds from the original articles.
    /// - Throws: ``IngestError/duplicateID(_:first:second:)`` if a document id comes twice.
    public func merge(_ documents: [AnalyzedDocument]) throws -> (graph: KnowledgeGraph, diagnostics: [Diagnostic]) {
        let sorted = documents.sorted { $0.id < $1.id }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.id == b.id {
            throw IngestError.duplicateID(a.id, first: "one part", second: "another part")
        }
        var corpus = Corpus(documents: sorted, vocabularyDated: vocabulary.predicates.filter(\.dated).map(\.name))
        var timings: [(step: String, seconds: Double)] = []
        try run(steps: extractionStepCount..<steps.count, on: &corpus, timings: &timings)
        return graphAndDiagnostics(&corpus)
    }

    /// Runs `steps[range]` over the corpus.
    func run(steps range: Range<Int>, on corpus: inout Corpus, timings: inout [(step: String, seconds: Double)]) throws {
        corpus.jobs = jobs
        let clock = ContinuousClock()
        var seconds = Array(repeating: 0.0, count: steps.count)
        func elapsed(since start: ContinuousClock.Instant) -> Double {
            let parts = (clock.now - start).components
            return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        }
        // Consecutive document stages run together over a group of documents at a time (see
        // DocumentBatch), so the group's text and tokens are still in cache for the next stage.
        var index = range.lowerBound
        while index < range.upperBound {
            if case let .corpus(stage) = steps[index] {
                let started = clock.now
                do { try stage.process(&corpus) } catch {
                    throw StageError(stage: stage.name, document: nil, underlying: error)
                }
                seconds[index] += elapsed(since: started)
                index += 1
                continue
            }
            var end = index
            var batch: [(Int, any DocumentStage)] = []
            while end < range.upperBound, case let .document(stage) = steps[end] {
                batch.append((end, stage))
                end += 1
            }
            // After the last document stage, drop what only those stages use, document by
            // document, so the tokens of the whole corpus are never held at once.
            let isLastBatch = !steps[end...].contains(where: { if case .document = $0 { return true } else { return false } })
            let batchSeconds = try DocumentBatch(stages: batch.map(\.1), releaseAfter: isLastBatch, progress: progress)
                .run(on: &corpus.documents, jobs: jobs)
            for (k, (position, _)) in batch.enumerated() { seconds[position] += batchSeconds[k] }
            index = end
        }
        for index in range { timings.append((steps[index].name, seconds[index])) }
    }

    /// Runs the pipeline and builds the graph.
    public func run(_ documents: [Document]) throws -> (graph: KnowledgeGraph, diagnostics: [Diagnostic]) {
        var timings: [(step: String, seconds: Double)] = []
        return try run(documents, timings: &timings)
    }

    /// ``run(_:)`` that also reports the seconds each step took (graph building last).
    public func run(_ documents: [Document], timings: inout [(step: String, seconds: Double)]) throws -> (graph: KnowledgeGraph, diagnostics: [Diagnostic]) {
        var corpus = try analyze(documents, timings: &timings)
        let clock = ContinuousClock()
        let started = clock.now
        defer {
            let elapsed = (clock.now - started).components
            timings.append(("graph", Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18))
        }
        return graphAndDiagnostics(&corpus)
    }

    /// The graph of an analysed corpus and its diagnostics; each document's analysis is
    /// freed as soon as the graph builder has read it (on the jobs `run(steps:)` gave the corpus).
    private func graphAndDiagnostics(_ corpus: inout Corpus) -> (graph: KnowledgeGraph, diagnostics: [Diagnostic]) {
        let diagnostics = corpus.diagnostics
        let graph = GraphBuilder(vocabulary: vocabulary, includeCooccurrence: includeCooccurrence).build(releasing: &corpus)
        return (graph, diagnostics)
    }
}
