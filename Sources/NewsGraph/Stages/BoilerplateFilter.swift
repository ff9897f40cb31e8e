import Foundation

/// Stage `clean`: normalises the raw text and drops web-page boilerplate lines.
///
/// Normalisation removes a byte-order mark, turns CRLF and CR into LF, removes control
/// and format characters (other than tab and newline) and folds no-break and other wide
/// spaces into plain spaces. Boilerplate is recognised by general rules from
/// `boilerplate.json` (share prompts, "Advertisement", related-article links, cookie and
/// privacy notices, comment forms, bylines) and by shape: lines with no letters, or only
/// punctuation and numbers. Lines are dropped whole, so what remains is still article text.
public struct BoilerplateFilter: DocumentStage {
    public let name = "clean"

    struct Rules: Decodable {
        var exact: [String]
        var prefixes: [String]
        var contains: [String]
        var maxWordsForContains: Int
        var tailMarkers: [String]
        var maxWordsInTail: Int
        var bylinePrefixes: [String]?
        var maxWordsInByline: Int?
        var creditPhrases: [String]?
        var maxWordsInCredit: Int?
        var authorNote: AuthorNote?
    }

    /// A line saying who the author is: "Jane Doe is a Reuters correspondent in Kyiv".
    struct AuthorNote: Decodable {
        /// What joins the name to the job (" is a ").
        var links: [String]
        /// Jobs of people who write or edit news ("correspondent", "bureau chief").
        var nouns: [String]
        /// At most this many words between the link and the job ("a senior Reuters correspondent").
        var maxWordsBetween: Int
        /// Longer lines are article text.
        var maxWords: Int
    }

    private let rules: CompiledRules

    public init(rulesURL: URL) throws {
        rules = CompiledRules(try ResourceLoader.decode(Rules.self, from: rulesURL))
    }

