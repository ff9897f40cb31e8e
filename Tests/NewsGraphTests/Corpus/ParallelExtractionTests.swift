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
        let documents = ExtractionBenchmark(samples: seeds, targetBytes: 400_000).corpus()
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
