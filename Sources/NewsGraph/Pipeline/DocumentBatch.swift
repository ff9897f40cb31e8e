import Dispatch
import Foundation

/// Consecutive document stages run over every document, one document at a time through
/// all of them (so its text and tokens stay in cache), on one thread or several.
///
/// With several jobs, documents are handed out in chunks to `DispatchQueue.concurrentPerform`;
/// each document is touched by one thread only, and stages share nothing mutable, so the
/// documents end up exactly as a single thread leaves them. Of several failures, the one on
/// the earliest document is reported, as a single thread would.
struct DocumentBatch {
    let stages: [any DocumentStage]
    /// Drop the tokens after the last stage (nothing later needs them).
    let releaseAfter: Bool
    let progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// Documents per chunk handed to a thread.
    static let chunkSize = 32

    /// Runs the stages and returns the seconds spent in each (summed over threads).
    func run(on documents: inout [AnalyzedDocument], jobs: Int) throws -> [Double] {
        let count = documents.count
        guard count > 0 else { return Array(repeating: 0, count: stages.count) }
        let chunks = (count + Self.chunkSize - 1) / Self.chunkSize
        let threads = max(1, min(jobs, chunks))
        if threads == 1 {
            var seconds = Array(repeating: 0.0, count: stages.count)
            var done = 0
            try documents.withUnsafeMutableBufferPointer { buffer in
                if let failure = process(buffer, 0..<count, seconds: &seconds, done: &done, total: count) { throw failure.error }
            }
            return seconds
        }
        // Per-chunk results, each slot written by the one thread that owns the chunk.
        var chunkSeconds = Array(repeating: Array(repeating: 0.0, count: stages.count), count: chunks)
        var failures: [(document: Int, error: StageError)?] = Array(repeating: nil, count: chunks)
        let counter = ProgressCounter(total: count, report: progress)
        documents.withUnsafeMutableBufferPointer { buffer in
            chunkSeconds.withUnsafeMutableBufferPointer { secondsSlots in
                failures.withUnsafeMutableBufferPointer { failureSlots in
                    nonisolated(unsafe) let buffer = buffer
                    nonisolated(unsafe) let secondsSlots = secondsSlots
                    nonisolated(unsafe) let failureSlots = failureSlots
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        let range = (chunk * Self.chunkSize)..<min(count, (chunk + 1) * Self.chunkSize)
                        var done = 0
                        failureSlots[chunk] = process(buffer, range, seconds: &secondsSlots[chunk], done: &done, total: nil)
                        counter.add(done)
                    }
                }
            }
        }
        if let first = failures.compactMap({ $0 }).min(by: { $0.document < $1.document }) { throw first.error }
        return chunkSeconds.reduce(into: Array(repeating: 0.0, count: stages.count)) { total, chunk in
            for k in total.indices { total[k] += chunk[k] }
        }
    }

    /// Runs every stage on the documents of `range`; stops at the first failure and returns it.
    private func process(_ documents: UnsafeMutableBufferPointer<AnalyzedDocument>, _ range: Range<Int>,
                         seconds: inout [Double], done: inout Int, total: Int?) -> (document: Int, error: StageError)? {
        let clock = ContinuousClock()
        for document in range {
            for (k, stage) in stages.enumerated() {
                let started = clock.now
                do {
                    try stage.process(&documents[document])
                } catch {
                    return (document, StageError(stage: stage.name, document: documents[document].id, underlying: error))
                }
                let parts = (clock.now - started).components
                seconds[k] += Double(parts.seconds) + Double(parts.attoseconds) / 1e18
            }
            if releaseAfter {
                documents[document].releaseWorkingData()
                done += 1
                if let total { progress?(document + 1, total) }
            }
        }
        return nil
    }
}

/// Documents finished across threads, reported in order of completion counts.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    init(total: Int, report: (@Sendable (_ done: Int, _ total: Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func add(_ count: Int) {
        guard count > 0, let report else { return }
        lock.lock()
        defer { lock.unlock() }
        // Reported in steps of the chunk, under the lock, so the numbers only grow.
        for _ in 0..<count {
            done += 1
            report(done, total)
        }
    }
}
