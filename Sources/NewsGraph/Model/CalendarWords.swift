import Foundation

/// Calendar words (`calendar.json`): months, weekdays and relative days, by word hash.
public final class CalendarWords: Sendable {
    public let months: HashMap64<Int>
    public let weekdays: HashMap64<Int>
    public let relativeDays: HashMap64<Int>
    /// Words before a month named alone ("in January", "since March 2023").
    public let monthLeads: PhraseSet
    /// Words for a stretch of time ("week", "month"): after a lead ("last week", "in recent
    /// days") or before a follower ("ago", "later"), the event is in that stretch, on no day
    /// the text gives.
    public let periods: PhraseSet
    public let periodLeads: PhraseSet
    /// Words after a period that place the event that far from another ("two weeks ago",
    /// "three days later"): a stretch of time, on no day the text gives.
    public let periodFollowers: PhraseSet
    /// Line starts that introduce an article's own date ("Published On:").
    public let publicationPrefixes: [[UInt64]]
    /// Every month, weekday, relative-day and period word: a word outside it starts no date.
    let dateWords: HashSet64

    private struct File: Decodable {
        var months: [String: Int]
        var weekdays: [String: Int]
        var relativeDays: [String: Int]
        var monthLeads: [String]
        var periods: [String]
        var periodLeads: [String]
        var periodFollowers: [String]
        var publicationPrefixes: [String]
    }

    public init(contentsOf url: URL) throws {
        let file = try ResourceLoader.decode(File.self, from: url)
        func table(_ words: [String: Int]) -> HashMap64<Int> {
            var map = HashMap64<Int>()
            for (word, value) in words { map[WordHash.word(word)] = value }
            return map
        }
        months = table(file.months)
        weekdays = table(file.weekdays)
        relativeDays = table(file.relativeDays)
        monthLeads = PhraseSet(file.monthLeads)
        periods = PhraseSet(file.periods)
        periodLeads = PhraseSet(file.periodLeads)
        periodFollowers = PhraseSet(file.periodFollowers)
        publicationPrefixes = file.publicationPrefixes.map { NameKey.words($0).map(WordHash.word) }.sorted { $0.count > $1.count }
        var dateWords = HashSet64()
        for word in [file.months.keys, file.weekdays.keys, file.relativeDays.keys].joined() { dateWords.insert(WordHash.word(word)) }
        for word in file.periods { dateWords.insert(WordHash.word(word)) }
        self.dateWords = dateWords
    }

    public static func standard() throws -> CalendarWords {
        try CalendarWords(contentsOf: ResourceLoader.dataURL("calendar.json"))
    }
}

/// A date as a sentence gives it, before it is placed on the calendar.
public enum DateReference: Hashable, Sendable, Codable {
    /// A full date ("29 January 2024", "Jan 29, 2024").
    case day(CalendarDay)
    /// Month and day without a year ("on January 16"): the year of the reference date,
    /// or the year before if that would put it well after the reference.
    case monthDay(month: Int, day: Int)
    /// A weekday ("on Friday"): the latest such day on or before the reference date.
    case weekday(Int)
    /// A weekday after "last" ("last Saturday"): the latest such day before the reference
    /// date, a week back if the reference date is that weekday.
    case lastWeekday(Int)
    /// A month without a day ("in January", "since March 2023"): the event has a date,
    /// but not one day, so it is left undated rather than given the article's day.
    case month(month: Int, year: Int?)
    /// A year alone ("in 2023", "since 2014"): undated, like a month alone.
    case year(Int)
    /// Days from the reference date ("yesterday" = -1).
    case offset(Int)
    /// A stretch of time with no day ("last week", "in recent days", "two months ago"):
    /// undated, like a month alone.
    case period

    /// Whether the reference picks out one day (given the article's date), unlike a month,
    /// a year or a period alone.
    public var namesDay: Bool {
        switch self {
        case .month, .year, .period: return false
        case .day, .monthDay, .weekday, .lastWeekday, .offset: return true
        }
    }

