/// A step of extraction that works on one document at a time.
///
/// Stages are values, loaded once with their data and shared by every document; they
/// keep no state between documents, so documents may be processed in any order or in
/// parallel.
public protocol DocumentStage: Sendable {
    /// A short name used in errors (`clean`, `sentences`, …).
    var name: String { get }
    func process(_ document: inout AnalyzedDocument) throws
}

/// A step of extraction that needs the whole corpus at once (resolution across documents).
public protocol CorpusStage: Sendable {
    var name: String { get }
    func process(_ corpus: inout Corpus) throws
}

/// Every document of a run, with the corpus-level results of the stages so far.
public struct Corpus: Sendable {
    public var documents: [AnalyzedDocument]
    /// Set by resolution: one record per entity, keyed by id.
    public var entities: [EntityID: Entity] = [:]
    /// Names of the predicates that are dated events (empty: all).
    public var vocabularyDated: [String] = []

    /// Threads a corpus stage may use for its work document by document (set by the
    /// pipeline from its ``Pipeline/jobs``; see ``updateDocuments(_:)``).
    public var jobs = 1

    public init(documents: [AnalyzedDocument], vocabularyDated: [String] = []) {
        self.documents = documents
        self.vocabularyDated = vocabularyDated
    }

    /// Every document's diagnostics, in document order (read by index: iterating the
    /// documents would copy each, retaining everything it holds).
    public var diagnostics: [Diagnostic] { documents.indices.flatMap { documents[$0].diagnostics } }

    /// Whether the documents are in id order (as the pipeline puts them), compared in place.
    public var documentsInIDOrder: Bool {
        documents.indices.dropFirst().allSatisfy { documents[$0 - 1].document.id < documents[$0].document.id }
    }
}

/// A stage failed on some document; names the stage, the document and the cause.
public struct StageError: Error, CustomStringConvertible {
    public let stage: String
    public let document: String?
    public let underlying: any Error

    public var description: String {
        "stage \(stage) failed" + (document.map { " on \($0)" } ?? "") + ": \(underlying)"
    }
}
