import Foundation
import Testing
@testable import NewsGraph

@Suite("JSON-LD export")
struct JSONLDExporterTests {
    static let queries = """
    PREFIX ng: <https://w3id.org/newsgraph/vocab#>
    PREFIX schema: <https://schema.org/>
    SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?p a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Property> }
    ----
    PREFIX ng: <https://w3id.org/newsgraph/vocab#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?s ?p ?o ?weight WHERE { ?r a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:weight ?weight }
    ----
    PREFIX ng: <https://w3id.org/newsgraph/vocab#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?s ?o ?date WHERE { ?r rdf:subject ?s ; rdf:predicate ng:attacked ; rdf:object ?o ; ng:date ?date }
    ----
    PREFIX schema: <https://schema.org/>
    PREFIX ng: <https://w3id.org/newsgraph/vocab#>
    SELECT ?e ?name ?type WHERE { ?e schema:name ?name ; a ?type . FILTER(STRSTARTS(STR(?type), STR(ng:))) }
    ----
    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
    PREFIX ng: <https://w3id.org/newsgraph/vocab#>
    SELECT ?date WHERE { ?r ng:date ?date . FILTER(DATATYPE(?date) != xsd:date) }
    """

    @Test("pyoxigraph and rdflib load the export and answer SPARQL as the graph says", arguments: SyntheticGraphs.testGraphs)
    func sparql(which: String) throws {
        let graph = try SyntheticGraphs.named(which)
        let file = try TestSupport.exportFile(graph, JSONLDExporter())
        let queryFile = try TestSupport.temporaryDirectory().appendingPathComponent("queries.rq")
        try Self.queries.write(to: queryFile, atomically: true, encoding: .utf8)
        guard let result = try Programs.python("sparql.py", [file.path, queryFile.path]) as? [String: Any] else { return }
        let ng = JSONLDExporter.vocabularyIRI
        // Plain triples: one per relation, two for symmetric ones.
        let plain = Set(graph.relations.flatMap { r -> [[String]] in
            let forward = [JSONLDExporter.iri(r.subject), ng + r.predicate, JSONLDExporter.iri(r.object)]
            return r.symmetric ? [forward, [forward[2], forward[1], forward[0]]] : [forward]
        })
        let statements = Set(graph.relations.map { [JSONLDExporter.iri($0.subject), ng + $0.predicate, JSONLDExporter.iri($0.object), String($0.weight)] })
        let attacks = Set(graph.relations.filter { $0.predicate == "attacked" }.flatMap { r in
            r.dates.map { [JSONLDExporter.iri(r.subject), JSONLDExporter.iri(r.object), $0.description] }
        })
        let entities = Set(graph.entities.map { [JSONLDExporter.iri($0.id), $0.name, ng + $0.type.rawValue] })
        for engine in ["pyoxigraph", "rdflib"] {
            let answers = try #require(result[engine] as? [[[String?]]])
            #expect(Set(answers[0].map { $0.compactMap { $0 } }) == plain, "\(engine): plain triples")
            #expect(Set(answers[1].map { $0.compactMap { $0 } }) == statements, "\(engine): relation statements")
            #expect(Set(answers[2].map { $0.compactMap { $0 } }) == attacks, "\(engine): who attacked whom, when")
            #expect(Set(answers[3].map { $0.compactMap { $0 } }) == entities, "\(engine): entities and types")
            #expect(answers[4].isEmpty, "\(engine): every date is an xsd:date")
        }
        let triples = try #require(result["triples"] as? [String: Int])
        #expect(triples["pyoxigraph"] == triples["rdflib"])
    }

    @Test("an Oxigraph server on loopback loads the export over HTTP and answers: who attacked whom and when, who holds which office")
    func oxigraphServer() throws {
        let graph = TestSupport.seedGraph
        let file = try TestSupport.exportFile(graph, JSONLDExporter())
        let queries = """
        PREFIX ng: <https://w3id.org/newsgraph/vocab#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?o ?date WHERE { ?r rdf:subject ?s ; rdf:predicate ng:attacked ; rdf:object ?o ; ng:date ?date }
        ----
        PREFIX ng: <https://w3id.org/newsgraph/vocab#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX schema: <https://schema.org/>
        SELECT ?name ?state ?role WHERE { ?p a schema:Person ; schema:name ?name ; ng:officialOf ?s . ?s schema:name ?state .
          OPTIONAL { ?r rdf:subject ?p ; rdf:predicate ng:officialOf ; rdf:object ?s ; ng:role ?role } }
        """
        let queryFile = try TestSupport.temporaryDirectory().appendingPathComponent("server.rq")
        try queries.write(to: queryFile, atomically: true, encoding: .utf8)
        guard let result = try Programs.python("oxigraph_server.py", [file.path, queryFile.path]) as? [String: Any] else { return }
        #expect(result["loaded"] as? Int == 204)
        let answers = try #require(result["answers"] as? [[[String?]]])
        let attacks = Set(graph.relations.filter { $0.predicate == "attacked" }.flatMap { r in
            r.dates.map { [JSONLDExporter.iri(r.subject), JSONLDExporter.iri(r.object), $0.description] }
        })
        #expect(Set(answers[0].map { $0.compactMap { $0 } }) == attacks)
        #expect(!attacks.isEmpty)
        var offices = Set<[String]>()
        for r in graph.relations where r.predicate == "officialOf" {
            let person = graph.entity(r.subject)!.name, state = graph.entity(r.object)!.name
            if r.roles.isEmpty { offices.insert([person, state]) }
            for role in r.roles { offices.insert([person, state, role]) }
        }
        #expect(Set(answers[1].map { $0.compactMap { $0 } }) == offices)
    }

    @Test("the document has an inline context equal to Schemas/context.jsonld, no @version, @type first")
    func shape() throws {
        let bytes = try TestSupport.export(TestSupport.seedGraph, JSONLDExporter())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("@version"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let contextFile = TestSupport.root.appendingPathComponent("Schemas/context.jsonld")
        let stored = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: contextFile)) as? [String: Any])
        #expect(NSDictionary(dictionary: document["@context"] as! [String: Any]).isEqual(to: stored["@context"] as! [String: Any]))
        // In every node of @graph, the first key is @type.
        let nodeStarts = text.components(separatedBy: "\n    {\n").dropFirst()
        #expect(!nodeStarts.isEmpty)
        #expect(nodeStarts.allSatisfy { $0.hasPrefix("      \"@type\"") })
    }

    @Test("IRIs are absolute and stable, non-ASCII percent-encoded")
    func iris() {
        #expect(JSONLDExporter.iri(EntityID(rawValue: "person:jalil-abbas")) == "https://w3id.org/newsgraph/id/person/jalil-abbas")
        #expect(JSONLDExporter.percentEncoded("é /") == "%C3%A9%20%2F")
    }
}
