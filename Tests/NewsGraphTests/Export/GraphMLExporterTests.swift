import Foundation
import Testing
import XMLSupport
@testable import NewsGraph

@Suite("GraphML export")
struct GraphMLExporterTests {
    static let officialSchema = TestSupport.shared.appendingPathComponent("schemas/graphml")

    @Test("seeds export is valid against the official GraphML XSD (libxml2 and xmllint)")
    func officialSchemaValidation() throws {
        try TestSupport.requireShared()
        let file = try TestSupport.exportFile(TestSupport.seedGraph, GraphMLExporter())
        let issues = try XMLValidator(schemaPath: Self.officialSchema.appendingPathComponent("graphml.xsd").path,
                                      catalogPath: Self.officialSchema.appendingPathComponent("catalog.xml").path)
            .validate(fileAt: file.path)
        #expect(issues == [])
        // The same check through the bundled copy, as `newsgraph validate` does it.
        #expect(try GraphMLValidation.validate(fileAt: file.path, against: .graphml) == [])
        let result = try Programs.run("xmllint", ["--nonet", "--noout", "--schema", Self.officialSchema.appendingPathComponent("graphml.xsd").path, file.path],
                                      environment: ["XML_CATALOG_FILES": Self.officialSchema.appendingPathComponent("catalog.xml").path])
        #expect(result?.status == 0, "xmllint: \(result?.stderr ?? "")")
    }

    @Test("seeds and hostile exports are valid against the project's own schema")
    func projectSchemaValidation() throws {
        for graph in [TestSupport.seedGraph, try SyntheticGraphs.hostile()] {
            let file = try TestSupport.exportFile(graph, GraphMLExporter())
            #expect(try GraphMLValidation.validate(fileAt: file.path, against: .newsgraph) == [])
            #expect(try GraphMLValidation.validate(fileAt: file.path, against: .graphml) == [])
        }
    }

    @Test("the project schema rejects an unknown entity type and reports its line")
    func projectSchemaRejects() throws {
        let file = try TestSupport.exportFile(TestSupport.seedGraph, GraphMLExporter())
        var text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains(">State</data>") }) + 1
        text = text.replacingOccurrences(of: ">State</data>", with: ">Country</data>")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let issues = try GraphMLValidation.validate(fileAt: file.path, against: .newsgraph)
        #expect(issues.first?.line == line)
    }

    @Test("validation reports a malformed file with its line")
    func malformed() throws {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("broken.graphml")
        try "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"directed\">\n<node id=\"a\">\n</graph>\n".write(to: url, atomically: true, encoding: .utf8)
        let issues = try GraphMLValidation.validate(fileAt: url.path, against: .graphml)
        #expect(!issues.isEmpty)
        #expect(issues.contains { $0.line == 4 })
    }

    @Test("keys: declared before the graph, descriptive ids, node and edge scopes, typed")
    func keyLayout() throws {
        let text = String(decoding: try TestSupport.export(TestSupport.seedGraph, GraphMLExporter()), as: UTF8.self)
        let graphStart = try #require(text.range(of: "<graph "))
        let keys = text.components(separatedBy: "<key ").dropFirst()
        #expect(keys.count == GraphMLExporter.nodeKeys.count + GraphMLExporter.edgeKeys.count)
        #expect(text.range(of: "<key ", options: .backwards)!.lowerBound < graphStart.lowerBound)
        #expect(!text.contains("for=\"all\"") && !text.contains("for=\"graph\""))
        #expect(text.range(of: "id=\"d[0-9]+\"", options: .regularExpression) == nil)
        #expect(keys.allSatisfy { $0.contains("attr.type=") })
        // Every edge states whether it is directed.
        #expect(text.components(separatedBy: "<edge ").dropFirst().allSatisfy { $0.contains("directed=") })
    }

    @Test("Gephi's importer rules (shared gephi_lint.py) find no error")
    func gephiLint() throws {
        try TestSupport.requireShared()
        let file = try TestSupport.exportFile(TestSupport.seedGraph, GraphMLExporter())
        let result = try Programs.run("python3", [TestSupport.shared.appendingPathComponent("tools/gephi_lint.py").path, file.path])
        #expect(result?.status == 0, "\(result?.stdout ?? "")")
        #expect(result?.stdout.contains("0 errors") == true)
    }

    @Test("networkx and igraph read the seeds export back with every node and edge attribute")
    func readBack() throws {
        let graph = TestSupport.seedGraph
        try Self.checkReadBack(graph)
    }

    @Test("hostile and random names survive the round trip through networkx and igraph", arguments: SyntheticGraphs.testGraphs.dropFirst())
    func hostileReadBack(which: String) throws {
        try Self.checkReadBack(try SyntheticGraphs.named(which))
    }

    static func checkReadBack(_ graph: KnowledgeGraph, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = try TestSupport.exportFile(graph, GraphMLExporter())
        guard let result = try Programs.python("read_graphml.py", [file.path]) as? [String: Any] else { return }
        for reader in ["networkx", "igraph"] {
            let seen = try #require(result[reader] as? [String: Any])
            #expect(seen["nodes"] as? Int == graph.entities.count, "\(reader) node count", sourceLocation: sourceLocation)
            #expect(seen["edges"] as? Int == graph.relations.count, "\(reader) edge count", sourceLocation: sourceLocation)
            let nodes = try #require(seen["node"] as? [String: [String: Any]])
            for entity in graph.entities {
                let attributes = try #require(nodes[entity.id.rawValue], "\(reader) lacks node \(entity.id)")
                #expect(attributes["label"] as? String == XMLText.sanitized(entity.name), "\(reader) label of \(entity.id)", sourceLocation: sourceLocation)
                #expect(attributes["type"] as? String == entity.type.rawValue, sourceLocation: sourceLocation)
                #expect((attributes["mentions"] as? NSNumber)?.intValue == entity.mentionCount, sourceLocation: sourceLocation)
                #expect(attributes["documents"] as? String == XMLText.sanitized(entity.documents.joined(separator: "; ")), sourceLocation: sourceLocation)
            }
            let edges = try #require(seen["edge"] as? [[String: Any]])
            for relation in graph.relations {
                let match = edges.first {
                    $0["source"] as? String == relation.subject.rawValue && $0["target"] as? String == relation.object.rawValue
                        && $0["relation"] as? String == relation.predicate
                }
                let edge = try #require(match, "\(reader) lacks edge \(relation.subject) \(relation.predicate) \(relation.object)")
                #expect((edge["weight"] as? NSNumber)?.intValue == relation.weight, sourceLocation: sourceLocation)
                #expect(edge["date"] as? String == (relation.dates.isEmpty ? nil : relation.dates.map(\.description).joined(separator: "; ")), sourceLocation: sourceLocation)
                #expect(edge["evidence"] as? String == XMLText.sanitized(relation.evidence.map { "[\($0.documentID)] \($0.text)" }.joined(separator: "\n")), sourceLocation: sourceLocation)
            }
        }
    }

    @Test("characters XML 1.0 forbids never reach the file")
    func forbiddenCharacters() throws {
        let bytes = try TestSupport.export(try SyntheticGraphs.hostile(), GraphMLExporter())
        #expect(!bytes.contains(0x07))
        #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D })
    }
}
