/// Stage `event-dates`: places each event on the calendar.
///
/// Date expressions ("on Friday", "January 16", "today") are read against the article's
/// own date. An article without one borrows the corpus's median article date, and its
/// events get a lower confidence. Events with no date expression take the article's date.
/// Standing facts (offices, locations) get no date.
public struct EventDating: CorpusStage {
    public let name = "event-dates"
    /// Confidence is multiplied by this when the article's date is borrowed.
    public let borrowedFactor = 0.8

    public init() {}

    public func process(_ corpus: inout Corpus) throws {
        let own = corpus.documents.compactMap(\.date).sorted()
        let borrowed = own.isEmpty ? nil : own[(own.count - 1) / 2]
        let dated = Set(corpus.vocabularyDated)
        for d in corpus.documents.indices {
            let reference = corpus.documents[d].date ?? borrowed
            let isBorrowed = corpus.documents[d].date == nil
            for r in corpus.documents[d].relations.indices where corpus.documents[d].relations[r].date == nil {
                // Read and written in place: a relation copied out and back would be copied twice.
                guard dated.isEmpty || dated.contains(corpus.documents[d].relations[r].predicate) else { continue }
                let when = corpus.documents[d].relations[r].when
                guard let day = when?.resolve(against: reference) ?? (when == nil ? reference : nil) else { continue }
                corpus.documents[d].relations[r].date = day
                if isBorrowed { corpus.documents[d].relations[r].confidence *= borrowedFactor }
            }
        }
    }
}
