import Foundation
import Testing
@testable import NewsGraph

/// `--jobs`: document stages, and the per-document work of corpus stages, on several
/// threads give exactly the bytes of one thread.
@Suite("Parallel extraction")
struct ParallelExtractionTests {
    static let formats = ["graphml", "dot", "jsonld", "csv"]

    /// The seeds repeated (each copy its own document), given in a shuffled order.
    static func corpus() throws -> [Document] {
        let (seeds, _) = try DocumentLoader().load([TestSupport.seeds.path])
        let documents = ExtractionBenchmark(samples: seeds, targetBytes: 1_000_000).corpus()
        var generator = SplitMix64(seed: 7)
        return documents.shuffled(using: &generator)
    }

    @Test("1, 2 and 5 jobs write byte-identical GraphML, DOT, JSON-LD and CSV")
    func sameBytes() throws {
        let documents = try Self.corpus()
        #expect(documents.count > 100)
        var pipeline = TestSupport.pipeline
        pipeline.jobs = 1
        let single = try TestSupport.exportFiles(pipeline.run(documents).graph, formats: Self.formats)
        #expect(!single.isEmpty)
        for jobs in [2, 5] {
            pipeline.jobs = jobs
            let parallel = try TestSupport.exportFiles(pipeline.run(documents.reversed()).graph, formats: Self.formats)
            #expect(parallel.keys.sorted() == single.keys.sorted())
            for (file, bytes) in single {
                #expect(parallel[file] == bytes, "\(file) differs with \(jobs) jobs")
            }
        }
    }

    @Test("the graph builder merges ranges of documents into the edges one pass makes, whatever the document order")
    func graphFromRanges() throws {
        var corpus = try TestSupport.pipeline.analyze(Self.corpus())
        #expect(corpus.documents.count >= 5 * Corpus.concurrentChunk)   // so 5 jobs make 5 ranges
        for cooccurrence in [false, true] {
            let builder = GraphBuilder(vocabulary: TestSupport.pipeline.vocabulary, includeCooccurrence: cooccurrence)
            corpus.jobs = 1
            let single = builder.build(corpus).relations
            #expect(single.contains { $0.evidence.count > 1 })
            for jobs in [2, 5] {
                corpus.jobs = jobs
                let same = builder.build(corpus).relations == single     // (a Bool: the graphs are too long to print)
                #expect(same, "\(jobs) jobs, co-occurrence \(cooccurrence)")
            }
            // Out of id order (as a caller may hand them): the same edges, evidence sorted.
            var shuffled = corpus
            var generator = SplitMix64(seed: 3)
            shuffled.documents.shuffle(using: &generator)
            for jobs in [1, 5] {
                shuffled.jobs = jobs
                // (Roles keep the order they were met in, which follows the documents'.)
                let same = Self.normalized(builder.build(shuffled).relations) == Self.normalized(single)
                #expect(same, "shuffled, \(jobs) jobs, co-occurrence \(cooccurrence)")
            }
        }
    }

    static func normalized(_ relations: [Relation]) -> [Relation] {
        relations.map { var r = $0; r.roles.sort(); return r }
            .sorted { ($0.subject.rawValue, $0.predicate, $0.object.rawValue) < ($1.subject.rawValue, $1.predicate, $1.object.rawValue) }
    }

    /// A stage that fails on documents whose id contains "bad".
    struct FailingStage: DocumentStage {
        let name = "failing"
        struct Failure: Error {}
        func process(_ document: inout AnalyzedDocument) throws {
            if document.id.contains("bad") { throw Failure() }
        }
    }

    @Test("with several jobs, the error names the same (earliest) document as one job would")
    func sameError() throws {
        let text = "Officials met in the capital on Monday."
        let documents = (0..<200).map { n in
            Document(id: String(format: "doc%03d", n) + (n == 57 || n == 143 ? "-bad" : ""), text: text)
        }
        var pipeline = Pipeline(steps: [.document(Tokenizer()), .document(FailingStage())], vocabulary: TestSupport.resources.vocabulary)
        for jobs in [1, 4] {
            pipeline.jobs = jobs
            do {
                _ = try pipeline.run(documents)
                Issue.record("no error with \(jobs) jobs")
            } catch let error as StageError {
                #expect(error.document == "doc057-bad")
                #expect(error.stage == "failing")
            }
        }
    }
}
