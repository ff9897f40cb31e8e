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
    }

    private let exact: Set<[UInt8]>
    private let prefixes: [[UInt8]]
    private let contains: [[UInt8]]
    private let maxWordsForContains: Int
    private let tailMarkers: Set<[UInt8]>
    private let maxWordsInTail: Int
    private let bylinePrefixes: [[UInt8]]
    private let maxWordsInByline: Int
    /// First three bytes of every prefix rule, to skip the rules for most lines.
    private let prefixStarts: Set<UInt32>
    /// Prefix rules shorter than three bytes ("©"), checked directly.
    private let shortPrefixes: [[UInt8]]

    public init(rulesURL: URL) throws {
        let rules = try ResourceLoader.decode(Rules.self, from: rulesURL)
        func bytes(_ text: String) -> [UInt8] { Array(text.lowercased().utf8) }
        exact = Set(rules.exact.map(bytes))
        prefixes = rules.prefixes.map(bytes)
        contains = rules.contains.map(bytes)
        maxWordsForContains = rules.maxWordsForContains
        tailMarkers = Set(rules.tailMarkers.map(bytes))
        maxWordsInTail = rules.maxWordsInTail
        bylinePrefixes = (rules.bylinePrefixes ?? []).map { Array($0.lowercased().utf8) }
        maxWordsInByline = rules.maxWordsInByline ?? 0
        prefixStarts = Set(rules.prefixes.map { Self.start(Array($0.lowercased().utf8)) })
        shortPrefixes = rules.prefixes.map { Array($0.lowercased().utf8) }.filter { $0.count < 3 }
    }

    public func process(_ document: inout AnalyzedDocument) throws {
        let normalized = Self.needsNormalizing(document.bytes) ? Self.normalize(document.bytes) : document.bytes
        var output: [UInt8] = []
        var firstLine: String? = nil
        normalized.withUnsafeBufferPointer { bytes in
            output.reserveCapacity(bytes.count)
            var inTail = false
            var blank = 0
            var lower: [UInt8] = []
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var start = lineStart, end = lineEnd
                while start < end && bytes[start] == 0x20 { start += 1 }
                while end > start && bytes[end - 1] == 0x20 { end -= 1 }
                lineStart = lineEnd + 1
                var keep = start < end
                // Boilerplate lines are short: long paragraphs skip the rule checks.
                if keep && (end - start <= Self.longestBoilerplateLine || inTail) {
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    let words = line.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
                    if words <= max(maxWordsForContains, maxWordsInTail, maxWordsInByline) || hasBoilerplatePrefix(line) || !Self.hasLetter(line) {
                        lower.removeAll(keepingCapacity: true)
                        for byte in line { lower.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) }
                        let isTailMarker = tailMarkers.contains(lower)
                        if isTailMarker { inTail = true }
                        keep = !(isBoilerplate(lower, words: words) || (inTail && words <= maxWordsInTail))
                    }
                }
                guard keep else { blank += 1; continue }
                if !output.isEmpty { output.append(contentsOf: blank > 0 ? [0x0A, 0x0A] : [0x0A]) }
                if firstLine == nil, document.title == nil, Self.looksLikeHeadline(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    firstLine = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                }
                if firstLine == nil { firstLine = "" }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                blank = 0
            }
        }
        if !output.isEmpty { output.append(0x0A) }
        document.replaceText(utf8: output)
        if document.title == nil, let first = firstLine, !first.isEmpty {
            document.title = first
        }
    }

    /// Whether the line may start with one of the prefix rules (by its first three bytes).
    func hasBoilerplatePrefix(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        prefixStarts.contains(Self.start(line)) || shortPrefixes.contains { line.starts(with: $0) }
    }

    /// The first three bytes, ASCII letters lower-cased, as one number.
    static func start<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var value: UInt32 = 0
        for byte in bytes.prefix(3) { value = value << 8 | UInt32((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) }
        return value
    }

    static func hasLetter(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0xC3 }
    }

    /// Whether a line (ASCII letters lower-cased) matches a rule.
    func isBoilerplate(_ line: [UInt8], words: Int) -> Bool {
        if exact.contains(line) { return true }
        if !line.withUnsafeBufferPointer(Self.hasLetter) { return true }
        if prefixes.contains(where: { line.starts(with: $0) }) { return true }
        if words <= maxWordsForContains, contains.contains(where: { Self.find($0, in: line) }) { return true }
        if words <= maxWordsInByline, bylinePrefixes.contains(where: { line.starts(with: $0) }) { return true }
        return false
    }

    /// Whether `needle` occurs in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

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
            var i = 0
            let n = bytes.count
            while i < n {
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
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                // Printable ASCII and UTF-8 lead/continuation bytes that start nothing special.
                if b >= 0x20 && b < 0x7F || b >= 0x80 && b < 0xC2 { i += 1; continue }
                if b < 0x20 && b != 0x0A { return true }
                if b == 0x7F || b == 0xC2 { return true }
                if b == 0xE2, i + 2 < bytes.count {
                    let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                    if b1 == 0x80 && ((0x80...0x8D).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return true }
                    if b1 == 0x81 && b2 == 0xA0 { return true }
                }
                if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return true }
                if b == 0xEF, i + 1 < bytes.count, bytes[i + 1] == 0xBB || bytes[i + 1] == 0xBF { return true }
                i += 1
            }
            return false
        }
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
