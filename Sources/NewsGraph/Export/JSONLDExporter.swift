/// JSON-LD for RDF stores and graph databases (Oxigraph, Jena, GraphDB, Neo4j neosemantics).
///
/// One document with its context inline (the same context as `Schemas/context.jsonld`),
/// no `@version`, so JSON-LD 1.0 processors read it. Entities are typed with schema.org
/// (`Person`, `Country`, `Organization`, `Place`/`AdministrativeArea`/`City`, `Event`) and
/// with the NewsGraph vocabulary, and have stable IRIs derived from their ids. Each relation
/// appears twice: as a plain triple on its subject (`?a ng:spokeWith ?b`; symmetric ones in
/// both directions) and as an `rdf:Statement` carrying its dates, evidence, sources and weight.
public struct JSONLDExporter: GraphExporter {
    public static let name = "jsonld"
    public static let fileExtension = "jsonld"
    public static let summary = "JSON-LD (RDF) for Oxigraph, Jena, GraphDB, Neo4j neosemantics"

    /// Namespace of the NewsGraph vocabulary.
    public static let vocabularyIRI = "https://w3id.org/newsgraph/vocab#"
    /// Prefix of entity, document and relation IRIs.
    public static let resourceIRI = "https://w3id.org/newsgraph/id/"

    public init() {}

    public func export(_ graph: KnowledgeGraph, to sink: some ByteSink) throws {
        var json = JSONWriter(sink)
        try json.beginObject()
        try json.key("@context")
        try Self.writeContext(graph.vocabulary, &json)
        try json.key("@graph")
        try json.beginArray()
        for predicate in graph.vocabulary.predicates {
            try json.beginObject()
            try json.field("@type", "rdf:Property")
            try json.field("@id", "ng:" + predicate.name)
            try json.field("rdfs:label", predicate.label)
            try json.field("rdfs:comment", predicate.description)
            try json.field("ng:symmetric", number: predicate.symmetric ? "true" : "false")
            if !predicate.cameo.isEmpty { try json.field("cameo", predicate.cameo) }
            if !predicate.plover.isEmpty { try json.field("plover", predicate.plover) }
            try json.endObject()
        }
        for document in graph.documents {
            try json.beginObject()
            try json.field("@type", "schema:NewsArticle")
            try json.field("@id", Self.iri(document: document.id))
            try json.field("identifier", document.id)
            if let title = document.title { try json.field("headline", title) }
            if let date = document.date { try json.field("datePublished", date.description) }
            if let url = document.url { try json.field("url", url) }
            try json.endObject()
        }
        var outgoing: [EntityID: [(String, EntityID)]] = [:]
        for relation in graph.relations {
            outgoing[relation.subject, default: []].append((relation.predicate, relation.object))
            if relation.symmetric { outgoing[relation.object, default: []].append((relation.predicate, relation.subject)) }
        }
        for entity in graph.entities {
            try json.beginObject()
            try json.key("@type")
            try json.beginArray()
            try json.string(Self.schemaType(entity))
            try json.string("ng:" + entity.type.rawValue)
            try json.endArray()
            try json.field("@id", Self.iri(entity.id))
            try json.field("name", entity.name)
            if !entity.aliases.isEmpty { try json.field("alternateName", strings: entity.aliases) }
            try json.field("mentions", number: String(entity.mentionCount))
            try json.field("mentionedIn", strings: entity.documents.map(Self.iri(document:)))
            if !entity.externalIDs.isEmpty { try json.field("sameAs", strings: entity.externalIDs.map(\.iri)) }
            let links = Dictionary(grouping: outgoing[entity.id] ?? [], by: \.0)
            for predicate in graph.vocabulary.predicates where links[predicate.name] != nil {
                try json.field(predicate.name, strings: Array(Set(links[predicate.name]!.map { Self.iri($0.1) })).sorted())
            }
            try json.endObject()
        }
        for relation in graph.relations {
            try json.beginObject()
            try json.key("@type")
            try json.beginArray()
            try json.string("rdf:Statement")
            try json.string("ng:Relation")
            try json.endArray()
            try json.field("@id", Self.resourceIRI + "relation/" + Self.percentEncoded(GraphMLExporter.edgeID(relation)))
            try json.field("subject", Self.iri(relation.subject))
            try json.field("predicate", "ng:" + relation.predicate)
            try json.field("object", Self.iri(relation.object))
            if !relation.dates.isEmpty { try json.field("date", strings: relation.dates.map(\.description)) }
            try json.field("evidence", strings: relation.evidence.map(\.text))
            try json.field("source", strings: relation.documents.map(Self.iri(document:)))
            try json.field("weight", number: String(relation.weight))
            try json.field("confidence", number: NumberFormat.decimal(relation.confidence))
            if !relation.roles.isEmpty { try json.field("role", strings: relation.roles) }
            try json.endObject()
        }
        try json.endArray()
        try json.endObject()
    }

