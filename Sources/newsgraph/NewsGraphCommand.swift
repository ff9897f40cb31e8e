import ArgumentParser
import NewsGraph

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a sourced knowledge graph (GraphML, DOT, JSON-LD).",
        discussion: """
        Reads articles, finds the people, states, groups, places and operations they name, \
        resolves each to one node, links them with relations such as attacked, spokeWith or \
        visited (with the sentence and article that say so), and exports the graph.

        Example:
          newsgraph build seeds --out out
          newsgraph validate out/graph.graphml
        """,
        subcommands: [Build.self, Extract.self, Merge.self, Validate.self, Evaluate.self, Mentions.self, Benchmark.self, BenchmarkExport.self]
    )
}

/// A comma-separated list of export formats.
struct FormatList: ExpressibleByArgument {
    var exporters: [any GraphExporter.Type]

    init?(argument: String) {
        var exporters: [any GraphExporter.Type] = []
        for name in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let exporter = try? Exporters.named(name) else { return nil }
            if !exporters.contains(where: { $0 == exporter }) { exporters.append(exporter) }
        }
        guard !exporters.isEmpty else { return nil }
        self.exporters = exporters
    }

    static var allValueStrings: [String] { Exporters.names }
    var defaultValueDescription: String { exporters.map { $0.name }.joined(separator: ",") }
}
