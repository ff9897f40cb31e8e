import XMLSupport

/// GraphML 1.1, written through the streaming XML writer (`XMLStreamWriter`).
///
/// Keys are declared before the graph with descriptive ids, separately for nodes and
/// edges, each with its `attr.type`. The node key `label` and the edge keys `label` and
/// `weight` are the names Gephi's importer maps to its own label and weight. Every edge
/// carries `directed` (false for symmetric predicates). Multi-valued attributes are joined
/// with "; " (aliases, documents, dates) or newlines (evidence). The output validates against the
/// GraphML XSD and against the project's own schema, `Schemas/newsgraph.graphml.rng`.
public struct GraphMLExporter: GraphExporter {
    public static let name = "graphml"
    public static let fileExtension = "graphml"
    public static let summary = "GraphML for Gephi, networkx, igraph, yEd and Neo4j (APOC)"

    /// One `<key>` declaration.
    struct Key {
        var id: String
        var scope: String
        var name: String
        var type: String
    }

    static let nodeKeys = [
        Key(id: "node-label", scope: "node", name: "label", type: "string"),
        Key(id: "node-type", scope: "node", name: "type", type: "string"),
        Key(id: "node-mentions", scope: "node", name: "mentions", type: "int"),
        Key(id: "node-aliases", scope: "node", name: "aliases", type: "string"),
        Key(id: "node-documents", scope: "node", name: "documents", type: "string"),
        Key(id: "node-iso3166", scope: "node", name: "iso3166", type: "string"),
        Key(id: "node-geonames", scope: "node", name: "geonames", type: "string"),
    ]

    static let edgeKeys = [
        Key(id: "edge-relation", scope: "edge", name: "relation", type: "string"),
        Key(id: "edge-label", scope: "edge", name: "label", type: "string"),
        Key(id: "edge-weight", scope: "edge", name: "weight", type: "double"),
        Key(id: "edge-date", scope: "edge", name: "date", type: "string"),
        Key(id: "edge-evidence", scope: "edge", name: "evidence", type: "string"),
        Key(id: "edge-documents", scope: "edge", name: "documents", type: "string"),
        Key(id: "edge-confidence", scope: "edge", name: "confidence", type: "double"),
        Key(id: "edge-cameo", scope: "edge", name: "cameo", type: "string"),
        Key(id: "edge-plover", scope: "edge", name: "plover", type: "string"),
        Key(id: "edge-role", scope: "edge", name: "role", type: "string"),
    ]

    public init() {}

    public func export(_ graph: KnowledgeGraph, to sink: some ByteSink) throws {
        try export(graph, file: 0, to: sink, jobs: 1)
    }

    /// Nodes and edges are serialized in blocks on `jobs` threads (``OrderedBlocks``) and
    /// written in order: the same bytes for any `jobs`.
    public func export(_ graph: KnowledgeGraph, file: Int, to sink: some ByteSink, jobs: Int) throws {
        let writer = XMLStreamWriter { try sink.write($0) }
        try writer.startDocument()
        try writer.startElement("graphml")
        try writer.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
        try writer.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try writer.attribute("xsi:schemaLocation",
                             "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd")
        for key in Self.nodeKeys + Self.edgeKeys {
            try writer.startElement("key")
            try writer.attribute("id", key.id)
            try writer.attribute("for", key.scope)
            try writer.attribute("attr.name", key.name)
            try writer.attribute("attr.type", key.type)
            try writer.endElement()
        }
        try writer.startElement("graph")
        try writer.attribute("id", "newsgraph")
        try writer.attribute("edgedefault", "directed")
        // Elements are passed borrowed, by index: a `for` loop would copy each one (and
        // retain every string and array in it) just to read it.
        try OrderedBlocks.run(count: graph.entities.count, jobs: jobs, serialize: { range in
            try XMLStreamWriter.fragment(depth: 2) { fragment in
                try graph.entities.withUnsafeBufferPointer { entities in
                    for index in range { try node(fragment, entities[index]) }
                }
            }
        }, write: writer.embed)
        // What the edges repeat of their predicate, looked up once per predicate, not per edge.
        let predicates = PredicateColumns.table(graph.vocabulary)
        try OrderedBlocks.run(count: graph.relations.count, jobs: jobs, serialize: { [predicates] range in
            try XMLStreamWriter.fragment(depth: 2) { fragment in
                try graph.relations.withUnsafeBufferPointer { relations in
                    for index in range { try edge(fragment, relations[index], predicates) }
                }
            }
        }, write: writer.embed)
        try writer.endElement()
        try writer.endElement()
        try writer.finish()
    }

    /// What an edge repeats of its predicate.
    struct PredicateColumns: Sendable {
        var label: String, cameo: String, plover: String