    /// The JSON-LD context for a vocabulary: prefixes, schema.org terms and one term per predicate.
    static func writeContext<S: ByteSink>(_ vocabulary: RelationVocabulary, _ json: inout JSONWriter<S>) throws {
        try json.beginObject()
        let prefixes = [
            ("ng", vocabularyIRI), ("schema", "https://schema.org/"), ("xsd", "http://www.w3.org/2001/XMLSchema#"),
            ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ]
        for (prefix, iri) in prefixes { try json.field(prefix, iri) }
        let terms: [(String, String, String?)] = [
            ("name", "schema:name", nil), ("alternateName", "schema:alternateName", nil),
            ("identifier", "schema:identifier", nil), ("headline", "schema:headline", nil),
            ("datePublished", "schema:datePublished", "xsd:date"), ("url", "schema:url", "@id"),
            ("sameAs", "schema:sameAs", "@id"), ("mentions", "ng:mentionCount", "xsd:integer"),
            ("mentionedIn", "ng:mentionedIn", "@id"), ("subject", "rdf:subject", "@id"),
            ("predicate", "rdf:predicate", "@id"), ("object", "rdf:object", "@id"), ("date", "ng:date", "xsd:date"),
            ("evidence", "ng:evidence", nil), ("source", "ng:source", "@id"), ("weight", "ng:weight", "xsd:integer"),
            ("confidence", "ng:confidence", "xsd:decimal"), ("cameo", "ng:cameo", nil), ("plover", "ng:plover", nil), ("role", "ng:role", nil),
        ] + vocabulary.predicates.map { ($0.name, "ng:" + $0.name, "@id") }
        for (term, iri, type) in terms {
            guard let type else { try json.field(term, iri); continue }
            try json.key(term)
            try json.beginObject()
            try json.field("@id", iri)
            try json.field("@type", type)
            try json.endObject()
        }
        try json.endObject()
    }

    /// The context alone, as in `Schemas/context.jsonld`.
    public static func context(for vocabulary: RelationVocabulary, to sink: some ByteSink) throws {
        var json = JSONWriter(sink)
        try json.beginObject()
        try json.key("@context")
        try writeContext(vocabulary, &json)
        try json.endObject()
    }

    static func schemaType(_ entity: Entity) -> String {
        switch entity.type {
        case .person: return "schema:Person"
        case .state: return "schema:Country"
        case .group: return "schema:Organization"
        case .operation: return "schema:Event"
        case .place:
            if entity.externalIDs.contains(where: { $0.scheme == .iso3166 && $0.value.contains("-") }) { return "schema:AdministrativeArea" }
            if entity.externalIDs.contains(where: { $0.scheme == .geonames }) { return "schema:City" }
            return "schema:Place"
        }
    }

    static func iri(_ id: EntityID) -> String {
        resourceIRI + id.rawValue.split(separator: ":", maxSplits: 1).map { percentEncoded(String($0)) }.joined(separator: "/")
    }

    static func iri(document id: String) -> String { resourceIRI + "document/" + percentEncoded(id) }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
