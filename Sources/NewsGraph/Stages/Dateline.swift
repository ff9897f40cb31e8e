/// The place a dateline names: "NEW DELHI, Aug 18 (PTI) –", "Bamako (AFP) –", "NEW DELHI:",
/// "New Delhi [India], August 21 (ANI):".
enum Dateline {
    /// The first place or state at the start of one of the article's first lines, followed
    /// by a comma, a parenthesis or a dash (or a colon, after a name in capitals), or in
    /// capitals at the end of a publication line ("Published - July 14, 2025 - NEW DELHI");
    /// its index in `mentions`.
    static func place(mentions: UnsafeBufferPointer<Mention>, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in mentions.indices {
            guard mentions[index].sentence <= 3 else { break }
            let span = mentions[index].span, type = mentions[index].type
            guard type == .place || type == .state else { continue }
            // "Published - July 14, 2025 06:15 pm IST - NEW DELHI": a place in capitals that
            // ends a publication line, after a dash or a bar.
            if endsPublicationLine(span, bytes: bytes) { return index }
            guard span.start == 0 || bytes[span.start - 1] == UInt8(ascii: "\n") else { continue }
            var end = span.end
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            guard end < bytes.count else { return nil }
            // (Not a headline: "Iran, Egypt agree to restore ties" ends without punctuation and
            // credits no agency.)
            if isHeadline(lineFrom: span.start, bytes: bytes), !isPlaceAndYearLine(after: end, bytes: bytes) { continue }
            let next = bytes[end]
            // (A comma only before a date, a credit or a dash on the line: "Egypt, Qatar and
            // Jordan condemned the strike." opens a paragraph, no dateline.)
            if next == UInt8(ascii: ","), !datelineFollows(after: end, bytes: bytes) { continue }
            if next == UInt8(ascii: ",") || next == UInt8(ascii: "(") || next == UInt8(ascii: "[") || next == UInt8(ascii: "-") || next == 0xE2 { return index }   // (0xE2: an en or em dash)
            if next == UInt8(ascii: ":"), !(span.start..<span.end).contains(where: { bytes[$0] >= UInt8(ascii: "a") && bytes[$0] <= UInt8(ascii: "z") }) {
                return index
            }
        }
        return nil
    }

    /// Whether a digit, a parenthesis or a dash comes after `start` on its line before a
    /// sentence's end: what follows a dateline's place and comma ("KYIV, May 2 (Reuters) -",
    /// "COLOMBO, Sri Lanka (AP) —").
    static func datelineFollows(after start: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = start + 1
        while i < min(bytes.count, start + 60), bytes[i] != UInt8(ascii: "\n") {
            let byte = bytes[i]
            if UTF8Scalars.isDigit(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "-") || byte == 0xE2 { return true }
            // (A sentence's end: a full stop after a word of five letters or more, before a capital; not "Sept. 30".)
            if byte == UInt8(ascii: "."), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: " "),
               bytes[i + 2] >= UInt8(ascii: "A") && bytes[i + 2] <= UInt8(ascii: "Z"),
               i - 5 > start, (i - 5..<i).allSatisfy({ bytes[$0] | 0x20 >= 0x61 && bytes[$0] | 0x20 <= 0x7A }) { return false }
            i += 1
        }
        return false
    }

    /// Whether a name in capitals ends its line after " - " or " | ", on a line that also
    /// holds a digit (a date or a time).
    static func endsPublicationLine(_ span: Span, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard span.end == bytes.count || bytes[span.end] == UInt8(ascii: "\n") || bytes[span.end] == UInt8(ascii: "\r"),
              span.start >= 3, bytes[span.start - 1] == UInt8(ascii: " "),
              bytes[span.start - 2] == UInt8(ascii: "-") || bytes[span.start - 2] == UInt8(ascii: "|"),
              !(span.start..<span.end).contains(where: { bytes[$0] >= UInt8(ascii: "a") && bytes[$0] <= UInt8(ascii: "z") }) else { return false }
        var lineStart = span.start
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        return (lineStart..<span.start).contains { bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }
    }

    /// The agency a dateline credits in parentheses ("Reuters" in "KYIV, May 2 (Reuters) -"),
    /// within the 80 bytes after the dateline's place.
    static func credit(of place: Mention, bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let limit = min(bytes.count, place.span.end + 80)
        guard let open = (place.span.end..<limit).first(where: { bytes[$0] == UInt8(ascii: "(") || bytes[$0] == UInt8(ascii: "\n") }),
              bytes[open] == UInt8(ascii: "("),
              let close = (open + 1..<limit).first(where: { bytes[$0] == UInt8(ascii: ")") || bytes[$0] == UInt8(ascii: "\n") }),
              bytes[close] == UInt8(ascii: ")") else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[open + 1..<close]), as: UTF8.self)
    }

    /// Whether the line goes on from `start` with a comma and a date ending in a year, and
    /// nothing else: "New Delhi, June 25, 2023" on a line of its own.
    static func isPlaceAndYearLine(after start: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start < bytes.count, bytes[start] == UInt8(ascii: ",") else { return false }
        var end = start + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        let words = bytes[(start + 1)..<end].split(separator: UInt8(ascii: " "))
        guard (2...4).contains(words.count), let year = words.last, year.count == 4, year.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              year.first == UInt8(ascii: "1") || year.first == UInt8(ascii: "2") else { return false }
        return words.dropLast().allSatisfy { word in word.allSatisfy { $0 < 0x80 && ($0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".")
            || $0 >= 0x30 && $0 <= 0x39 || $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) } }
    }

    /// Whether the line starting at `start` reads as a headline: it ends without a sentence's
    /// closing mark and holds no parenthesis or bracket (an agency's credit).
    static func isHeadline(lineFrom start: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
            if bytes[end] == UInt8(ascii: "(") || bytes[end] == UInt8(ascii: "[") { return false }
            end += 1
        }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end > start else { return false }
        let last = bytes[end - 1]
        // (A closing quotation mark or an ellipsis in UTF-8 ends in 0x9D, 0x99 or 0xA6.)
        return !".!?:\"')".utf8.contains(last) && last != 0x9D && last != 0x99 && last != 0xA6
    }
}
