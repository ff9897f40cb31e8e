/// Graphviz DOT, for `dot`, `sfdp` and every tool that reads DOT.
///
/// Nodes are coloured and shaped by entity type (colour-blind-safe Okabe–Ito palette),
/// with a legend cluster; edge labels show the predicate and its dates; symmetric
/// relations are drawn without arrowheads; pen width grows with the edge's weight.
/// Every id and label is quoted and escaped, so names such as `node`, `"Strict"`,
/// quotes, backslashes, newlines and any script are safe.
public struct DOTExporter: GraphExporter {
    public static let name = "dot"
    public static let fileExtension = "dot"
    public static let summary = "Graphviz DOT (render with dot or sfdp)"

    /// Fill colour and shape of each entity type.
    static let style: [EntityType: (color: String, shape: String)] = [
        .person: ("#56B4E9", "ellipse"),
        .state: ("#E69F00", "box"),
        .group: ("#009E73", "hexagon"),
        .place: ("#F0E442", "house"),
        .operation: ("#CC79A7", "diamond"),
    ]

    public init() {}

    public func export(_ graph: KnowledgeGraph, to sink: some ByteSink) throws {
        try sink.write("""
        digraph "NewsGraph" {
          graph [charset="UTF-8", label="NewsGraph: \(graph.entities.count) entities, \(graph.relations.count) relations from \(graph.documents.count) documents", labelloc="t", fontname="Helvetica", fontsize="16", overlap="false", splines="true", rankdir="LR"];
          node [style="filled", fontname="Helvetica", fontsize="11", penwidth="1"];
          edge [fontname="Helvetica", fontsize="9", color="#555555", fontcolor="#333333"];
          subgraph "cluster_legend" {
            label="Entity types";
            style="rounded";
            color="#999999";

        """)
        for type in EntityType.allCases {
            let style = Self.style[type]!
            try sink.write("    \(Self.quote("legend:" + type.rawValue)) [label=\(Self.quote(type.rawValue, label: true)), shape=\"\(style.shape)\", fillcolor=\"\(style.color)\"];\n")
        }
        try sink.write("  }\n")
        for entity in graph.entities {
            let style = Self.style[entity.type]!
            try sink.write("  \(Self.quote(entity.id.rawValue)) [label=\(Self.quote(entity.name, label: true)), shape=\"\(style.shape)\", fillcolor=\"\(style.color)\", tooltip=\(Self.quote("\(entity.type.rawValue), \(entity.mentionCount) mentions", label: true))];\n")
        }
        for relation in graph.relations {
            var label = relation.predicate
            if !relation.dates.isEmpty { label += "\n" + relation.dates.map(\.description).joined(separator: ", ") }
            var attributes = "label=\(Self.quote(label, label: true)), penwidth=\"\(NumberFormat.decimal(1 + 0.5 * Double(min(relation.weight, 8) - 1)))\""
            if relation.symmetric { attributes += ", dir=\"none\"" }
            try sink.write("  \(Self.quote(relation.subject.rawValue)) -> \(Self.quote(relation.object.rawValue)) [\(attributes)];\n")
        }
        try sink.write("}\n")
    }

    /// A DOT double-quoted string. Backslashes and quotes are escaped, line breaks become
    /// `\n`, other control characters are dropped; in labels `&` is written as `&amp;` so
    /// Graphviz does not read it as the start of an entity.
    static func quote(_ text: String, label: Bool = false) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "&" where label: out += "&amp;"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
