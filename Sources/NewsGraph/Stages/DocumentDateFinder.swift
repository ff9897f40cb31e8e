/// Stage `dates`: finds the article's own date before cleaning removes the lines that
/// carry it.
///
/// In order of trust: a publication line ("Published On: Jan 29, 2024"); a dateline in the
/// first lines ("Islamabad, 22 January 2024 (TDI): …"); the date of an embedded post
/// ("— Name (@handle) January 19, 2024"). A date given with the input is kept.
public struct DocumentDateFinder: DocumentStage {
    public let name = "dates"
    let finder: DateFinder
    /// How many lines from the top a dateline may be.
    let datelineLines = 12

    public init(words: CalendarWords) { finder = DateFinder(words: words) }

    public func process(_ document: inout AnalyzedDocument) throws {
        guard document.date == nil else { return }
        let bytes = document.bytes
        let tokens = Tokenizer.tokenize(bytes)
        // Lines as token ranges.
        var lines: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index > start {
            if SentenceSplitter.lineBreak(bytes, from: tokens[index - 1].span.end, to: tokens[index].span.start) {
                lines.append(start..<index)
                start = index
            }
        }
        if start < tokens.count { lines.append(start..<tokens.count) }

        func fullDate(in line: Range<Int>, within limit: Int = .max) -> CalendarDay? {
            for (position, reference) in finder.find(in: tokens, line, bytes: bytes) where position - line.lowerBound < limit {
                if case let .day(day) = reference { return day }
            }
            return nil
        }
        // 1. Publication lines.
        for line in lines {
            for prefix in finder.words.publicationPrefixes where line.count > prefix.count {
                if zip(line.prefix(prefix.count), prefix).allSatisfy({ tokens[$0].hash == $1 }), let day = fullDate(in: line) {
                    document.date = day
                    return
                }
            }
        }
        // 2. A dateline near the top: a full date among the first words of a line.
        for line in lines.prefix(datelineLines) {
            if let day = fullDate(in: line, within: 8) {
                document.date = day
                return
            }
        }
        // 3. An embedded post: "— Author (@handle) January 19, 2024".
        for line in lines where tokens[line].contains(where: { $0.kind == .handle }) {
            let first = bytes[tokens[line.lowerBound].span.start]
            if first == 0xE2 || first == UInt8(ascii: "-"), let day = fullDate(in: line) {
                document.date = day
                return
            }
        }
    }
}