    /// The calendar day, given the article's date.
    public func resolve(against reference: CalendarDay?) -> CalendarDay? {
        switch self {
        case let .day(day): return day
        case let .monthDay(month, day):
            guard let reference else { return nil }
            guard let candidate = CalendarDay(year: reference.year, month: month, day: day) else { return nil }
            // News reports the past: a date months after the article is last year's.
            if candidate.daysSinceEpoch - reference.daysSinceEpoch > 31 {
                return CalendarDay(year: reference.year - 1, month: month, day: day)
            }
            return candidate
        case let .weekday(weekday):
            guard let reference else { return nil }
            let back = (reference.weekday - weekday + 7) % 7
            return reference.adding(days: -back)
        case let .lastWeekday(weekday):
            guard let reference else { return nil }
            let back = (reference.weekday - weekday + 6) % 7 + 1
            return reference.adding(days: -back)
        case let .offset(days):
            return reference?.adding(days: days)
        case .month, .year, .period:
            return nil
        }
    }
}

/// Finds date expressions among tokens.
public struct DateFinder: Sendable {
    public let words: CalendarWords

    private let last = WordHash.word("last")

    /// A number token written day.month.year ("19.11.2025", "5.1.2024").
    private func dottedDate(_ span: Span, _ bytes: [UInt8]) -> CalendarDay? {
        guard (8...10).contains(span.length) else { return nil }
        var parts: [Int] = [0], digits = [0]
        for byte in bytes[span.start..<span.end] {
            if byte == UInt8(ascii: ".") { parts.append(0); digits.append(0); continue }
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            parts[parts.count - 1] = parts[parts.count - 1] * 10 + Int(byte - 0x30)
            digits[digits.count - 1] += 1
        }
        guard parts.count == 3, digits[0] <= 2, digits[1] <= 2, digits[2] == 4 else { return nil }
        return CalendarDay(year: parts[2], month: parts[1], day: parts[0])
    }

    public init(words: CalendarWords) { self.words = words }

    /// "st", "nd", "rd", "th" written onto a day's number.
    static let ordinalSuffixes: Set<UInt64> = Set(["st", "nd", "rd", "th"].map { WordHash.word($0) })

