import Foundation

/// Node and relationship tables for property-graph databases, with the header
/// conventions of `neo4j-admin database import` (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
/// `:TYPE`, typed properties such as `mentions:int` and `dates:date[]`).
///
/// Writes `graph-nodes.csv` and `graph-edges.csv`. Fields are RFC 4180 quoted; list
/// properties use `;` between items (neo4j-admin's default array delimiter); evidence
/// sentences are one field with a line per sentence (import with `--multiline-fields=true`).
public struct CSVExporter: GraphExporter {
    public static let name = "csv"
    public static let fileExtension = "csv"
    public static let summary = "CSV node and edge tables for neo4j-admin import, Kùzu and other property-graph databases"
    public static let fileNames = ["graph-nodes.csv", "graph-edges.csv"]

    public init() {}

    public func export(_ graph: KnowledgeGraph, to sink: some ByteSink) throws {
        try export(graph, file: 0, to: sink)
    }

    public func export(_ graph: KnowledgeGraph, file: Int, to sink: some ByteSink) throws {
        if file == 0 {
            try sink.write("id:ID,name,:LABEL,mentions:int,aliases:string[],documents:string[],iso3166,geonames\n")
            for entity in graph.entities {
                let fields = [
                    entity.id.rawValue, entity.name, entity.type.rawValue, String(entity.mentionCount),
                    Self.list(entity.aliases), Self.list(entity.documents),
                    entity.identifiers(.iso3166, separator: ";"),
                    entity.identifiers(.geonames, separator: ";"),
                ]
                try sink.write(fields.map(Self.quoted).joined(separator: ",") + "\n")
            }
        } else {
            try sink.write(":START_ID,:END_ID,:TYPE,label,weight:int,dates:date[],evidence,documents:string[],confidence:float,cameo,plover,roles:string[],directed:boolean\n")
            for relation in graph.relations {
                let predicate = graph.vocabulary[relation.predicate]
                let fields = [
                    relation.subject.rawValue, relation.object.rawValue, relation.predicate, predicate?.label ?? relation.predicate,
                    String(relation.weight), relation.dates.map(\.description).joined(separator: ";"),
                    relation.evidence.map { "[\($0.documentID)] \($0.text)" }.joined(separator: "\n"),
                    Self.list(relation.documents), NumberFormat.decimal(relation.confidence),
                    predicate?.cameo ?? "", predicate?.plover ?? "", Self.list(relation.roles), relation.symmetric ? "false" : "true",
                ]
                try sink.write(fields.map(Self.quoted).joined(separator: ",") + "\n")
            }
        }
    }

    /// Items joined by `;` (a `;` inside an item becomes `,`).
    static func list(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";")
    }

    /// An RFC 4180 field: always quoted, quotes doubled, control characters other than
    /// line breaks dropped.
    static func quoted(_ field: String) -> String {
        var out = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
