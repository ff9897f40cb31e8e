import ArgumentParser
import Foundation
import NewsGraph

extension NewsGraphCommand {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the per-document extraction only and write a part file (JSON Lines) for `merge`.",
            discussion: """
                The map side of a distributed run: extract shards of the articles anywhere, then \
                `newsgraph merge` the parts, in any grouping and order, into exactly the exports \
                `build` writes for all the articles at once.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: "The part file to write (written whole or not at all).")
        var out: String

        func run() throws {
            do {
                let resources = try input.options.resources()
                let pipeline = try input.options.pipeline(resources)
                let documents = try pipeline.extract(try input.documents())
                for diagnostic in documents.flatMap(\.diagnostics) { StandardError.print(diagnostic.description) }
                try AtomicFileWriter.write(to: URL(fileURLWithPath: out)) {
                    try PartFile.write(documents, gazetteer: resources.gazetteer, to: $0)
                }
            } catch {
                throw ExitStatus.fail(error)
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Combine part files from `extract` into the graph and write the exports.",
            discussion: "Gives exactly the bytes `build` writes for the same articles, whatever the grouping and order of the parts."
        )

        @Argument(help: "Part files written by `newsgraph extract` (or by `merge --part`).")
        var parts: [String]

        @Option(name: .shortAndLong, help: "Folder to write graph.<format> files into (created if missing).")
        var out: String?

        @Option(name: .long, help: "Also write the combined part to this file (parts merge in any grouping).")
        var part: String?

        @OptionGroup var export: ExportOptions

        @OptionGroup var options: PipelineOptions

        func validate() throws {
            guard out != nil || part != nil else { throw ValidationError("give --out DIR for the exports, --part FILE for a combined part, or both") }
        }

        func run() throws {
            do {
                let started = Date()
                let resources = try options.resources()
                var pipeline = try options.pipeline(resources)
                pipeline.includeCooccurrence = export.cooccurrence
                var documents: [AnalyzedDocument] = []
                var source: [String: String] = [:]
                for path in parts {
                    for document in try PartFile.read(URL(fileURLWithPath: path), gazetteer: resources.gazetteer) {
                        if let first = source[document.id] { throw IngestError.duplicateID(document.id, first: first, second: path) }
                        source[document.id] = path
                        documents.append(document)
                    }
                }
                if let part {
                    try AtomicFileWriter.write(to: URL(fileURLWithPath: part)) {
                        try PartFile.write(documents, gazetteer: resources.gazetteer, to: $0)
                    }
                }
                guard let out else { return }
                let directory = URL(fileURLWithPath: out)
                try BuildJob.checkOutputDirectory(directory)
                let (graph, _) = try pipeline.merge(documents)
                _ = try BuildJob.export(graph, formats: export.format.exporters, to: directory, jobs: options.jobs)
                if !export.quiet {
                    StandardError.print("newsgraph: \(documents.count) documents merged from \(parts.count) parts, \(graph.entities.count) nodes, \(graph.relations.count) edges, "
                                        + String(format: "%.2f s", Date().timeIntervalSince(started)))
                }
            } catch {
                throw ExitStatus.fail(error)
            }
        }
    }
}
