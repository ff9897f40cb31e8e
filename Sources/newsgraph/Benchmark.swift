import ArgumentParser
import Foundation
import NewsGraph

extension NewsGraphCommand {
    struct Benchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure extraction speed and peak memory on sample articles repeated to a given size.",
            discussion: """
                Runs the entity pipeline alone, the full pipeline (with relations) on one core, and \
                the full pipeline with --jobs, in turn, --runs times; prints each figure with its target. Build with \
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
            // The pipelines are run in turn (entity, full, full with jobs; then again), so a
            // spell of load on a shared machine slows each of them alike and the ratios
            // between them hold; each figure is the fastest of its runs.
            var pipelines = [entities]
            if !entitiesOnly {
                pipelines.append(full)
                if parallelJobs > 1 {
                    var parallel = full
                    parallel.jobs = parallelJobs
                    pipelines.append(parallel)
                }
            }
            var best: [ExtractionBenchmark.Result?] = Array(repeating: nil, count: pipelines.count)
            for _ in 0..<runs {
                for (k, pipeline) in pipelines.enumerated() {
                    let next = try benchmark.run(pipeline: pipeline)
                    if best[k].map({ next.seconds < $0.seconds }) ?? true { best[k] = next }
                }
            }
            if runs > 1 { print("each figure: the fastest of \(runs) runs, the pipelines taking turns") }
            let entityRun = best[0]!
            print(String(format: "entity pipeline: %d documents, %.1f MB in %.2f s = %.1f MB/s on one core (target >= 50 MB/s)",
                         entityRun.documents, Double(entityRun.bytes) / 1e6, entityRun.seconds, entityRun.megabytesPerSecond))
            print("  steps: " + Self.steps(entityRun))
            guard !entitiesOnly else {
                print(String(format: "peak memory %.0f MB", Double(entityRun.peakResidentBytes) / 1e6))
                return
            }
            let fullRun = best[1]!
            print(String(format: "full pipeline: %.2f s = %.1f MB/s on one core; relations add %.0f%% (target <= 20%%)",
                         fullRun.seconds, fullRun.megabytesPerSecond, (fullRun.seconds / entityRun.seconds - 1) * 100))
            print("  steps: " + Self.steps(fullRun))
            if let parallel = best.count > 2 ? best[2] : nil {
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
