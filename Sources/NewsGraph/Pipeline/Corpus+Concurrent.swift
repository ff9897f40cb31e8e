import Dispatch

extension Corpus {
    /// Documents per chunk handed to a thread by the concurrent helpers below.
    static let concurrentChunk = 64

    /// Calls `body` once for every document, on up to ``jobs`` threads. `body` may change
    /// only the document it is given and must only read anything else it uses; documents
    /// are independent, so the result is the same for any number of threads.
    public mutating func updateDocuments(_ body: (_ index: Int, _ document: inout AnalyzedDocument) -> Void) {
        let count = documents.count
        let chunks = (count + Self.concurrentChunk - 1) / Self.concurrentChunk
        guard jobs > 1, chunks > 1 else {
            documents.withUnsafeMutableBufferPointer { buffer in
                for index in buffer.indices { body(index, &buffer[index]) }
            }
            return
        }
        withoutActuallyEscaping(body) { body in
            documents.withUnsafeMutableBufferPointer { buffer in
                // Each index is touched by the one thread that owns its chunk.
                nonisolated(unsafe) let buffer = buffer
                nonisolated(unsafe) let body = body
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    for index in (chunk * Self.concurrentChunk)..<min(count, (chunk + 1) * Self.concurrentChunk) {
                        body(index, &buffer[index])
                    }
                }
            }
        }
    }

    /// ``updateDocuments(_:)`` for work that keeps state between documents (a memo):
    /// `makeBody` is called once for each range of documents a thread takes, and the body
    /// it returns is called on each document of that range, in order.
    public mutating func updateDocumentRanges(_ makeBody: () -> (_ index: Int, _ document: inout AnalyzedDocument) -> Void) {
        let jobs = jobs
        withoutActuallyEscaping(makeBody) { makeBody in
            documents.withUnsafeMutableBufferPointer { buffer in
                // Each index is touched by the one thread that owns its range.
                nonisolated(unsafe) let buffer = buffer
                _ = Self.mapRanges(of: buffer.count, jobs: jobs) { range in
                    let body = makeBody()
                    for index in range { body(index, &buffer[index]) }
                }
            }
        }
    }

    /// Splits the documents into contiguous ranges, one per thread (``jobs``), calls `body`
    /// on each range at once and returns the results in document order. `body` must only
    /// read the corpus. A caller that merges the results in order gets the same answer for
    /// any number of threads if its merge is associative.
    public func mapDocumentRanges<Result>(_ body: (_ range: Range<Int>) -> Result) -> [Result] {
        Self.mapRanges(of: documents.count, jobs: jobs, body)
    }

    /// ``mapDocumentRanges(_:)`` for any `count` items: contiguous ranges of `0..<count`,
    /// one per thread (at most `jobs`, each of at least ``concurrentChunk`` items), results in order.
    public static func mapRanges<Result>(of count: Int, jobs: Int, _ body: (_ range: Range<Int>) -> Result) -> [Result] {
        let parts = max(1, min(jobs, count / concurrentChunk))
        guard parts > 1 else { return [body(0..<count)] }
        var results = [Result?](repeating: nil, count: parts)
        withoutActuallyEscaping(body) { body in
            results.withUnsafeMutableBufferPointer { buffer in
                // Each slot is written by the one thread that computes it.
                nonisolated(unsafe) let buffer = buffer
                nonisolated(unsafe) let body = body
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    buffer[part] = body((part * count / parts)..<((part + 1) * count / parts))
                }
            }
        }
        return results.map { $0! }
    }
}
