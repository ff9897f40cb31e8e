import Foundation
import Testing
import XMLSupport
@testable import NewsGraph

/// GraphML serializes nodes and edges in blocks on several threads and writes them in order.
@Suite("Parallel export")
struct ParallelExportTests {
    @Test("GraphML bytes are the same for 1, 2 and 5 threads, and valid against the GraphML XSD")
    func graphMLIndependentOfJobs() throws {
        // 3,000 nodes and 15,000 edges: several blocks of each.
        let graph = ExportBenchmark(nodes: 3_000).graph(vocabulary: try RelationVocabulary.standard())
        #expect(graph.relations.count > 4 * OrderedBlocks.blockSize)
        var outputs: [Int: [UInt8]] = [:]
        for jobs in [1, 2, 5] {
            let sink = MemorySink()
            try GraphMLExporter().export(graph, file: 0, to: sink, jobs: jobs)
            outputs[jobs] = sink.bytes
        }
        #expect(outputs[2] == outputs[1])
        #expect(outputs[5] == outputs[1])
        // The blocks are put together as if written by one writer.
        #expect(outputs[1] == (try TestSupport.export(graph, GraphMLExporter())))
        try TestSupport.requireShared()
        let validator = try XMLValidator(schemaPath: GraphMLExporterTests.officialSchema.appendingPathComponent("graphml.xsd").path,
                                         catalogPath: GraphMLExporterTests.officialSchema.appendingPathComponent("catalog.xml").path)
        #expect(validator.validate(bytes: outputs[2]!) == [])
    }

    struct Failure: Error, Equatable { let block: Int }

    @Test("blocks arrive in order; a failing block stops the writing and its error comes back", arguments: [1, 2, 4])
    func orderAndErrors(jobs: Int) throws {
        var written: [Int] = []
        try OrderedBlocks.run(count: 1_000, jobs: jobs, blockSize: 7, serialize: { range in
            [UInt8(truncatingIfNeeded: range.lowerBound / 7)]
        }, write: { written.append(Int($0[0])) })
        #expect(written == Array(0..<143).map { $0 & 0xFF })

        written = []
        #expect(throws: Failure(block: 40)) {
            try OrderedBlocks.run(count: 1_000, jobs: jobs, blockSize: 7, serialize: { range in
                if range.lowerBound / 7 == 40 { throw Failure(block: 40) }
                return [UInt8(range.lowerBound / 7)]
            }, write: { written.append(Int($0[0])) })
        }
        #expect(written == Array(0..<40), "every block before the failing one, none after")

        written = []
        #expect(throws: Failure(block: 3)) {
            try OrderedBlocks.run(count: 1_000, jobs: jobs, blockSize: 7, serialize: { range in [UInt8(range.lowerBound / 7)] },
                                  write: { bytes in
                                      if bytes[0] == 3 { throw Failure(block: 3) }
                                      written.append(Int(bytes[0]))
                                  })
        }
        #expect(written == [0, 1, 2])
    }
}
