/// Stage `tokens`: splits the cleaned text into words, numbers, handles, URLs and
/// punctuation, on UTF-8 bytes.
///
/// Words keep inner hyphens and apostrophes (`Amir-Abdollahian`, `O'Brien`); a final
/// possessive `'s` / `’s` becomes its own token, so `Pakistan’s` yields `Pakistan`.
public struct Tokenizer: DocumentStage {
    public let name = "tokens"

    public init() {}

    public func process(_ document: inout AnalyzedDocument) throws {
        var tokens = Self.tokenize(document.bytes)
        document.bytes.withUnsafeBufferPointer { bytes in
            for index in tokens.indices {
                let range = tokens[index].span.start..<tokens[index].span.end
                tokens[index].hash = tokens[index].kind == .word || tokens[index].kind == .number
                    ? WordHash.word(bytes, range) : WordHash.raw(bytes, range)
            }
        }
        document.tokens = tokens
    }

    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { i += 1; continue }
            if let end = urlEnd(bytes, from: i) {
                tokens.append(Token(span: Span(i, end), kind: .url))
                i = end
                continue
            }
            if byte == UInt8(ascii: "@"), i + 1 < n, isWordByte(bytes, i + 1) {
                var j = i + 1
                while j < n, isWordByte(bytes, j) || bytes[j] == UInt8(ascii: "_") { j += 1 }
                tokens.append(Token(span: Span(i, j), kind: .handle))
                i = j
                continue
            }
            if UTF8Scalars.isDigit(byte) {
                var j = i + 1
                while j < n, UTF8Scalars.isDigit(bytes[j])
                    || ((bytes[j] == UInt8(ascii: ",") || bytes[j] == UInt8(ascii: ".")) && j + 1 < n && UTF8Scalars.isDigit(bytes[j + 1])) {
                    j += 1
                }
                tokens.append(Token(span: Span(i, j), kind: .number))
                i = j
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
            if UTF8Scalars.isLetter(scalar) {
                let (end, capitalized, allCaps) = wordEnd(bytes, from: i, first: scalar)
                tokens.append(Token(span: Span(i, end), kind: .word, isCapitalized: capitalized, isAllCaps: allCaps))
                i = end
                continue
            }
            // A possessive 's after a word.
            if isApostrophe(bytes, i), let last = tokens.last, last.span.end == i, last.kind == .word {
                let after = i + apostropheLength(bytes, i)
                if after < n, bytes[after] == UInt8(ascii: "s"), after + 1 == n || !isWordByte(bytes, after + 1) {
                    tokens.append(Token(span: Span(i, after + 1), kind: .punctuation))
                    i = after + 1
                    continue
                }
            }
            tokens.append(Token(span: Span(i, i + length), kind: .punctuation))
            i += length
        }
        return tokens
    }

    /// End of the word starting at `start`, and whether it is capitalised / all capitals.
    private static func wordEnd(_ bytes: [UInt8], from start: Int, first: Unicode.Scalar) -> (Int, Bool, Bool) {
        let n = bytes.count
        var j = start
        var letters = 0, upper = 0
        while j < n {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: j)
            if UTF8Scalars.isLetter(scalar) || (scalar.isASCII && UTF8Scalars.isDigit(UInt8(scalar.value))) {
                letters += 1
                if UTF8Scalars.isUppercase(scalar) { upper += 1 }
                j += length
                continue
            }
            // An inner hyphen or apostrophe followed by a letter joins the word; a final 's does not.
            if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" {
                if j + length < n, UTF8Scalars.isLetter(UTF8Scalars.decode(bytes, at: j + length).scalar) {
                    j += length
                    continue
                }
            } else if isApostrophe(bytes, j) {
                let after = j + apostropheLength(bytes, j)
                if after < n, UTF8Scalars.isLetter(UTF8Scalars.decode(bytes, at: after).scalar), !isFinalS(bytes, after) {
                    j = after
                    continue
                }
            }
            break
        }
        return (j, UTF8Scalars.isUppercase(first), letters >= 2 && upper == letters)
    }

    private static func isFinalS(_ bytes: [UInt8], _ i: Int) -> Bool {
        bytes[i] == UInt8(ascii: "s") && (i + 1 == bytes.count || !isWordByte(bytes, i + 1))
    }

    @inline(__always)
    static func isWordByte(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return UTF8Scalars.isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        return UTF8Scalars.isLetter(UTF8Scalars.decode(bytes, at: i).scalar)
    }

    @inline(__always)
    static func isApostrophe(_ bytes: [UInt8], _ i: Int) -> Bool {
        bytes[i] == UInt8(ascii: "'")
            || (bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99)
    }

    @inline(__always)
    static func apostropheLength(_ bytes: [UInt8], _ i: Int) -> Int { bytes[i] == UInt8(ascii: "'") ? 1 : 3 }

    private static let urlPrefixes: [[UInt8]] = ["http://", "https://", "www.", "pic.twitter.com/", "t.co/"].map { Array($0.utf8) }

    private static func urlEnd(_ bytes: [UInt8], from i: Int) -> Int? {
        guard bytes[i] == UInt8(ascii: "h") || bytes[i] == UInt8(ascii: "w") || bytes[i] == UInt8(ascii: "p") || bytes[i] == UInt8(ascii: "t") else { return nil }
        for prefix in urlPrefixes where bytes.count - i >= prefix.count && bytes[i..<i + prefix.count].elementsEqual(prefix) {
            if i > 0, isWordByte(bytes, i - 1) { return nil }
            var j = i + prefix.count
            while j < bytes.count, bytes[j] > 0x20 { j += 1 }
            return j
        }
        return nil
    }
}
