import ArgumentParser
import Foundation
import NewsGraph

extension NewsGraphCommand {
    struct BenchmarkExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "benchmark-export",
            abstract: "Measure one exporter on a synthetic graph: time, size, and memory beyond the graph.",
            discussion: "Run one format per process for a clean memory peak (Benchmarks/run.sh does): newsgraph benchmark-export --nodes 1000000 --format graphml"
        )

        @Option(help: "Entities in the synthetic graph.")
        var nodes: Int = 100_000

        @Option(help: "Relations per entity.")
        var edgesPerNode: Int = 5

        @Option(name: .shortAndLong, help: "The export format: \(Exporters.names.joined(separator: ", ")).")
        var format: String = "graphml"

        @Option(help: "Write the export here (kept); by default to a temporary file, deleted after.")
        var out: String?

        @Option(name: .shortAndLong, help: "Threads for formats that serialize in parallel (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        func run() throws {
            let exporter = try Exporters.named(format)
            let baseline = ExportBenchmark.residentBytes()
            let clock = ContinuousClock()
            var graph: KnowledgeGraph?
            let vocabulary = try RelationVocabulary.standard()
            let built = clock.measure { graph = ExportBenchmark(nodes: nodes, edgesPerNode: edgesPerNode).graph(vocabulary: vocabulary) }
            let graphBytes = max(1, ExportBenchmark.residentBytes() - baseline)
            let folder = out.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-bench-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { if out == nil { try? FileManager.default.removeItem(at: folder) } }
            let peakBefore = ExtractionBenchmark.peakResidentBytes()
            var written: [URL] = []
            let exported = try clock.measure { written = try BuildJob.export(graph!, formats: [exporter], to: folder, jobs: jobs) }
            let peak = ExtractionBenchmark.peakResidentBytes()
            let bytes = written.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
            let exportSeconds = Self.seconds(exported)
            print(String(format: "%@ (--jobs %d): %d nodes, %d edges; graph %.2f s, %.0f MB in memory; wrote %.1f MB in %.2f s = %.0f MB/s; peak memory at most %.0f MB above the graph, building included (target: export <= 2x graph, i.e. <= %.0f MB above)",
                         format, jobs, graph!.entities.count, graph!.relations.count, Self.seconds(built), Double(graphBytes) / 1e6,
                         Double(bytes) / 1e6, exportSeconds, Double(bytes) / 1e6 / exportSeconds,
                         Double(max(0, max(peak, peakBefore) - baseline - graphBytes)) / 1e6, Double(graphBytes) / 1e6))
            print(String(format: "export-seconds %.3f", exportSeconds))
        }

        static func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
    }
}
