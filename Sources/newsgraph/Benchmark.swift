import ArgumentParser
import Foundation
import NewsGraph

extension NewsGraphCommand {
    struct Benchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure extraction speed and peak memory on sample articles repeated to a given size.",
            discussion: """
                Runs the entity pipeline alone, then the full pipeline (with relations), on one core, \
                then the full pipeline with --jobs; prints each figure with its target. Build with \
                -c release for meaningful numbers: swift run -c release newsgraph benchmark seeds --megabytes 50
                """
        )

        @OptionGroup var input: InputOptions

        @Option(help: "Size of the synthetic corpus, in megabytes (10^6 bytes).")
        var megabytes: Int = 50

        @Flag(help: "Measure the entity pipeline alone (no dates, relations or their corpus stages).")
        var entitiesOnly = false

        @Option(help: "Comma-separated steps to leave out (to see what each costs), e.g. relations,offices.")
        var skip: String = ""

        @Option(help: "Runs of each pipeline; the fastest is reported (the first run also pays for fresh memory).")
        var runs: Int = 3

        /// The steps that only relations need: without them the pipeline finds entities alone.
        static let relationSteps: Set<String> = ["dates", "relations", "implied-offices", "offices", "home-capitals", "event-dates", "gazetteer-facts"]

        func run() throws {
            let samples = try input.documents()
            var full = try input.pipeline()
            let skipped = Set(skip.split(separator: ",").map(String.init))
            full.steps.removeAll { skipped.contains($0.name) }
            let parallelJobs = full.jobs
            full.jobs = 1
            var entities = full
            entities.steps.removeAll { Self.relationSteps.contains($0.name) }
            let benchmark = ExtractionBenchmark(samples: samples, targetBytes: megabytes * 1_000_000)

            guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
            /// The fastest of `runs` runs.
            func measure(_ pipeline: Pipeline) throws -> ExtractionBenchmark.Result {
                var best = try benchmark.run(pipeline: pipeline)
                for _ in 1..<runs {
                    let next = try benchmark.run(pipeline: pipeline)
                    if next.seconds < best.seconds { best = next }
                }
                return best
            }
            if runs > 1 { print("each figure: the fastest of \(runs) runs") }
            let entityRun = try measure(entities)
            print(String(format: "entity pipeline: %d documents, %.1f MB in %.2f s = %.1f MB/s on one core (target >= 50 MB/s)",
                         entityRun.documents, Double(entityRun.bytes) / 1e6, entityRun.seconds, entityRun.megabytesPerSecond))
            print("  steps: " + Self.steps(entityRun))
            guard !entitiesOnly else {
                print(String(format: "peak memory %.0f MB", Double(entityRun.peakResidentBytes) / 1e6))
                return
            }
            let fullRun = try measure(full)
            print(String(format: "full pipeline: %.2f s = %.1f MB/s on one core; relations add %.0f%% (target <= 20%%)",
                         fullRun.seconds, fullRun.megabytesPerSecond, (fullRun.seconds / entityRun.seconds - 1) * 100))
            print("  steps: " + Self.steps(fullRun))
            if parallelJobs > 1 {
                full.jobs = parallelJobs
                let parallel = try measure(full)
                print(String(format: "full pipeline with --jobs %d: %.2f s = %.1f MB/s, %.2fx one core (target >= 1.8x on 2 cores)",
                             parallelJobs, parallel.seconds, parallel.megabytesPerSecond, fullRun.seconds / parallel.seconds))
                print("  steps (document steps: time summed over threads): " + Self.steps(parallel))
            }
            print(String(format: "graph: %d nodes, %d edges; peak memory %.0f MB", fullRun.nodes, fullRun.edges,
                         Double(ExtractionBenchmark.peakResidentBytes()) / 1e6))
        }

        static func steps(_ result: ExtractionBenchmark.Result) -> String {
            result.timings.map { String(format: "%@ %.2f s", $0.step, $0.seconds) }.joined(separator: ", ")
        }
    }
}
