import Foundation

/// Stage `sentences`: groups tokens into sentences.
///
/// A line break always ends a sentence. Inside a line, `.`, `!`, `?` or `…` (with any
/// closing quotes or brackets) ends one when the next token starts a new sentence
/// (a capitalised word, a number, a handle or an opening quote) and the word before the
/// full stop is not an abbreviation from the lexicon or a single initial.
public struct SentenceSplitter: DocumentStage {
    public let name = "sentences"
    /// The lexicon's abbreviations, by ``WordHash`` (as the tokens carry them).
    private let abbreviations: HashMap64<Bool>
    /// Those that are also titles ("Dr", "Gen", "Lt"), by ``WordHash``.
    private let titleAbbreviations: HashMap64<Bool>

    public init(lexicon: Lexicon) {
        var table = HashMap64<Bool>(), titles = HashMap64<Bool>()
        for abbreviation in lexicon.abbreviations {
            table[WordHash.word(abbreviation)] = true
            if lexicon.titles.contains(word: WordHash.word(abbreviation)) { titles[WordHash.word(abbreviation)] = true }
        }
        abbreviations = table
        titleAbbreviations = titles
    }

    public func process(_ document: inout AnalyzedDocument) throws {
        let bytes = document.bytes
        if let joined = joiningTitleAbbreviations(document.tokens, bytes) { document.tokens = joined }
        let tokens = document.tokens
        var sentences: [Span] = []
        var ranges: [Range<Int>] = []
        // About one sentence in twenty-five tokens: room for most documents without growing.
        sentences.reserveCapacity(tokens.count / 16 + 1)
        ranges.reserveCapacity(tokens.count / 16 + 1)
        var start = 0
        func close(at end: Int) {
            guard end > start else { return }
            sentences.append(Span(tokens[start].span.start, tokens[end - 1].span.end))
            ranges.append(start..<end)
            start = end
        }
        var i = 0
        while i < tokens.count {
            if i > start, Self.lineBreak(bytes, from: tokens[i - 1].span.end, to: tokens[i].span.start) {
                close(at: i)
            }
            if isTerminator(tokens[i], bytes) {
                var end = i + 1
                while end < tokens.count, isCloser(tokens[end], bytes), tokens[end].span.start == tokens[end - 1].span.end { end += 1 }
                if end == tokens.count || startsSentence(tokens[end], bytes), !isAbbreviation(before: i, tokens, bytes) {
                    close(at: end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        close(at: tokens.count)
        document.sentences = sentences
        document.sentenceTokens = ranges
    }

    /// The tokens with each abbreviated title before a name taking its full stop ("Gen." in
    /// "Lt. Gen. Ali Hassan" is one word, keyed "gen"), so that rules read the title as a
    /// title; nil if the text has none.
    func joiningTitleAbbreviations(_ tokens: [Token], _ bytes: [UInt8]) -> [Token]? {
        // Where the first one is (most texts have none), read without copying tokens.
        let first = tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                tokens.indices.first { isJoinedTitlePeriod($0, tokens, bytes) }
            }
        }
        guard let first else { return nil }
        var joined = Array(tokens[..<first])
        tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                for i in first..<tokens.count {
                    if isJoinedTitlePeriod(i, tokens, bytes) {
                        joined[joined.count - 1].span = Span(tokens[i - 1].span.start, tokens[i].span.end)
                    } else {
                        joined.append(tokens[i])
                    }
                }
            }
        }
        return joined
    }

    /// Whether token `i` is the full stop of an abbreviated title before a capitalised word.
    @inline(__always)
    private func isJoinedTitlePeriod(_ i: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[i]
        guard token.kind == .punctuation, token.span.length == 1, bytes[token.span.start] == UInt8(ascii: "."),
              i > 0, i + 1 < tokens.count else { return false }
        let before = tokens[i - 1], after = tokens[i + 1]
        return before.kind == .word && before.isCapitalized && before.span.end == token.span.start
            && after.kind == .word && after.isCapitalized && titleAbbreviations[before.hash] != nil
    }

    static func lineBreak(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        // Most gaps between tokens are one space or none.
        if to - from <= 1 { return from < to && bytes[from] == 0x0A }
        return bytes[from..<to].contains(0x0A)
    }

    private func isTerminator(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard token.kind == .punctuation else { return false }
        let b = bytes[token.span.start]
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
            || (token.span.length == 3 && bytes[token.span.start..<token.span.end].elementsEqual([0xE2, 0x80, 0xA6]))
    }

    private func isCloser(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard token.kind == .punctuation else { return false }
        let b = bytes[token.span.start]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return true }
        // ” ’ »
        return token.span.length >= 2 && (bytes[token.span.start..<token.span.end].elementsEqual([0xE2, 0x80, 0x9D])
            || bytes[token.span.start..<token.span.end].elementsEqual([0xE2, 0x80, 0x99])
            || bytes[token.span.start..<token.span.end].elementsEqual([0xC2, 0xBB]))
    }

    private func startsSentence(_ token: Token, _ bytes: [UInt8]) -> Bool {
        switch token.kind {
        case .word: return token.isCapitalized
        case .number, .handle: return true
        case .url: return false
        case .punctuation:
            let b = bytes[token.span.start]
            return b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "(") || b == 0xE2 || b == 0xC2
        }
    }

    private func isAbbreviation(before index: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word, tokens[index - 1].span.end == tokens[index].span.start else { return false }
        let word = tokens[index - 1]
        // A single capital letter: an initial.
        if word.isCapitalized, UTF8Scalars.decode(bytes, at: word.span.start).length == word.span.length { return true }
        return abbreviations[word.hash] != nil
    }
}
