import XMLSupport

/// GEXF 1.3, Gephi's own format, through the streaming XML writer (`XMLStreamWriter`).
///
/// Nodes carry their type, mentions, aliases, documents and identifiers as attributes, a
/// colour by type and a size by mentions, and the span of days on which they appear; each
/// edge's `kind` is its predicate (so Gephi keeps parallel relations apart) and its dates
/// are spells, so Gephi's timeline plays the story day by day. Symmetric relations are
/// `undirected` edges in a mixed graph. Valid against the GEXF 1.3 schema in
/// `Schemas/gexf-1.3/`, which declares the visualisation elements in the GEXF namespace.
public struct GEXFExporter: GraphExporter {
    public static let name = "gexf"
    public static let fileExtension = "gexf"
    public static let summary = "GEXF 1.3 for Gephi, with colours, sizes and a timeline"

    /// Colours by type, as in the DOT export (Okabe–Ito).
    static let colors: [EntityType: (Int, Int, Int)] = [
        .person: (0x56, 0xB4, 0xE9), .state: (0xE6, 0x9F, 0x00), .group: (0x00, 0x9E, 0x73),
        .place: (0xF0, 0xE4, 0x42), .operation: (0xCC, 0x79, 0xA7),
    ]

    static let nodeAttributes = [("type", "string"), ("mentions", "integer"), ("aliases", "string"), ("documents", "string"),
                                 ("iso3166", "string"), ("geonames", "string")]
    static let edgeAttributes = [("relation", "string"), ("dates", "string"), ("evidence", "string"), ("documents", "string"),
                                 ("confidence", "double"), ("cameo", "string"), ("plover", "string"), ("role", "string")]

    public init() {}

    public func export(_ graph: KnowledgeGraph, to sink: some ByteSink) throws {
        try export(graph, file: 0, to: sink, jobs: 1)
    }