    public func process(_ document: inout AnalyzedDocument) throws {
        let normalized = Self.needsNormalizing(document.bytes) ? Self.normalize(document.bytes) : document.bytes
        var output: [UInt8] = []
        var title: String? = nil
        let wantsTitle = document.title == nil
        let rules = rules
        normalized.withUnsafeBufferPointer { bytes in
            output.reserveCapacity(bytes.count)
            var inTail = false
            var blank = 0
            var lower: [UInt8] = []
            var lineStart = 0
            var isFirstLine = true
            let n = bytes.count
            while lineStart <= n {
                var lineEnd = n
                if lineStart < n, let found = memchr(bytes.baseAddress! + lineStart, 0x0A, n - lineStart) {
                    lineEnd = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                }
                var start = lineStart, end = lineEnd
                while start < end && bytes[start] == 0x20 { start += 1 }
                while end > start && bytes[end - 1] == 0x20 { end -= 1 }
                lineStart = lineEnd + 1
                var keep = start < end
                // Boilerplate lines are short: long paragraphs skip the rule checks.
                if keep && (end - start <= Self.longestBoilerplateLine || inTail) {
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    let words = Self.wordCount(line, upTo: max(rules.maxWords, rules.maxWordsInNotes) + 1)
                    // (A longer line is read only if it holds a credit's or an author note's words.)
                    if words <= rules.maxWords || rules.hasBoilerplatePrefix(line) || !Self.hasLetter(line)
                        || words <= rules.maxWordsInNotes && rules.mayBeNote(line, words: words) {
                        lower.removeAll(keepingCapacity: true)
                        for byte in line { lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
                        if rules.isTailMarker(lower) { inTail = true }
                        keep = !(rules.isBoilerplate(lower, words: words) || (inTail && words <= rules.maxWordsInTail))
                    }
                }
                guard keep else { blank += 1; continue }
                if !output.isEmpty {
                    output.append(0x0A)
                    if blank > 0 { output.append(0x0A) }
                }
                if isFirstLine {
                    isFirstLine = false
                    if wantsTitle, Self.looksLikeHeadline(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                        title = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    }
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                blank = 0
            }
        }
        if !output.isEmpty { output.append(0x0A) }
        document.replaceText(utf8: output)
        if let title { document.title = title }
    }

    /// Words (runs of non-spaces) in a trimmed line, counting no further than `limit`.
    static func wordCount(_ line: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var words = 1
        var i = 0
        let raw = UnsafeRawBufferPointer(line)
        // Eight bytes at a time: the spaces among them are the zero bytes of x ^ 0x20…20.
        while i + 8 <= line.count {
            let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x2020_2020_2020_2020
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            let zeros = ~(((v & low7) &+ low7) | v | low7)
            words += zeros.nonzeroBitCount
            if words >= limit { return words }
            i += 8
        }
        while i < line.count {
            if line[i] == 0x20 { words += 1 }
            i += 1
        }
        return words
    }

    static func hasLetter(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0xC3 }
    }

    /// The rules of `boilerplate.json`, lower-cased and indexed for lookups by line.
    final class CompiledRules: Sendable {
        let exact: Set<[UInt8]>
        let contains: [[UInt8]]
        let maxWordsForContains: Int
        let tailMarkers: Set<[UInt8]>
        let maxWordsInTail: Int
        let bylinePrefixes: [[UInt8]]
        let maxWordsInByline: Int
        let creditPhrases: [[UInt8]]
        let maxWordsInCredit: Int
        let authorLinks: [[UInt8]]
        let authorNouns: [[UInt8]]
        let maxWordsBeforeAuthorNoun: Int
        let maxWordsInAuthorNote: Int
        /// Lines with more words than this are only checked for prefixes and letters (and, up
        /// to ``maxWordsInNotes``, for credits and author notes).
        let maxWords: Int
        let maxWordsInNotes: Int
        /// Prefix rules by their first three bytes (lower-cased), so a line is checked
        /// against the few that can match.
        let prefixesByStart: [UInt32: [[UInt8]]]
        /// Prefix rules shorter than three bytes ("©"), checked directly.
        let shortPrefixes: [[UInt8]]
        /// Bit n set: some exact or tail-marker rule is n bytes long (n < 64).
        let exactLengths: UInt64

        init(_ rules: Rules) {
            func bytes(_ text: String) -> [UInt8] { Array(text.lowercased().utf8) }
            exact = Set(rules.exact.map(bytes))
            contains = rules.contains.map(bytes)
            maxWordsForContains = rules.maxWordsForContains
            tailMarkers = Set(rules.tailMarkers.map(bytes))
            maxWordsInTail = rules.maxWordsInTail
            bylinePrefixes = (rules.bylinePrefixes ?? []).map(bytes)
            maxWordsInByline = rules.maxWordsInByline ?? 0
            creditPhrases = (rules.creditPhrases ?? []).map(bytes)
            maxWordsInCredit = rules.maxWordsInCredit ?? 0
            authorLinks = (rules.authorNote?.links ?? []).map(bytes)
            authorNouns = (rules.authorNote?.nouns ?? []).map(bytes)
            maxWordsBeforeAuthorNoun = rules.authorNote?.maxWordsBetween ?? 0
            maxWordsInAuthorNote = rules.authorNote?.maxWords ?? 0
            maxWords = max(maxWordsForContains, maxWordsInTail, maxWordsInByline)
            maxWordsInNotes = max(maxWordsInCredit, maxWordsInAuthorNote)
            creditScreens = Self.creditScreens(creditPhrases)
            linkScreens = Self.linkScreens(authorLinks)
            let prefixes = rules.prefixes.map(bytes)
            prefixesByStart = Dictionary(grouping: prefixes.filter { $0.count >= 3 }, by: { BoilerplateFilter.start($0) })
            shortPrefixes = prefixes.filter { $0.count < 3 }
            var lengths: UInt64 = 0
            for rule in exact.union(tailMarkers) {
                lengths |= rule.count < 64 ? 1 << UInt64(rule.count) : 0
            }
            exactLengths = lengths
            var hashes = HashMap64<Bool>()
            for rule in exact.union(tailMarkers) { hashes[Self.hash(rule)] = true }
            exactHashes = hashes
        }

        /// Hashes of the exact and tail-marker rules: a line whose hash is not here matches neither.
        let exactHashes: HashMap64<Bool>

        private func mayBeExact(_ line: [UInt8]) -> Bool {
            (line.count >= 64 || exactLengths & (1 << UInt64(line.count)) != 0) && exactHashes[Self.hash(line)] != nil
        }

        static func hash(_ line: [UInt8]) -> UInt64 {
            line.withUnsafeBufferPointer { WordHash.singleWordKey(WordHash.raw($0, 0..<$0.count)) }
        }

        func isTailMarker(_ line: [UInt8]) -> Bool { mayBeExact(line) && tailMarkers.contains(line) }

        /// Whether the line may start with one of the prefix rules (by its first three bytes).
        func hasBoilerplatePrefix(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
            prefixesByStart[BoilerplateFilter.start(line)] != nil || shortPrefixes.contains { line.starts(with: $0) }
        }

        /// Whether a line (ASCII letters lower-cased) matches a rule.
        func isBoilerplate(_ line: [UInt8], words: Int) -> Bool {
            if mayBeExact(line), exact.contains(line) { return true }
            if !line.withUnsafeBufferPointer(BoilerplateFilter.hasLetter) { return true }
            if let candidates = prefixesByStart[BoilerplateFilter.start(line)], candidates.contains(where: { line.starts(with: $0) }) { return true }
            if shortPrefixes.contains(where: { line.starts(with: $0) }) { return true }
            if words <= maxWordsForContains, contains.contains(where: { BoilerplateFilter.find($0, in: line) }) { return true }
            if words <= maxWordsInByline, bylinePrefixes.contains(where: { line.starts(with: $0) }) { return true }
            if words <= maxWordsInCredit, creditPhrases.contains(where: { BoilerplateFilter.find($0, in: line) }) { return true }
            if words <= maxWordsInAuthorNote, isAuthorNote(line) { return true }
            return false
        }

        /// Whether a line, as written, holds a credit phrase or an author note's link (both
        /// are written in lower case inside a line); found with the C library's memmem.
        func mayBeNote(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
            words <= maxWordsInCredit && creditScreens.contains { BoilerplateFilter.contains($0, in: line) }
                || words <= maxWordsInAuthorNote && linkScreens.contains { BoilerplateFilter.contains($0, in: line) }
        }

        /// What ``mayBeNote(_:words:)`` looks for: the longest word of each credit phrase, and
        /// the links' common start (" is "), each once: a few searches per line, not one per rule.
        let creditScreens: [[UInt8]]
        let linkScreens: [[UInt8]]

        static func creditScreens(_ credits: [[UInt8]]) -> [[UInt8]] {
            var screens: [[UInt8]] = []
            for phrase in credits {
                let word = phrase.split(separator: 0x20).max { $0.count < $1.count }.map(Array.init) ?? phrase
                if !screens.contains(word) { screens.append(word) }
            }
            return screens
        }

        static func linkScreens(_ links: [[UInt8]]) -> [[UInt8]] {
            guard let first = links.first else { return [] }
            var common = first
            for link in links.dropFirst() { common = zip(common, link).prefix { $0 == $1 }.map(\.0) }
            return common.count >= 3 ? [common] : links
        }

        /// Whether the line says who its author is: a link ("is a") and, within a few words
        /// after it, a newsroom job ("senior Reuters correspondent").
        private func isAuthorNote(_ line: [UInt8]) -> Bool {
            for link in authorLinks {
                guard let at = BoilerplateFilter.firstIndex(of: link, in: line) else { continue }
                var wordStart = at + link.count
                for _ in 0...maxWordsBeforeAuthorNoun {
                    guard wordStart < line.count else { break }
                    for noun in authorNouns where line[wordStart...].starts(with: noun) {
                        let after = wordStart + noun.count
                        // (the whole word: not "editors", not "a writer's son")
                        if after == line.count || !BoilerplateFilter.isLetter(line[after]) && line[after] != UInt8(ascii: "'") { return true }
                    }
                    guard let space = line[wordStart...].firstIndex(of: 0x20) else { break }
                    wordStart = space + 1
                }
            }
            return false
        }
    }

    /// The first three bytes, ASCII letters lower-cased, as one number.
    static func start<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var value: UInt32 = 0
        for byte in bytes.prefix(3) { value = value << 8 | UInt32((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) }
        return value
    }

    /// Whether `needle` occurs in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// Whether `needle` occurs in `line`.
    static func contains(_ needle: [UInt8], in line: UnsafeBufferPointer<UInt8>) -> Bool {
        firstIndex(of: needle, in: UnsafeRawBufferPointer(line)) != nil
    }

    /// Where `needle` first occurs in `haystack`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        haystack.withUnsafeBytes { firstIndex(of: needle, in: $0) }
    }

