import Foundation
import Testing
import XMLSupport
@testable import NewsGraph

/// GraphML serializes nodes and edges in blocks on several threads and writes them in order.
@Suite("Parallel export")
struct ParallelExportTests {
    static func export(_ graph: KnowledgeGraph, _ exporter: some GraphExporter, jobs: Int) throws -> [UInt8] {
        let sink = MemorySink()
        try exporter.export(graph, file: 0, to: sink, jobs: jobs)
        return sink.bytes
    }

    @Test("GraphML and GEXF bytes are the same for 1, 2 and 5 threads, and valid against their official schemas")
    func independentOfJobs() throws {
        // 3,000 nodes and 15,000 edges: several blocks of each.
        let graph = ExportBenchmark(nodes: 3_000).graph(vocabulary: try RelationVocabulary.standard())
        #expect(graph.relations.count > 4 * OrderedBlocks.blockSize)
        try TestSupport.requireShared()
        let graphMLSchema = GraphMLExporterTests.officialSchema
        let checks: [(name: String, one: [UInt8], many: [[UInt8]], single: [UInt8], validator: XMLValidator)] = [
            ("graphml", try Self.export(graph, GraphMLExporter(), jobs: 1),
             [try Self.export(graph, GraphMLExporter(), jobs: 2), try Self.export(graph, GraphMLExporter(), jobs: 5)],
             try TestSupport.export(graph, GraphMLExporter()),
             try XMLValidator(schemaPath: graphMLSchema.appendingPathComponent("graphml.xsd").path,
                              catalogPath: graphMLSchema.appendingPathComponent("catalog.xml").path)),
            ("gexf", try Self.export(graph, GEXFExporter(), jobs: 1),
             [try Self.export(graph, GEXFExporter(), jobs: 2), try Self.export(graph, GEXFExporter(), jobs: 5)],
             try TestSupport.export(graph, GEXFExporter()),
             try XMLValidator(schemaPath: GEXFExporterTests.schemaPath)),
        ]
        for check in checks {
            for bytes in check.many { #expect(bytes == check.one, "\(check.name)") }
            // The blocks are put together exactly as one writer writes the whole file.
            #expect(check.single == check.one, "\(check.name)")
            #expect(check.validator.validate(bytes: check.many[0]) == [], "\(check.name)")
        }
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