        /// Every predicate's columns by name, so edges look them up once each.
        static func table(_ vocabulary: RelationVocabulary) -> [String: PredicateColumns] {
            var table: [String: PredicateColumns] = [:]
            for predicate in vocabulary.predicates {
                table[predicate.name] = PredicateColumns(label: predicate.label, cameo: predicate.cameo, plover: predicate.plover)
            }
            return table
        }
    }

    private func node(_ writer: XMLStreamWriter, _ entity: borrowing Entity) throws {
        try writer.startElement("node")
        try writer.attribute("id", Self.xmlID(entity.id.rawValue))
        try data(writer, "node-label", entity.name)
        try data(writer, "node-type", entity.type.rawValue)
        try data(writer, "node-mentions", String(entity.mentionCount))
        try data(writer, "node-aliases", entity.aliases.joined(separator: "; "))
        try data(writer, "node-documents", entity.documents.joined(separator: "; "))
        try data(writer, "node-iso3166", entity.identifiers(.iso3166))
        try data(writer, "node-geonames", entity.identifiers(.geonames))
        try writer.endElement()
    }

    private func edge(_ writer: XMLStreamWriter, _ relation: borrowing Relation, _ predicates: [String: PredicateColumns]) throws {
        let predicate = predicates[relation.predicate]
        try writer.startElement("edge")
        try writer.attribute("id", Self.xmlID(Self.edgeID(relation)))
        try writer.attribute("source", Self.xmlID(relation.subject.rawValue))
        try writer.attribute("target", Self.xmlID(relation.object.rawValue))
        try writer.attribute("directed", relation.symmetric ? "false" : "true")
        try data(writer, "edge-relation", relation.predicate)
        try data(writer, "edge-label", predicate?.label ?? relation.predicate)
        try data(writer, "edge-weight", String(relation.weight))
        try data(writer, "edge-date", relation.dates.map(\.description).joined(separator: "; "))
        try evidence(writer, relation.evidence)
        try data(writer, "edge-documents", relation.documents.joined(separator: "; "))
        try data(writer, "edge-confidence", NumberFormat.decimal(relation.confidence))
        try data(writer, "edge-cameo", predicate?.cameo ?? "")
        try data(writer, "edge-plover", predicate?.plover ?? "")
        try data(writer, "edge-role", relation.roles.joined(separator: "; "))
        try writer.endElement()
    }

    /// `source--predicate--target`: unique, because each fact is one edge.
    static func edgeID(_ relation: borrowing Relation) -> String {
        "\(relation.subject.rawValue)--\(relation.predicate)--\(relation.object.rawValue)"
    }

    /// An id GraphML accepts (`xs:NMTOKEN`, which libxml2 checks against XML 1.0's older,
    /// narrower table of name characters): ASCII letters, digits, `-`, `.`, `:` kept, every
    /// other character written `_uXXXX_` (entity ids never contain `_`, so ids stay unique).
    static func xmlID(_ raw: String) -> String {
        var copy = raw
        guard copy.withUTF8({ $0.contains { !isIDByte($0) } }) else { return raw }
        var id = ""
        for scalar in raw.unicodeScalars {
            if scalar.isASCII, isIDByte(UInt8(scalar.value)) { id.unicodeScalars.append(scalar) } else {
                id += "_u" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        return id
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x2E || byte == 0x3A
    }

    /// Writes the evidence as one `<data>`: `[document] sentence` per line, in pieces.
    private func evidence(_ writer: XMLStreamWriter, _ items: [Evidence]) throws {
        guard !items.isEmpty else { return }
        try writer.startElement("data")
        try writer.attribute("key", "edge-evidence")
        for (k, item) in items.enumerated() {
            try writer.text(k == 0 ? "[" : "\n[")
            try writer.text(item.documentID)
            try writer.text("] ")
            try writer.text(item.text)
        }
        try writer.endElement()
    }

    /// Writes `<data>` unless the value is empty (GraphML readers then use no value).
    private func data(_ writer: XMLStreamWriter, _ key: String, _ value: String) throws {
        guard !value.isEmpty else { return }
        try writer.startElement("data")
        try writer.attribute("key", key)
        try writer.text(value)
        try writer.endElement()
    }
}

/// The one place numbers are formatted for output, so every format agrees.
enum NumberFormat {
    /// A decimal with at most three fraction digits and no trailing zeros: 1, 0.5, 0.333.
    static func decimal(_ value: Double) -> String {
        let scaled = (value * 1000).rounded()
        let whole = Int(scaled) / 1000
        var fraction = abs(Int(scaled) % 1000)
        guard fraction != 0 else { return String(whole) }
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let text = String(fraction)
        return "\(whole).\(String(repeating: "0", count: digits - text.count))\(text)"
    }
}
