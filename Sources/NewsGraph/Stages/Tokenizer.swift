/// Stage `tokens`: splits the cleaned text into words, numbers, handles, URLs and
/// punctuation, on UTF-8 bytes.
///
/// Words keep inner hyphens and apostrophes (`Ould-Abdallah`, `O'Brien`); a final
/// possessive `'s` / `’s` becomes its own token, so `Pakistan’s` yields `Pakistan`.
public struct Tokenizer: DocumentStage {
    public let name = "tokens"

    public init() {}

    public func process(_ document: inout AnalyzedDocument) throws {
        document.tokens = Self.tokenize(document.bytes)
    }

    /// The tokens of `bytes`, each with its ``WordHash``.
    static func tokenize(_ array: [UInt8]) -> [Token] {
        keyBytes.withUnsafeBufferPointer { keyBytes in
        array.withUnsafeBufferPointer { bytes in
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 5)
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { i += 1; continue }
                if (byte == 0x68 || byte == 0x77 || byte == 0x70 || byte == 0x74), let end = urlEnd(bytes, from: i) {
                    tokens.append(Token(span: Span(i, end), kind: .url, hash: WordHash.raw(bytes, i..<end)))
                    i = end
                    continue
                }
                // Dotted initials: "U.S.", "U.A.E." (one word, key "u s").
                if byte >= 0x41 && byte <= 0x5A, let end = dottedInitialsEnd(bytes, from: i) {
                    tokens.append(Token(span: Span(i, end), kind: .word, isCapitalized: true, isAllCaps: true,
                                        hash: WordHash.word(bytes, i..<end)))
                    i = end
                    continue
                }
                // ASCII letters: the common case, scanned and hashed in one pass.
                if byte < 0x80, asciiClassOf(byte) & letterBit != 0 {
                    let token = asciiWord(bytes, from: i, array, keyBytes)
                    tokens.append(token)
                    i = token.span.end
                    continue
                }
                if byte == UInt8(ascii: "@"), i + 1 < n, isWordByte(bytes, i + 1) {
                    var j = i + 1
                    while j < n, isWordByte(bytes, j) || bytes[j] == UInt8(ascii: "_") { j += 1 }
                    tokens.append(Token(span: Span(i, j), kind: .handle, hash: WordHash.raw(bytes, i..<j)))
                    i = j
                    continue
                }
                if UTF8Scalars.isDigit(byte) {
                    var j = i + 1
                    while j < n, UTF8Scalars.isDigit(bytes[j])
                        || ((bytes[j] == UInt8(ascii: ",") || bytes[j] == UInt8(ascii: ".")) && j + 1 < n && UTF8Scalars.isDigit(bytes[j + 1])) {
                        j += 1
                    }
                    tokens.append(Token(span: Span(i, j), kind: .number, hash: WordHash.word(bytes, i..<j)))
                    i = j
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(array, at: i)
                if UTF8Scalars.isLetter(scalar) {
                    let (end, capitalized, allCaps) = wordEnd(array, from: i, first: scalar)
                    tokens.append(Token(span: Span(i, end), kind: .word, isCapitalized: capitalized, isAllCaps: allCaps,
                                        hasHyphen: containsHyphen(bytes, i..<end), hash: WordHash.word(bytes, i..<end)))
                    i = end
                    continue
                }
                // A possessive 's after a word.
                if isApostrophe(bytes, i), let last = tokens.last, last.span.end == i, last.kind == .word {
                    let after = i + apostropheLength(bytes, i)
                    if after < n, bytes[after] == UInt8(ascii: "s"), after + 1 == n || !isWordByte(bytes, after + 1) {
                        tokens.append(Token(span: Span(i, after + 1), kind: .punctuation, hash: WordHash.raw(bytes, i..<(after + 1))))
                        i = after + 1
                        continue
                    }
                }
                tokens.append(Token(span: Span(i, i + length), kind: .punctuation, hash: WordHash.raw(bytes, i..<(i + length))))
                i += length
            }
            return tokens
        }
        }
    }

    /// For each byte value: its key byte if it is an ASCII letter or digit (lower case), else 0.
    private static let keyBytes: [UInt8] = (0...255).map { byte -> UInt8 in
        switch byte {
        case 0x41...0x5A: return UInt8(byte | 0x20)
        case 0x30...0x39, 0x61...0x7A: return UInt8(byte)
        default: return 0
        }
    }

    /// The end of "X.Y." initials (two or more capitals each followed by a full stop) at `i`.
    private static func dottedInitialsEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        var j = i
        var count = 0
        while j + 1 < bytes.count, bytes[j] >= 0x41 && bytes[j] <= 0x5A, bytes[j + 1] == UInt8(ascii: ".") {
            count += 1
            j += 2
        }
        guard count >= 2 else { return nil }
        // Not the start of a longer word ("U.S.A" is fine, "U.Sx" is not).
        if j < bytes.count, asciiClassOf(bytes[j]) & letterBit != 0 { return nil }
        return j
    }

    private static let letterBit: UInt8 = 1, upperBit: UInt8 = 2, digitBit: UInt8 = 4

    /// Character class of an ASCII byte: letter, upper-case letter, digit, or 0.
    @inline(__always)
    private static func asciiClassOf(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: return 3
        case 0x61...0x7A: return 1
        case 0x30...0x39: return 4
        default: return 0
        }
    }

    /// A word starting with an ASCII letter, hashed as it is scanned (same value as
    /// ``WordHash/word(_:_:)``). Falls back to the general scanner at the first non-ASCII byte.
    @inline(__always)
    private static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ array: [UInt8],
                                  _ keyBytes: UnsafeBufferPointer<UInt8>) -> Token {
        let n = bytes.count
        var j = start
        var hasher = WordHash.Hasher()
        var hyphen = false
        while j < n {
            // Letters and digits, the bulk of every word: one table load gives the key byte.
            let byte = bytes[j]
            let key = keyBytes[Int(byte)]
            if key != 0 {
                hasher.add(key)
                j &+= 1
                continue
            }
            if byte < 0x80 {
                // Inner hyphen or apostrophe followed by a letter; not a final 's.
                guard j + 1 < n, (bytes[j + 1] | 0x20) &- 0x61 < 26 else { break }
                if byte == UInt8(ascii: "-") {
                    hyphen = true
                } else if byte != UInt8(ascii: "'") || isFinalS(bytes, j + 1) {
                    break
                }
                hasher.add(0x20)
                j += 1
                continue
            }
            // Non-ASCII after ASCII letters: punctuation ("Pakistan’s", "word”") ends the
            // word here; a letter, or a joiner before a letter, sends it to the general scanner.
            if let token = generalWord(bytes, from: start, nonASCII: j, array) { return token }
            break
        }
        let first = bytes[start]
        let capitalized = first &- 0x41 < 26
        return Token(span: Span(start, j), kind: .word, isCapitalized: capitalized,
                     isAllCaps: capitalized && isAllCaps(bytes, start..<j), hasHyphen: hyphen, hash: hasher.value)
    }

    /// Whether an ASCII word has two or more letters, all capitals (only asked of words that
    /// start with one, so the scan above counts nothing).
    @inline(__always)
    private static func isAllCaps(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var letters = 0
        for i in range {
            let byte = bytes[i]
            if byte &- 0x61 < 26 { return false }
            if byte &- 0x41 < 26 { letters += 1 }
        }
        return letters >= 2
    }

    /// The word at `start` scanned by ``wordEnd(_:from:first:)``, when the non-ASCII
    /// scalar at `index` continues it; nil when it ends the word there. Kept out of line:
    /// the Unicode tables it may consult would otherwise be set up for every ASCII word.
    @inline(never)
    private static func generalWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, nonASCII index: Int, _ array: [UInt8]) -> Token? {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        if !UTF8Scalars.isLetter(scalar) {
            let joins = (scalar == "\u{2010}" || scalar == "\u{2011}" || scalar == "\u{2019}") && index + length < bytes.count
                && UTF8Scalars.isLetter(UTF8Scalars.decode(bytes, at: index + length).scalar)
                && !(scalar == "\u{2019}" && isFinalS(bytes, index + length))
            if !joins { return nil }
        }
        let (end, capitalized, allCaps) = wordEnd(array, from: start, first: Unicode.Scalar(bytes[start]))
        return Token(span: Span(start, end), kind: .word, isCapitalized: capitalized, isAllCaps: allCaps,
                     hasHyphen: containsHyphen(bytes, start..<end), hash: WordHash.word(bytes, start..<end))
    }

    /// Whether `range` holds an ASCII hyphen (words from the general scanner only).
    private static func containsHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.contains { bytes[$0] == UInt8(ascii: "-") }
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

    private static func isFinalS(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        bytes[i] == UInt8(ascii: "s") && (i + 1 == bytes.count || !isWordByte(bytes, i + 1))
    }

    private static func isFinalS(_ bytes: [UInt8], _ i: Int) -> Bool {
        bytes[i] == UInt8(ascii: "s") && (i + 1 == bytes.count || !isWordByte(bytes, i + 1))
    }

    @inline(__always)
    static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return UTF8Scalars.isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        return UTF8Scalars.isLetter(UTF8Scalars.decode(bytes, at: i).scalar)
    }

    @inline(__always)
    static func isWordByte(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return UTF8Scalars.isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        return UTF8Scalars.isLetter(UTF8Scalars.decode(bytes, at: i).scalar)
    }

    @inline(__always)
    static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        bytes[i] == UInt8(ascii: "'")
            || (bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99)
    }

    @inline(__always)
    static func apostropheLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int { bytes[i] == UInt8(ascii: "'") ? 1 : 3 }

    @inline(__always)
    static func isApostrophe(_ bytes: [UInt8], _ i: Int) -> Bool {
        bytes[i] == UInt8(ascii: "'")
            || (bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99)
    }

    @inline(__always)
    static func apostropheLength(_ bytes: [UInt8], _ i: Int) -> Int { bytes[i] == UInt8(ascii: "'") ? 1 : 3 }

    /// Whether the token at `span` is a plural's possessive: an apostrophe (' or ’) right after
    /// an "s" and before a space or the end ("the Philippines' foreign minister").
    static func isPluralPossessive<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ span: Span) -> Bool
        where Bytes.Element == UInt8, Bytes.Index == Int {
        guard span.start > 0, span.end <= bytes.count, bytes[span.start - 1] | 0x20 == UInt8(ascii: "s"),
              span.length == 1 && bytes[span.start] == UInt8(ascii: "'")
                || span.length == 3 && bytes[span.start] == 0xE2 && bytes[span.start + 1] == 0x80 && bytes[span.start + 2] == 0x99 else { return false }
        return span.end == bytes.count || bytes[span.end] == UInt8(ascii: " ")
    }

    private static let urlPrefixes: [[UInt8]] = ["http://", "https://", "www.", "pic.twitter.com/", "t.co/"].map { Array($0.utf8) }

    private static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        // Most words fail on their second byte: check it before comparing whole prefixes.
        guard i + 4 < bytes.count else { return nil }
        switch (bytes[i], bytes[i + 1]) {
        case (UInt8(ascii: "h"), UInt8(ascii: "t")), (UInt8(ascii: "w"), UInt8(ascii: "w")),
             (UInt8(ascii: "p"), UInt8(ascii: "i")), (UInt8(ascii: "t"), UInt8(ascii: ".")): break
        default: return nil
        }
        for prefix in urlPrefixes where bytes.count - i >= prefix.count && bytes[i..<i + prefix.count].elementsEqual(prefix) {
            if i > 0, isWordByte(bytes, i - 1) { return nil }
            var j = i + prefix.count
            while j < bytes.count, bytes[j] > 0x20 { j += 1 }
            return j
        }
        return nil
    }
}
