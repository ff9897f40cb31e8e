import Foundation

/// Measures extraction speed and memory on a synthetic corpus made by repeating sample
/// articles (each copy a separate document) up to a target size.
///
/// Used by `newsgraph benchmark`; a benchmark, not a test: it reports numbers and the
/// targets beside them, and never fails on a slow machine.
public struct ExtractionBenchmark: Sendable {
    public var samples: [Document]
    public var targetBytes: Int

    public init(samples: [Document], targetBytes: Int) {
        self.samples = samples
        self.targetBytes = targetBytes
    }

    public struct Result: Sendable {
        public var documents: Int
        public var bytes: Int
        public var seconds: Double
        public var nodes: Int
        public var edges: Int
        /// Peak resident memory of the whole process, in bytes.
        public var peakResidentBytes: Int
        /// Seconds per pipeline step.
        public var timings: [(step: String, seconds: Double)]

        public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    }

    /// The corpus: the samples repeated, renamed `copyN-id`, until `targetBytes` is reached.
    public func corpus() -> [Document] {
        var documents: [Document] = []
        var bytes = 0
        var copy = 0
        while bytes < targetBytes {
            for sample in samples where bytes < targetBytes {
                var document = sample
                document.id = "copy\(copy)-\(sample.id)"
                documents.append(document)
                bytes += sample.text.utf8.count
            }
            copy += 1
        }
        return documents
    }

    /// Runs the pipeline once over the corpus and measures it (resource loading excluded).
    public func run(pipeline: Pipeline) throws -> Result {
        let documents = corpus()
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let clock = ContinuousClock()
        var graph: KnowledgeGraph?
        var timings: [(step: String, seconds: Double)] = []
        let elapsed = try clock.measure { graph = try pipeline.run(documents, timings: &timings).graph }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(documents: documents.count, bytes: bytes, seconds: seconds, nodes: graph!.entities.count,
                      edges: graph!.relations.count, peakResidentBytes: Self.peakResidentBytes(), timings: timings)
    }

    /// The process's peak resident set size (`getrusage`, kilobytes on Linux).
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
        #endif
    }
}
