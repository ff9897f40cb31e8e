/// Stage `event-dates`: places each event on the calendar.
///
/// Date expressions ("on Friday", "January 16", "today") are read against the article's
/// own date, and none falls after it (a later day is a plan's: "agreed to meet on October
/// 25"; the agreement is the article's). An article without one borrows the corpus's median
/// article date (or, if its dateline gives a month and day without a year, that day in the
/// year nearest the median), and its events get a lower confidence. Events with no date expression take the article's date.
/// Standing facts (offices, locations) get no date.
public struct EventDating: CorpusStage {
    public let name = "event-dates"
    /// Confidence is multiplied by this when the article's date is borrowed.
    public let borrowedFactor = 0.8

    public init() {}

    /// A month and day in the year that puts it nearest to `reference` (a dateline's day
    /// may fall after the corpus's median date as well as before it).
    static func nearest(_ day: DateReference, to reference: CalendarDay?) -> CalendarDay? {
        guard case let .monthDay(month, dayOfMonth) = day, let reference else { return nil }
        return (reference.year - 1...reference.year + 1)
            .compactMap { CalendarDay(year: $0, month: month, day: dayOfMonth) }
            .min { abs($0.daysSinceEpoch - reference.daysSinceEpoch) < abs($1.daysSinceEpoch - reference.daysSinceEpoch) }
    }

    public func process(_ corpus: inout Corpus) throws {
        let own = corpus.documents.indices.compactMap { corpus.documents[$0].date }.sorted()
        let borrowed = own.isEmpty ? nil : own[(own.count - 1) / 2]
        let dated = Set(corpus.vocabularyDated)
        let borrowedFactor = borrowedFactor
        corpus.updateDocuments { _, document in
            // (A dateline's month and day without a year, in the year the borrowed date gives.)
            let reference = document.date ?? document.datelineDay.flatMap { Self.nearest($0, to: borrowed) } ?? borrowed
            let isBorrowed = document.date == nil
            for r in document.relations.indices where document.relations[r].date == nil {
                // Read and written in place: a relation copied out and back would be copied twice.
                guard dated.isEmpty || dated.contains(document.relations[r].predicate) else { continue }
                let when = document.relations[r].when
                guard var day = when?.resolve(against: reference) ?? (when == nil ? reference : nil) else { continue }
                // What happened cannot postdate the article that tells it: a later day is a
                // plan's ("agreed to meet again on October 25"), and the event is the article's.
                if !isBorrowed, let reference, day > reference { day = reference }
                document.relations[r].date = day
                if isBorrowed { document.relations[r].confidence *= borrowedFactor }
            }
        }
    }
}
