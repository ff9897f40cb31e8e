/// The place a dateline names: "NEW DELHI, Aug 18 (PTI) –", "Bamako (AFP) –", "NEW DELHI:",
/// "New Delhi [India], August 21 (ANI):".
enum Dateline {
    /// The first place or state at the start of one of the article's first lines, followed
    /// by a comma, a parenthesis or a dash (or a colon, after a name in capitals); its index
    /// in `mentions`.
    static func place(mentions: UnsafeBufferPointer<Mention>, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in mentions.indices {
            guard mentions[index].sentence <= 3 else { break }
            let span = mentions[index].span, type = mentions[index].type
            guard type == .place || type == .state, span.start == 0 || bytes[span.start - 1] == UInt8(ascii: "\n") else { continue }
            var end = span.end
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            guard end < bytes.count else { return nil }
            let next = bytes[end]
            if next == UInt8(ascii: ",") || next == UInt8(ascii: "(") || next == UInt8(ascii: "[") || next == UInt8(ascii: "-") || next == 0xE2 { return index }   // (0xE2: an en or em dash)
            if next == UInt8(ascii: ":"), !(span.start..<span.end).contains(where: { bytes[$0] >= UInt8(ascii: "a") && bytes[$0] <= UInt8(ascii: "z") }) {
                return index
            }
        }
        return nil
    }
}
