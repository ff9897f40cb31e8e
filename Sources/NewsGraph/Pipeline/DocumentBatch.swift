import Dispatch
import Foundation

/// Consecutive document stages run over every document, a group of documents at a time:
/// each stage over the whole group, then the next stage, on one thread or several.
///
/// A group holds about ``groupBytes`` of text: small enough that its tokens stay in the
/// processor's caches from one stage to the next, large enough that each stage's own
/// tables and code are warmed once per group rather than once per document (running the
/// relation rules between two documents' mention searches made both a third slower).
///
/// With several jobs, groups are handed out to `DispatchQueue.concurrentPerform`; each
/// document is touched by one thread only, and stages share nothing mutable, so the
/// documents end up exactly as a single thread leaves them. Of several failures, the one on
/// the earliest document is reported, as a single thread would.
struct DocumentBatch {
    let stages: [any DocumentStage]
    /// Drop the tokens after the last stage (nothing later needs them).
    let releaseAfter: Bool
    let progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// The text a group of documents holds at most (unless one document is larger).
    static let groupBytes = 1 << 20

    /// Consecutive documents of at most `budget` bytes of text each (at least one document).
    static func groups(_ documents: UnsafeMutableBufferPointer<AnalyzedDocument>, budget: Int) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0, bytes = 0
        for index in documents.indices {
            let size = documents[index].bytes.count
            if index > start && bytes + size > budget {
                groups.append(start..<index)
                start = index
                bytes = 0
            }
            bytes += size
        }
        if start < documents.count { groups.append(start..<documents.count) }
        return groups
    }

    /// Runs the stages and returns the seconds spent in each (summed over threads).
    func run(on documents: inout [AnalyzedDocument], jobs: Int) throws -> [Double] {
        let count = documents.count
        guard count > 0 else { return Array(repeating: 0, count: stages.count) }
        return try documents.withUnsafeMutableBufferPointer { buffer in
            // With several threads, groups small enough that each thread gets several.
            let totalBytes = buffer.reduce(0) { $0 + $1.bytes.count }
            let budget = jobs > 1 ? max(1, min(Self.groupBytes, totalBytes / (jobs * 8))) : Self.groupBytes
            let groups = Self.groups(buffer, budget: budget)
            let threads = max(1, min(jobs, groups.count))
            if threads == 1 {
                var seconds = Array(repeating: 0.0, count: stages.count)
                var done = 0
                for group in groups {
                    if let failure = process(buffer, group, seconds: &seconds) { throw failure.error }
                    finish(buffer, group, done: &done, total: count)
                }
                return seconds
            }
            // Per-group results, each slot written by the one thread that owns the group.
            var groupSeconds = Array(repeating: Array(repeating: 0.0, count: stages.count), count: groups.count)
            var failures: [(document: Int, error: StageError)?] = Array(repeating: nil, count: groups.count)
            let counter = ProgressCounter(total: count, report: progress)
            groupSeconds.withUnsafeMutableBufferPointer { secondsSlots in
                failures.withUnsafeMutableBufferPointer { failureSlots in
                    nonisolated(unsafe) let buffer = buffer
                    nonisolated(unsafe) let secondsSlots = secondsSlots
                    nonisolated(unsafe) let failureSlots = failureSlots
                    DispatchQueue.concurrentPerform(iterations: groups.count) { index in
                        let group = groups[index]
                        failureSlots[index] = process(buffer, group, seconds: &secondsSlots[index])
                        guard failureSlots[index] == nil else { return }
                        var done = 0
                        finish(buffer, group, done: &done, total: nil)
                        counter.add(done)
                    }
                }
            }
            if let first = failures.compactMap({ $0 }).min(by: { $0.document < $1.document }) { throw first.error }
            return groupSeconds.reduce(into: Array(repeating: 0.0, count: stages.count)) { total, group in
                for k in total.indices { total[k] += group[k] }
            }
        }
    }

    /// Runs every stage over the documents of `group`, stage by stage. A failure stops the
    /// stage; later stages then run only on the documents before it, so the failure
    /// returned is that of the earliest failing document (at its first failing stage).
    private func process(_ documents: UnsafeMutableBufferPointer<AnalyzedDocument>, _ group: Range<Int>,
                         seconds: inout [Double]) -> (document: Int, error: StageError)? {
        let clock = ContinuousClock()
        var end = group.upperBound
        var failure: (document: Int, error: StageError)?
        for (k, stage) in stages.enumerated() {
            let started = clock.now
            for document in group.lowerBound..<end {
                do {
                    try stage.process(&documents[document])
                } catch {
                    failure = (document, StageError(stage: stage.name, document: documents[document].id, underlying: error))
                    end = document
                    break
                }
            }
            let parts = (clock.now - started).components
            seconds[k] += Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        }
        return failure
    }

    /// After the last stage: frees what only the stages used and reports progress.
    private func finish(_ documents: UnsafeMutableBufferPointer<AnalyzedDocument>, _ group: Range<Int>,
                        done: inout Int, total: Int?) {
        guard releaseAfter else { return }
        for document in group {
            documents[document].releaseWorkingData()
            done += 1
            if let total { progress?(document + 1, total) }
        }
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
