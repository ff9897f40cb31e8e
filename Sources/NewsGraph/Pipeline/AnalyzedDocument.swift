/// A document as it passes through the extraction stages, with what each stage added.
///
/// Offsets in `sentences`, `tokens` and `mentions` are UTF-8 byte offsets into `text`
/// (the cleaned text), so stages work on `bytes` without walking `Character`s.
public struct AnalyzedDocument: Sendable {
    public let document: Document
    /// The article text after cleaning; starts as the raw text. Stored as ``bytes``.
    public var text: String {
        get { String(decoding: bytes, as: UTF8.self) }
        set { bytes = Array(newValue.utf8) }
    }
    /// The text as UTF-8: what the stages read.
    public private(set) var bytes: [UInt8]

    /// Replaces the text with already-encoded UTF-8 (valid UTF-8, as the cleaner writes it).
    public mutating func replaceText(utf8: [UInt8]) { bytes = utf8 }
    public var title: String?
    public var date: CalendarDay?
    /// A month and day a dateline gives without a year ("SEOUL, May 8 (Yonhap)"), for an
    /// article with no ``date``: event dating reads it in the year of the corpus's dates.
    public var datelineDay: DateReference?
    public var sentences: [Span] = []
    public var tokens: [Token] = []
    /// For each sentence, the range of its tokens in `tokens`.
    public var sentenceTokens: [Range<Int>] = []
    public var mentions: [Mention] = []
    public var relations: [RelationMention] = []
    public var diagnostics: [Diagnostic] = []

    public init(_ document: Document) {
        self.document = document
        bytes = Array(document.text.utf8)
        title = document.title
        date = document.date
    }

    public var id: String { document.id }

    /// Frees the tokens, which only document stages use, once they have all run.
    public mutating func releaseWorkingData() {
        tokens = []
        sentenceTokens = []
    }

    /// Drops the text and everything found in it, keeping the document itself (id,
    /// metadata): what is left once the graph has been built from it.
    public mutating func releaseAnalysis() {
        releaseWorkingData()
        bytes = []
        sentences = []
        mentions = []
        relations = []
        diagnostics = []
    }

    /// The text of a span.
    public func string(_ span: Span) -> String { Self.string(span, of: bytes) }

    /// The text of a span of `bytes` (for callers that hold a document's bytes, not the document).
    static func string(_ span: Span, of bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[span.start..<span.end]), as: UTF8.self) }
    }

    /// The sentence containing byte `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].start <= offset ? low : nil
    }
}

/// A word, number or punctuation mark.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, handle, url
    }
    public var span: Span
    public var kind: Kind
    /// Starts with an upper-case letter.
    public var isCapitalized: Bool
    /// Every letter is upper-case (and there are at least two).
    public var isAllCaps: Bool
    /// A word with an ASCII hyphen inside (`Ould-Abdallah`); recognition splits it there.
    public var hasHyphen: Bool
    /// ``WordHash`` of the token: of its key for words, of its bytes otherwise.
    public var hash: UInt64

    public init(span: Span, kind: Kind, isCapitalized: Bool = false, isAllCaps: Bool = false, hasHyphen: Bool = false, hash: UInt64 = 0) {
        self.span = span
        self.kind = kind
        self.hash = hash
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.hasHyphen = hasHyphen
    }
}
