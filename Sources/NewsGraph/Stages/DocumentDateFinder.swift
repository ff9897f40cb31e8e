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
        // Lines as byte ranges; only a few are tokenized: the first lines, and lines that
        // start like a publication line or an embedded post.
        var lines: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for offset in 0..<buffer.count where buffer[offset] == 0x0A {
                if offset > start { lines.append(start..<offset) }
                start = offset + 1
            }
            if start < buffer.count { lines.append(start..<buffer.count) }
        }

        // Every date form read here has a day or a year in digits: lines without one are skipped untokenized.
        func hasDigit(_ line: Range<Int>) -> Bool {
            bytes.withUnsafeBufferPointer { buffer in line.contains { buffer[$0] >= 0x30 && buffer[$0] <= 0x39 } }
        }
        func tokens(_ line: Range<Int>) -> (tokens: [Token], bytes: [UInt8]) {
            let slice = Array(bytes[line])
            return (Tokenizer.tokenize(slice), slice)
        }
        func fullDate(_ line: (tokens: [Token], bytes: [UInt8]), within limit: Int = .max) -> CalendarDay? {
            for (position, reference) in finder.find(in: line.tokens, 0..<line.tokens.count, bytes: line.bytes) where position < limit {
                if case let .day(day) = reference { return day }
            }
            return nil
        }
        // 1. Publication lines ("Published On: …"): short lines whose first word may start one.
        for line in lines where line.count < 120 {
            let first = bytes[line.lowerBound] | 0x20
            guard hasDigit(line) else { continue }
            guard first == UInt8(ascii: "p") || first == UInt8(ascii: "u") || first == UInt8(ascii: "f")
                || first == UInt8(ascii: "l") || first == UInt8(ascii: "d") else { continue }
            let line = tokens(line)
            for prefix in finder.words.publicationPrefixes where line.tokens.count > prefix.count {
                if zip(line.tokens.prefix(prefix.count), prefix).allSatisfy({ $0.hash == $1 }), let day = fullDate(line) {
                    document.date = day
                    return
                }
            }
        }
        // 2. A dateline near the top: a full date among the first words of a line.
        for line in lines.prefix(datelineLines) {
            let head = line.lowerBound..<min(line.upperBound, line.lowerBound + 80)
            if hasDigit(head), let day = fullDate(tokens(head), within: 8) {
                document.date = day
                return
            }
        }
        // 3. An embedded post: "— Author (@handle) January 19, 2024".
        for line in lines where line.count < 300 {
            let first = bytes[line.lowerBound]
            guard first == 0xE2 || first == UInt8(ascii: "-"), bytes[line].contains(UInt8(ascii: "@")), hasDigit(line) else { continue }
            if let day = fullDate(tokens(line)) {
                document.date = day
                return
            }
        }
    }
}