    /// Nodes and edges are serialized on `jobs` threads; the bytes do not depend on it.
    public func export(_ graph: KnowledgeGraph, file: Int, to sink: some ByteSink, jobs: Int) throws {
        // First and last day each entity appears: its articles' dates and its relations' dates.
        var days: [EntityID: [CalendarDay]] = [:]
        let documentDates = Dictionary(uniqueKeysWithValues: graph.documents.map { ($0.id, $0.date) })
        for entity in graph.entities { days[entity.id] = entity.documents.compactMap { documentDates[$0] ?? nil } }
        for relation in graph.relations {
            days[relation.subject, default: []] += relation.dates
            days[relation.object, default: []] += relation.dates
        }

        let writer = XMLStreamWriter { try sink.write($0) }
        try writer.startDocument()
        try writer.startElement("gexf")
        try writer.attribute("xmlns", "http://gexf.net/1.3")
        try writer.attribute("version", "1.3")
        try writer.startElement("meta")
        try writer.element("creator", text: "NewsGraph")
        try writer.element("description", text: "Knowledge graph of \(graph.documents.count) articles: \(graph.entities.count) entities, \(graph.relations.count) relations")
        try writer.endElement()
        try writer.startElement("graph")
        try writer.attribute("defaultedgetype", "directed")
        try writer.attribute("mode", "dynamic")
        try writer.attribute("timeformat", "date")
        for (scope, attributes) in [("node", Self.nodeAttributes), ("edge", Self.edgeAttributes)] {
            try writer.startElement("attributes")
            try writer.attribute("class", scope)
            try writer.attribute("mode", "static")
            for (id, type) in attributes {
                try writer.startElement("attribute")
                try writer.attribute("id", id)
                try writer.attribute("title", id)
                try writer.attribute("type", type)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.startElement("nodes")
        try writer.attribute("count", String(graph.entities.count))
        // Nodes and edges in blocks on `jobs` threads, written in order (``OrderedBlocks``).
        try OrderedBlocks.run(count: graph.entities.count, jobs: jobs, serialize: { [days] range in
            try XMLStreamWriter.fragment(depth: 3) { fragment in
                try graph.entities.withUnsafeBufferPointer { entities in
                    for index in range { try node(fragment, entities[index], days: days) }
                }
            }
        }, write: writer.embed)
        try writer.endElement()
        try writer.startElement("edges")
        try writer.attribute("count", String(graph.relations.count))
        let predicates = GraphMLExporter.PredicateColumns.table(graph.vocabulary)
        try OrderedBlocks.run(count: graph.relations.count, jobs: jobs, serialize: { [predicates] range in
            try XMLStreamWriter.fragment(depth: 3) { fragment in
                try graph.relations.withUnsafeBufferPointer { relations in
                    for index in range { try edge(fragment, relations[index], predicates) }
                }
            }
        }, write: writer.embed)
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.finish()
    }

    private func node(_ writer: XMLStreamWriter, _ entity: borrowing Entity, days: [EntityID: [CalendarDay]]) throws {
        try writer.startElement("node")
        try writer.attribute("id", entity.id.rawValue)
        try writer.attribute("label", entity.name)
        if let seen = days[entity.id], let first = seen.min(), let last = seen.max() {
            try writer.attribute("start", first.description)
            try writer.attribute("end", last.description)
        }
        try values(writer, [
            ("type", entity.type.rawValue), ("mentions", String(entity.mentionCount)), ("aliases", entity.aliases.joined(separator: "; ")),
            ("documents", entity.documents.joined(separator: "; ")),
            ("iso3166", entity.identifiers(.iso3166)),
            ("geonames", entity.identifiers(.geonames)),
        ])
        let (r, g, b) = Self.colors[entity.type]!
        try writer.startElement("color")
        try writer.attribute("r", String(r))
        try writer.attribute("g", String(g))
        try writer.attribute("b", String(b))
        try writer.endElement()
        try writer.startElement("size")
        try writer.attribute("value", NumberFormat.decimal(4 + 4 * Double(entity.mentionCount).squareRoot()))
        try writer.endElement()
        try writer.endElement()
    }

    private func edge(_ writer: XMLStreamWriter, _ relation: borrowing Relation, _ predicates: [String: GraphMLExporter.PredicateColumns]) throws {
        let predicate = predicates[relation.predicate]
        try writer.startElement("edge")
        try writer.attribute("id", GraphMLExporter.edgeID(relation))
        try writer.attribute("source", relation.subject.rawValue)
        try writer.attribute("target", relation.object.rawValue)
        try writer.attribute("type", relation.symmetric ? "undirected" : "directed")
        try writer.attribute("kind", relation.predicate)
        try writer.attribute("label", predicate?.label ?? relation.predicate)
        try writer.attribute("weight", String(relation.weight))
        try values(writer, [
            ("relation", relation.predicate), ("dates", relation.dates.map(\.description).joined(separator: "; ")),
            ("evidence", relation.evidence.map { "[\($0.documentID)] \($0.text)" }.joined(separator: "\n")),
            ("documents", relation.documents.joined(separator: "; ")), ("confidence", NumberFormat.decimal(relation.confidence)),
            ("cameo", predicate?.cameo ?? ""), ("plover", predicate?.plover ?? ""), ("role", relation.roles.joined(separator: "; ")),
        ])
        if !relation.dates.isEmpty {
            try writer.startElement("spells")
            for day in relation.dates {
                try writer.startElement("spell")
                try writer.attribute("start", day.description)
                try writer.attribute("end", day.description)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// `<attvalues>` with the non-empty values.
    private func values(_ writer: XMLStreamWriter, _ pairs: [(String, String)]) throws {
        let present = pairs.filter { !$0.1.isEmpty }
        guard !present.isEmpty else { return }
        try writer.startElement("attvalues")
        for (key, value) in present {
            try writer.startElement("attvalue")
            try writer.attribute("for", key)
            try writer.attribute("value", value)
            try writer.endElement()
        }
        try writer.endElement()
    }
}