    /// Every date expression in `tokens[range]`, with the token index where it starts.
    public func find(in tokens: [Token], _ range: Range<Int>, bytes: [UInt8]) -> [(position: Int, date: DateReference)] {
        var found: [(position: Int, date: DateReference)] = []
        var i = range.lowerBound
        func number(_ index: Int) -> Int? {
            guard index < range.upperBound, tokens[index].kind == .number, tokens[index].span.length <= 4 else { return nil }
            var value = 0
            for byte in bytes[tokens[index].span.start..<tokens[index].span.end] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func isComma(_ index: Int) -> Bool { index < range.upperBound && tokens[index].kind == .punctuation && bytes[tokens[index].span.start] == UInt8(ascii: ",") }
        func month(_ index: Int) -> Int? {
            guard index < range.upperBound, tokens[index].kind == .word else { return nil }
            return words.months[tokens[index].hash]
        }
        /// The token after a month name, past the period of an abbreviation ("Jan. 12").
        func afterMonth(_ index: Int) -> Int {
            let next = index + 1
            guard next < range.upperBound, tokens[next].kind == .punctuation, tokens[next].span.start == tokens[index].span.end,
                  bytes[tokens[next].span.start] == UInt8(ascii: "."), tokens[next].span.length == 1 else { return next }
            return next + 1
        }
        /// The token after a day's number, past an ordinal suffix written onto it ("12th", "3rd").
        func afterDay(_ index: Int) -> Int {
            let next = index + 1
            guard next < range.upperBound, tokens[next].kind == .word, tokens[next].span.start == tokens[index].span.end,
                  Self.ordinalSuffixes.contains(tokens[next].hash) else { return next }
            return next + 1
        }
        func year(_ index: Int) -> Int? {
            guard let value = number(index), (1900...2200).contains(value), tokens[index].span.length == 4 else { return nil }
            return value
        }
        /// A hyphen right after token `index - 1` and right before token `index + 1`.
        func joiningHyphen(_ index: Int) -> Bool {
            index + 1 < range.upperBound && tokens[index].kind == .punctuation && bytes[tokens[index].span.start] == UInt8(ascii: "-")
                && tokens[index].span.start == tokens[index - 1].span.end && tokens[index + 1].span.start == tokens[index].span.end
        }
        while i < range.upperBound {
            // (Every date starts with a number or a calendar word: other words are passed over.)
            if tokens[i].kind != .number && (tokens[i].kind != .word || !words.dateWords.contains(tokens[i].hash)) {
                i += 1
                continue
            }
            // "2024-01-29" (ISO 8601, as in metadata lines)
            if let y = year(i), joiningHyphen(i + 1), let m = number(i + 2), tokens[i + 2].span.length == 2, joiningHyphen(i + 3),
               let d = number(i + 4), tokens[i + 4].span.length == 2, let date = CalendarDay(year: y, month: m, day: d) {
                found.append((i, .day(date)))
                i += 5
                continue
            }
            // "19.11.2025" (day, month, year, as European sites write it)
            if tokens[i].kind == .number, let date = dottedDate(tokens[i].span, bytes) {
                found.append((i, .day(date)))
                i += 1
                continue
            }
            // "29 January 2024", "29 Jan. 2024", "29 January", "12th May, 2025"
            if let day = number(i), (1...31).contains(day), let m = month(afterDay(i)) {
                let next = afterMonth(afterDay(i))
                if let y = year(next) ?? (isComma(next) ? year(next + 1) : nil), let date = CalendarDay(year: y, month: m, day: day) {
                    found.append((i, .day(date)))
                    i = isComma(next) ? next + 2 : next + 1
                } else {
                    found.append((i, .monthDay(month: m, day: day)))
                    i = next
                }
                continue
            }
            // "January 29, 2024", "Jan. 29 2024", "January 16", "May 12th"
            if let m = month(i), let day = number(afterMonth(i)), (1...31).contains(day) {
                let dayAt = afterDay(afterMonth(i)) - 1
                let yearAt = isComma(dayAt + 1) ? dayAt + 2 : dayAt + 1
                if let y = year(yearAt), let date = CalendarDay(year: y, month: m, day: day) {
                    found.append((i, .day(date)))
                    i = yearAt + 1
                } else {
                    found.append((i, .monthDay(month: m, day: day)))
                    i = dayAt + 1
                }
                continue
            }
            // "in January", "since March 2023": a month alone, after a word that leads one
            // (so the modal "may" is no month).
            if let m = month(i), i > range.lowerBound, tokens[i - 1].kind == .word, words.monthLeads.contains(word: tokens[i - 1].hash) {
                let yearAt = afterMonth(i)
                let y = year(yearAt)
                found.append((i, .month(month: m, year: y)))
                i = y == nil ? i + 1 : yearAt + 1
                continue
            }
            // "in 2023", "since 2014": a year alone after a word that leads a month or year.
            if let y = year(i), i > range.lowerBound, tokens[i - 1].kind == .word, words.monthLeads.contains(word: tokens[i - 1].hash) {
                found.append((i, .year(y)))
                i += 1
                continue
            }
            // "last week", "earlier this month", "in recent days", "two weeks ago", "days later"
            if tokens[i].kind == .word, words.periods.contains(word: tokens[i].hash),
               i > range.lowerBound && tokens[i - 1].kind == .word && words.periodLeads.contains(word: tokens[i - 1].hash)
                || i + 1 < range.upperBound && tokens[i + 1].kind == .word && words.periodFollowers.contains(word: tokens[i + 1].hash) {
                found.append((i, .period))
                i += 1
                continue
            }
            if tokens[i].kind == .word {
                if let weekday = words.weekdays[tokens[i].hash] {
                    let afterLast = i > range.lowerBound && tokens[i - 1].kind == .word && tokens[i - 1].hash == last
                    found.append((i, afterLast ? .lastWeekday(weekday) : .weekday(weekday)))
                } else if let offset = words.relativeDays[tokens[i].hash] {
                    found.append((i, .offset(offset)))
                }
            }
            i += 1
        }
        return found
    }
}
