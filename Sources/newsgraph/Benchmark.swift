import ArgumentParser
import Foundation
import NewsGraph

extension NewsGraphCommand {
    struct Benchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure extraction speed and peak memory on sample articles repeated to a given size.",
            discussion: "Build with -c release for meaningful numbers: swift run -c release newsgraph benchmark seeds --megabytes 50"
        )

        @OptionGroup var input: InputOptions

        @Option(help: "Size of the synthetic corpus, in megabytes (10^6 bytes).")
        var megabytes: Int = 50

        @Flag(help: "Measure the entity pipeline alone (no dates, relations or their corpus stages), to compare.")
        var entitiesOnly = false

        @Option(help: "Comma-separated steps to leave out (to see what each costs), e.g. relations,offices.")
        var skip: String = ""

        func run() throws {
            let samples = try input.documents()
            var pipeline = try input.pipeline()
            if entitiesOnly {
                let relationSteps: Set<String> = ["dates", "relations", "offices", "event-dates", "gazetteer-facts"]
                pipeline.steps.removeAll { relationSteps.contains($0.name) }
            }
            let skipped = Set(skip.split(separator: ",").map(String.init))
            pipeline.steps.removeAll { skipped.contains($0.name) }
            let benchmark = ExtractionBenchmark(samples: samples, targetBytes: megabytes * 1_000_000)
            let parallelJobs = pipeline.jobs
            pipeline.jobs = 1
            let result = try benchmark.run(pipeline: pipeline)
            print(String(format: "extraction: %d documents, %.1f MB in %.2f s = %.1f MB/s on one core (target >= 50 MB/s)",
                         result.documents, Double(result.bytes) / 1e6, result.seconds, result.megabytesPerSecond))
            if parallelJobs > 1 {
                pipeline.jobs = parallelJobs
                let parallel = try benchmark.run(pipeline: pipeline)
                print(String(format: "with --jobs %d: %.2f s = %.1f MB/s, %.2fx one core (target >= 1.8x on 2 cores)",
                             parallelJobs, parallel.seconds, parallel.megabytesPerSecond, result.seconds / parallel.seconds))
            }
            print(String(format: "graph: %d nodes, %d edges; peak memory %.0f MB", result.nodes, result.edges,
                         Double(result.peakResidentBytes) / 1e6))
            print("steps: " + result.timings.map { String(format: "%@ %.2f s", $0.step, $0.seconds) }.joined(separator: ", "))
        }
    }
}