    /// Where `needle` first occurs in `haystack`: candidates by the C library's vectorised
    /// memchr (on the needle's first byte that is not a space: spaces are everywhere), then
    /// memcmp; several times faster than a byte loop.
    static func firstIndex(of needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard needle.count <= haystack.count, let h = haystack.baseAddress else { return nil }
        let anchor = needle.firstIndex { $0 != 0x20 } ?? 0
        return needle.withUnsafeBytes { n in
            let last = haystack.count - n.count      // the last place the needle may start
            var start = 0
            while start <= last, let found = memchr(h + start + anchor, Int32(n[anchor]), last - start + 1) {
                start = h.distance(to: UnsafeRawPointer(found)) - anchor
                if memcmp(h + start, n.baseAddress!, n.count) == 0 { return start }
                start += 1
            }
            return nil
        }
    }

    /// An ASCII letter (either case) or a byte of a multi-byte UTF-8 character.
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80 }

    /// Lines longer than this (in bytes) are article text, never boilerplate.
    static let longestBoilerplateLine = 400

    /// Text with a uniform newline convention and no invisible or control characters.
    public static func normalize(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard needsNormalizing(bytes) else { return text }
        return String(decoding: normalize(bytes), as: UTF8.self)
    }

    /// ``normalize(_:)`` on UTF-8 bytes.
    static func normalize(_ text: [UInt8]) -> [UInt8] {
        text.withUnsafeBufferPointer { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            let raw = UnsafeRawBufferPointer(bytes)
            var i = 0
            let n = bytes.count
            while i < n {
                // Copy the run of bytes that need nothing in one go (eight at a time while all
                // are printable ASCII).
                var end = i
                while end < n {
                    if end + 8 <= n, isPrintableASCII(raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)) { end += 8; continue }
                    if needsNormalizing(bytes, at: end) { break }
                    end += 1
                }
                if end > i {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    i = end
                    if i == n { break }
                }
                let b = bytes[i]
                switch b {
                case 0x0D:
                    out.append(0x0A)
                    if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                case 0x09: out.append(0x20)
                case 0x0A: out.append(0x0A)
                case 0x00..<0x20, 0x7F: break
                case 0xC2 where i + 1 < n:
                    let c = bytes[i + 1]
                    if c == 0xA0 { out.append(0x20) } else if c >= 0xA1 && c != 0xAD { out.append(b); out.append(c) }
                    i += 1          // C1 controls (U+0080–U+009F) and the soft hyphen are dropped
                case 0xE2 where i + 2 < n && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81):
                    let (c, d) = (bytes[i + 1], bytes[i + 2])
                    if c == 0x80 && (0x80...0x8A).contains(d) || c == 0x80 && d == 0xAF { out.append(0x20) }
                    else if c == 0x80 && (d == 0xA8 || d == 0xA9) { out.append(0x0A) }
                    else if c == 0x80 && (0x8B...0x8D).contains(d) || c == 0x81 && d == 0xA0 { }
                    else { out.append(b); out.append(c); out.append(d) }
                    i += 2
                case 0xE3 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80:
                    out.append(0x20)
                    i += 2
                case 0xEF where i + 2 < n && ((bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF) || (bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE)):
                    i += 2          // BOM, U+FFFE, U+FFFF
                default:
                    out.append(b)
                }
                i += 1
            }
            return out
        }
    }

    /// Whether `text` has anything `normalize` changes: a control character other than
    /// LF, or one of the special spaces and marks it replaces (U+0080–U+00AD, U+2000–U+200D,
    /// U+2028, U+2029, U+202F, U+2060, U+3000, U+FEFF, U+FFFE/F).
    static func needsNormalizing(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var i = 0
            while i < bytes.count {
                // Eight bytes at a time while all are printable ASCII (0x20…0x7E).
                if i + 8 <= bytes.count, isPrintableASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8; continue }
                // Otherwise the next eight bytes one by one.
                for k in i..<min(i + 8, bytes.count) where needsNormalizing(bytes, at: k) { return true }
                i += 8
            }
            return false
        }
    }

    /// Whether all eight bytes of `x` are printable ASCII (0x20…0x7E).
    @inline(__always)
    private static func isPrintableASCII(_ x: UInt64) -> Bool {
        let below = (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080
        let above = ((x &+ 0x0101_0101_0101_0101) | x) & 0x8080_8080_8080_8080
        return below | above == 0
    }

    /// Whether the byte at `i` starts something ``normalize(_:)`` changes.
    @inline(__always)
    private static func needsNormalizing(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b >= 0x20 && b < 0x7F { return false }
        if b < 0x20 && b != 0x0A { return true }
        if b == 0x7F || b == 0xC2 { return true }
        if b == 0xE2, i + 2 < bytes.count {
            let (b1, b2) = (bytes[i + 1], bytes[i + 2])
            if b1 == 0x80 && ((0x80...0x8D).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return true }
            if b1 == 0x81 && b2 == 0xA0 { return true }
        }
        if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return true }
        if b == 0xEF, i + 1 < bytes.count, bytes[i + 1] == 0xBB || bytes[i + 1] == 0xBF { return true }
        return false
    }

    /// Three to 25 words, not ending like a sentence (`.`, `!`, `?`, `:`); the line is trimmed.
    static func looksLikeHeadline(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = line.last, last != UInt8(ascii: "."), last != UInt8(ascii: "!"), last != UInt8(ascii: "?"),
              last != UInt8(ascii: ":") else { return false }
        var words = 0
        var inWord = false
        for byte in line {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return (3...25).contains(words)
    }
}
