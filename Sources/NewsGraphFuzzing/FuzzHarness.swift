import Foundation
import NewsGraph
import XMLSupport

/// What the fuzz targets (`Fuzz/`) run on each input, and what the regression test replays
/// on every saved case: any input must go through without a crash, and every export must
/// be accepted by its parser. A broken export is a trap (`preconditionFailure`), so
/// libFuzzer records the input.
public enum FuzzHarness {
    /// Loaded once: the standard pipeline and the HTML rules.
    static let pipeline: Pipeline = {
        var pipeline = try! Pipeline.standard(resources: .standard())
        pipeline.jobs = 1
        return pipeline
    }()
    static let html = try! HTMLArticleExtractor.standard()
    nonisolated(unsafe) static let graphMLValidator = try! XMLValidator(schemaPath: ResourceLoader.schemaURL("graphml-1.1/graphml.xsd").path,
                                                    catalogPath: ResourceLoader.schemaURL("graphml-1.1/catalog.xml").path)

    /// Ingest: the bytes as a text article, an HTML page or a JSON Lines collection (chosen by
    /// the first byte), through the whole pipeline; the graph's GraphML must be valid.
    public static func ingest(_ bytes: [UInt8]) {
        guard let mode = bytes.first else { return }
        let body = Array(bytes.dropFirst())
        var documents: [Document] = []
        switch mode % 3 {
        case 0:
            documents = [Document(id: "fuzz", text: String(decoding: body, as: UTF8.self))]
        case 1:
            if let document = try? html.document(id: "fuzz", html: body) { documents = [document] }
        default:
            var diagnostics: [Diagnostic] = []
            documents = JSONLinesReader.read(String(decoding: body, as: UTF8.self), source: "fuzz", diagnostics: &diagnostics).map(\.document)
            // Ids must be unique, as the loader makes them.
            var seen = Set<String>()
            documents = documents.filter { seen.insert($0.id).inserted }
        }
        guard !documents.isEmpty, let graph = try? pipeline.run(documents).graph else { return }
        checkExports(graph)
    }

    /// Export: a graph whose names, aliases, titles and evidence are cut from the bytes,
    /// exported in every text format; each must parse.
    public static func export(_ bytes: [UInt8]) {
        let pieces = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard pieces.count >= 2 else { return }
        let vocabulary = pipeline.vocabulary
        let types = EntityType.allCases
        var entities: [Entity] = []
        for (index, name) in pieces.enumerated() {
            let type = types[index % types.count]
            entities.append(Entity(id: EntityID(type: type, name: "\(index) \(name)"), type: type, name: name,
                                   aliases: [name + name], mentionCount: index, documents: [name]))
        }
        var relations: [Relation] = []
        for index in 1..<entities.count {
            let predicate = vocabulary.predicates[index % vocabulary.predicates.count]
            var subject = entities[index - 1].id, object = entities[index].id
            if predicate.symmetric && object < subject { swap(&subject, &object) }
            relations.append(Relation(subject: subject, predicate: predicate.name, object: object, symmetric: predicate.symmetric,
                                      dates: [], evidence: [Evidence(documentID: pieces[index], sentence: index, text: pieces[index - 1])],
                                      confidence: 0.5))
        }
        let graph = KnowledgeGraph(documents: [DocumentInfo(id: pieces[0], title: pieces[1], url: pieces.last)],
                                   entities: entities, relations: relations, vocabulary: vocabulary)
        checkExports(graph)
    }

    /// Every export of `graph` is accepted: GraphML by the GraphML XSD, GEXF and the others
    /// by their parsers (XML well-formed, JSON-LD a JSON object, CSV with balanced quotes).
    static func checkExports(_ graph: KnowledgeGraph) {
        let graphML = write(GraphMLExporter(), graph)
        let issues = graphMLValidator.validate(bytes: graphML)
        precondition(issues.isEmpty, "GraphML rejected: \(issues)")
        precondition(XMLValidator.isWellFormed(write(GEXFExporter(), graph)), "GEXF is not well-formed XML")
        let jsonld = write(JSONLDExporter(), graph)
        precondition((try? JSONSerialization.jsonObject(with: Data(jsonld))) is [String: Any], "JSON-LD does not parse")
        for file in CSVExporter.fileNames.indices {
            let sink = MemorySink()
            try! CSVExporter().export(graph, file: file, to: sink)
            precondition(sink.bytes.filter { $0 == UInt8(ascii: "\"") }.count % 2 == 0, "CSV has an unbalanced quote")
        }
        let dot = write(DOTExporter(), graph)
        precondition(dot.starts(with: Array("digraph".utf8)) || dot.starts(with: Array("strict".utf8)) || dot.starts(with: Array("graph".utf8)), "DOT does not start with a graph")
    }

    static func write(_ exporter: some GraphExporter, _ graph: KnowledgeGraph) -> [UInt8] {
        let sink = MemorySink()
        try! exporter.export(graph, to: sink)
        return sink.bytes
    }
}
