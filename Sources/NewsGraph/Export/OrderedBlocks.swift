import Dispatch
import Foundation
import XMLSupport

/// Serializes a long run of elements (nodes, edges) in blocks on several threads and hands
/// the blocks' bytes over strictly in order, so the output is the same bytes whatever the
/// number of threads.
///
/// Threads take blocks in ascending order (`DispatchQueue.concurrentPerform`); a thread that
/// has serialized its block waits until the blocks before it are written, then writes it, so
/// at most about one block per thread is held in memory and writing one block overlaps
/// serializing the next. The first error (from `serialize` or `write`) stops the rest and is
/// rethrown.
enum OrderedBlocks {
    /// Elements per block: large enough that a block is worth a thread, small enough that
    /// the blocks in flight stay a few megabytes.
    static let blockSize = 2048

    /// Runs `serialize` over `0..<count` in blocks of `blockSize` and passes each result to
    /// `write`, in block order. `write` is never called by two threads at once.
    static func run(count: Int, jobs: Int, blockSize: Int = blockSize,
                    serialize: @escaping @Sendable (Range<Int>) throws -> [UInt8],
                    write: (UnsafeRawBufferPointer) throws -> Void) throws {
        let blocks = (count + blockSize - 1) / blockSize
        @Sendable func range(_ block: Int) -> Range<Int> { (block * blockSize)..<min(count, (block + 1) * blockSize) }
        guard jobs > 1, blocks > 1 else {
            for block in 0..<blocks { try serialize(range(block)).withUnsafeBytes { try write($0) } }
            return
        }
        let turn = Turn()
        // `write` runs only under the turn's lock, one block at a time, in order.
        nonisolated(unsafe) let write = write
        // concurrentPerform spreads over every core; the semaphore keeps at most `jobs`
        // serializing. A thread gives its slot back before waiting for its turn to write, or
        // a later block could hold the slot an earlier one needs.
        let slots = DispatchSemaphore(value: jobs)
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            guard !turn.failed else { return turn.skip(block) }
            slots.wait()
            let bytes: [UInt8]
            do { bytes = try serialize(range(block)) } catch {
                slots.signal()
                return turn.fail(block, error)
            }
            slots.signal()
            turn.write(block) { try bytes.withUnsafeBytes { try write($0) } }
        }
        if let error = turn.error { throw error }
    }

    /// Whose turn it is to write, and the first failure.
    private final class Turn: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        private(set) var error: (any Error)?
        var failed: Bool {
            condition.lock()
            defer { condition.unlock() }
            return error != nil
        }

        /// Waits for `block`'s turn, runs `body` unless something failed, passes the turn on.
        func write(_ block: Int, _ body: () throws -> Void) {
            condition.lock()
            defer { condition.unlock() }
            while next != block { condition.wait() }
            if error == nil {
                do { try body() } catch { self.error = error }
            }
            next += 1
            condition.broadcast()
        }

        func fail(_ block: Int, _ error: any Error) {
            write(block) { throw error }
        }

        func skip(_ block: Int) {
            write(block) {}
        }
    }
}

extension XMLStreamWriter {
    /// The bytes of the elements `body` writes, for ``embed(_:)`` into a writer that has
    /// `depth` elements open (a block of ``OrderedBlocks``).
    static func fragment(depth: Int, _ body: (XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let writer = XMLStreamWriter(depth: depth) { bytes.append(contentsOf: $0) }
        try body(writer)
        try writer.finish()
        return bytes
    }
}
