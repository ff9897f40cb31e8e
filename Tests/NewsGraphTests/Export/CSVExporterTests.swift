import Foundation
import Testing
@testable import NewsGraph

@Suite("CSV export")
struct CSVExporterTests {
    @Test("Kùzu loads the node and edge tables and answers Cypher queries as the graph says", arguments: SyntheticGraphs.testGraphs)
    func kuzu(which: String) throws {
        let graph = try SyntheticGraphs.named(which)
        let directory = try TestSupport.temporaryDirectory()
        _ = try BuildJob.export(graph, formats: [CSVExporter.self], to: directory)
        let queries = """
        MATCH (a:Entity)-[r:Relation]->(b:Entity) RETURN a.id, r.type, b.id, r.weight, r.dates
        ----
        MATCH (e:Entity) RETURN e.id, e.name, e.label, e.mentions
        """
        let queryFile = directory.appendingPathComponent("q.cypher")
        try queries.write(to: queryFile, atomically: true, encoding: .utf8)
        guard let result = try Programs.python("kuzu_load.py", [directory.appendingPathComponent("graph-nodes.csv").path,
                                                                directory.appendingPathComponent("graph-edges.csv").path, queryFile.path]) as? [String: Any]
        else { return }
        let answers = try #require(result["answers"] as? [[[String]]])
        let edges = Set(graph.relations.map { [$0.subject.rawValue, $0.predicate, $0.object.rawValue, String($0.weight), $0.dates.map(\.description).joined(separator: ";")] })
        #expect(Set(answers[0]) == edges)
        let nodes = Set(graph.entities.map { [$0.id.rawValue, XMLTextLike.csvText($0.name), $0.type.rawValue, String($0.mentionCount)] })
        #expect(Set(answers[1]) == nodes)
    }

    @Test("headers follow the neo4j-admin import conventions")
    func headers() throws {
        let nodes = String(decoding: try export(file: 0), as: UTF8.self)
        let edges = String(decoding: try export(file: 1), as: UTF8.self)
        #expect(nodes.hasPrefix("id:ID,name,:LABEL,mentions:int,"))
        #expect(edges.hasPrefix(":START_ID,:END_ID,:TYPE,label,weight:int,dates:date[],"))
        #expect(nodes.split(separator: "\n").count == TestSupport.seedGraph.entities.count + 1)
    }

    func export(file: Int) throws -> [UInt8] {
        let sink = MemorySink()
        try CSVExporter().export(TestSupport.seedGraph, file: file, to: sink)
        return sink.bytes
    }
}

/// What a text field reads back as after the CSV round trip (control characters other
/// than line breaks and tabs are dropped on export).
enum XMLTextLike {
    static func csvText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" }))
    }
}
