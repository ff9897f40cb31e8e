import Foundation

/// Stage `dates`: finds the article's own date before cleaning removes the lines that
/// carry it.
///
/// In order of trust: a publication line ("Published On: Jan 29, 2024") or phrase after a
/// separator ("KYIV (AP) — Published: 2025-07-10"); a dateline in the
/// first lines ("Islamabad, 22 January 2024 (TDI): …"); a full date after a weekday in the
/// first lines ("officials said Sunday, March 2, 2025"); the date of an embedded post
/// ("— Name (@handle) January 19, 2024"). A date given with the input is kept.
public struct DocumentDateFinder: DocumentStage {
    public let name = "dates"
    let finder: DateFinder
    /// How many lines from the top a dateline may be.
    let datelineLines = 12
    /// How many tokens into its line a dateline's date may start, if no credit or dash comes
    /// before it ("KINGSTOWN, St. Vincent and the Grenadines, Dec 14, 2023": the tenth); else 8.
    static let datelineDateTokens = 12
    /// How many lines from the top (title and first paragraph) a dated weekday may be.
    static let weekdayLines = 4

    public init(words: CalendarWords) { finder = DateFinder(words: words) }

    public func process(_ document: inout AnalyzedDocument) throws {
        guard document.date == nil else { return }
        let bytes = document.bytes
        // One pass over the lines (found with memchr): a publication line wins at once;
        // the first lines and the lines that look like an embedded post are kept for after.
        // Only a few lines are ever tokenized.
        var firstLines: [Range<Int>] = []
        var posts: [Range<Int>] = []
        let found: CalendarDay? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var start = 0
            while start < buffer.count {
                let end = memchr(base + start, 0x0A, buffer.count - start)
                    .map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base } ?? buffer.count
                defer { start = end + 1 }
                guard end > start else { continue }
                let line = start..<end
                if firstLines.count < datelineLines { firstLines.append(line) }
                if let day = publicationDate(line, buffer) { return day }
                let first = buffer[start]
                if line.count < 300, first == 0xE2 || first == UInt8(ascii: "-"), buffer[line].contains(UInt8(ascii: "@")),
                   Self.hasDigit(line, buffer) {
                    posts.append(line)
                }
            }
            return nil
        }
        if let found {
            document.date = found
            return
        }
        // 2. A publication phrase after a separator in a short line near the top ("KYIV (AP) —
        //    Published: 2025-07-10", "By A. Writer | Updated July 8, 2024").
        for line in firstLines where line.count < 200 && bytes.withUnsafeBufferPointer({ Self.hasDigit(line, $0) }) {
            if let day = laterPublicationDate(line, bytes) {
                document.date = day
                return
            }
        }
        // 3. A dateline near the top: a full date among the first words of a line. (The first
        //    line whose first date there is a month and day without a year is kept for 6.)
        var yearless: DateReference? = nil
        for line in firstLines {
            let head = line.lowerBound..<min(line.upperBound, line.lowerBound + 80)
            guard bytes.withUnsafeBufferPointer({ Self.hasDigit(head, $0) }) else { continue }
            let slice = Array(bytes[head])
            let tokens = Tokenizer.tokenize(slice)
            let references = finder.find(in: tokens, 0..<tokens.count, bytes: slice).filter { reference in
                // (Further in only while the line is still naming the place: before a credit or a dash.)
                reference.position < 8 || reference.position < Self.datelineDateTokens && !tokens[..<reference.position].contains(where: { token in
                    token.kind == .punctuation && [UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: ":"), 0xE2].contains(slice[token.span.start]) })
            }
            if let day = references.lazy.compactMap({ if case let .day(day) = $0.date { day } else { nil } }).first {
                document.date = day
                return
            }
            if yearless == nil, let first = references.first, case .monthDay = first.date { yearless = first.date }
        }
        // 4. The day a wire story gives with its weekday near the top ("officials said
        //    Sunday, March 2, 2025"): a past date is rarely written with its weekday.
        for line in firstLines.prefix(Self.weekdayLines) where bytes.withUnsafeBufferPointer({ Self.hasDigit(line, $0) && Self.hasDayWord(line, $0) }) {
            if let day = weekdayDate(line, bytes) {
                document.date = day
                return
            }
        }
        // 5. An embedded post: "— Author (@handle) January 19, 2024".
        for line in posts {
            if let day = fullDate(line, bytes) {
                document.date = day
                return
            }
        }
        // 6. A dateline without a year ("SEOUL, May 8 (Yonhap) --"), found in 3: kept as a
        //    month and day for event dating to place in the corpus's year.
        document.datelineDay = yearless
    }

    /// The first full date in `bytes[line]` right after a weekday ("Sunday, March 2, 2025").
    private func weekdayDate(_ line: Range<Int>, _ bytes: [UInt8]) -> CalendarDay? {
        let slice = Array(bytes[line])
        let tokens = Tokenizer.tokenize(slice)
        let found = finder.find(in: tokens, 0..<tokens.count, bytes: slice)
        for (previous, next) in zip(found, found.dropFirst()) {
            if case .weekday = previous.date, case let .day(day) = next.date, next.position - previous.position <= 2 { return day }
        }
        return nil
    }

    /// 1. A publication line ("Published On: …"): a short line whose first word may start
    /// one, with a digit (every date form read here has a day or a year in digits).
    private func publicationDate(_ line: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        guard line.count < 120 else { return nil }
        let first = buffer[line.lowerBound] | 0x20
        guard first == UInt8(ascii: "p") || first == UInt8(ascii: "u") || first == UInt8(ascii: "f")
            || first == UInt8(ascii: "l") || first == UInt8(ascii: "d"), Self.hasDigit(line, buffer) else { return nil }
        let slice = Array(buffer[line])
        let tokens = Tokenizer.tokenize(slice)
        return publicationPhraseEnds(tokens, at: 0).first != nil ? fullDate(tokens, slice) : nil
    }

    /// Where each publication phrase ("Published on", "Updated") that starts at token `k`
    /// ends, longest first (only those with a token after them).
    private func publicationPhraseEnds(_ tokens: [Token], at k: Int) -> some Sequence<Int> {
        finder.words.publicationPrefixes.lazy
            .filter { prefix in tokens.count > k + prefix.count && zip(tokens[k...], prefix).allSatisfy { $0.hash == $1 } }
            .map { k + $0.count }
    }

    /// 2. The full date right after a publication phrase that follows a separator ("—", "|",
    /// "-", "•") in the line.
    private func laterPublicationDate(_ line: Range<Int>, _ bytes: [UInt8]) -> CalendarDay? {
        let slice = Array(bytes[line])
        let tokens = Tokenizer.tokenize(slice)
        for k in tokens.indices.dropFirst() where tokens[k - 1].kind == .punctuation && tokens[k].kind == .word {
            let mark = slice[tokens[k - 1].span.start]
            guard mark == 0xE2 || mark == UInt8(ascii: "|") || mark == UInt8(ascii: "-") else { continue }
            for end in publicationPhraseEnds(tokens, at: k) {
                // (The date itself, right after the phrase or its colon.)
                let rest = Array(tokens[end...].prefix(8))
                for (position, reference) in finder.find(in: rest, 0..<rest.count, bytes: slice) where position <= 1 {
                    if case let .day(day) = reference { return day }
                }
            }
        }
        return nil
    }

    /// Whether the line holds "day" (every English weekday ends so), before tokenizing it.
    private static func hasDayWord(_ line: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = line.lowerBound + 2
        while i < line.upperBound {
            if buffer[i] | 0x20 == UInt8(ascii: "y"), buffer[i - 1] | 0x20 == UInt8(ascii: "a"), buffer[i - 2] | 0x20 == UInt8(ascii: "d") { return true }
            i += 1
        }
        return false
    }

    private static func hasDigit(_ line: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        line.contains { buffer[$0] >= 0x30 && buffer[$0] <= 0x39 }
    }

    /// The first full date (a day, not a month or a weekday) in `bytes[line]`.
    private func fullDate(_ line: Range<Int>, _ bytes: [UInt8]) -> CalendarDay? {
        let slice = Array(bytes[line])
        return fullDate(Tokenizer.tokenize(slice), slice)
    }

    private func fullDate(_ tokens: [Token], _ bytes: [UInt8]) -> CalendarDay? {
        for (_, reference) in finder.find(in: tokens, 0..<tokens.count, bytes: bytes) {
            if case let .day(day) = reference { return day }
        }
        return nil
    }
}
