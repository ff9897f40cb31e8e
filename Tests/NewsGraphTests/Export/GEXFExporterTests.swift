import Foundation
import Testing
import XMLSupport
@testable import NewsGraph

@Suite("GEXF export")
struct GEXFExporterTests {
    static let schemaPath = TestSupport.root.appendingPathComponent("Schemas/gexf-1.3/gexf.xsd").path

    @Test("valid against the GEXF 1.3 schema (libxml2 and xmllint), seeds and hostile names", arguments: SyntheticGraphs.testGraphs)
    func schema(which: String) throws {
        let graph = try SyntheticGraphs.named(which)
        let file = try TestSupport.exportFile(graph, GEXFExporter())
        let schema = Self.schemaPath
        #expect(try XMLValidator(schemaPath: schema).validate(fileAt: file.path) == [])
        let result = try Programs.run("xmllint", ["--nonet", "--noout", "--schema", schema, file.path])
        #expect(result?.status == 0, "xmllint: \(result?.stderr ?? "")")
    }

    @Test("the shipped schema is the shared GEXF 1.3 schema, unchanged")
    func schemaCopy() throws {
        try TestSupport.requireShared()
        for name in ["gexf.xsd", "viz.xsd", "dynamics.xsd"] {
            #expect(try Data(contentsOf: TestSupport.root.appendingPathComponent("Schemas/gexf-1.3/\(name)"))
                    == Data(contentsOf: TestSupport.shared.appendingPathComponent("schemas/gexf-1.3/\(name)")))
        }
    }

    @Test("networkx reads nodes with type and first/last day, edges with kind, weight, direction and spells", arguments: SyntheticGraphs.testGraphs)
    func networkx(which: String) throws {
        let graph = try SyntheticGraphs.named(which)
        let file = try TestSupport.exportFile(graph, GEXFExporter())
        guard let result = try Programs.python("read_gexf.py", [file.path]) as? [String: Any] else { return }
        let nodes = try #require(result["nodes"] as? [String: [String: Any]])
        #expect(nodes.count == graph.entities.count)
        for entity in graph.entities {
            let node = try #require(nodes[entity.id.rawValue])
            #expect(node["label"] as? String == XMLText.sanitized(entity.name))
            #expect(node["type"] as? String == entity.type.rawValue)
            #expect((node["mentions"] as? NSNumber)?.intValue == entity.mentionCount)
        }
        let edges = try #require(result["edges"] as? [[String: Any]])
        #expect(edges.count == graph.relations.count)
        for relation in graph.relations {
            let edge = try #require(edges.first { $0["id"] as? String == GraphMLExporter.edgeID(relation) })
            #expect(edge["relation"] as? String == relation.predicate)
            #expect((edge["weight"] as? NSNumber)?.intValue == relation.weight)
            #expect(edge["edge_type"] as? String == (relation.symmetric ? "undirected" : "directed"))
            let spells = (edge["spells"] as? [[Any]] ?? []).compactMap { $0.first as? String }
            #expect(spells == relation.dates.map(\.description))
        }
    }
}
