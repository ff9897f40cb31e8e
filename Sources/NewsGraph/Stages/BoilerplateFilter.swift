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
    }

    private let exact: Set<String>
    private let prefixes: [String]
    private let contains: [String]
    private let maxWordsForContains: Int
    private let tailMarkers: Set<String>
    private let maxWordsInTail: Int

    public init(rulesURL: URL) throws {
        let rules = try ResourceLoader.decode(Rules.self, from: rulesURL)
        exact = Set(rules.exact.map { $0.lowercased() })
        prefixes = rules.prefixes.map { $0.lowercased() }
        contains = rules.contains.map { $0.lowercased() }
        maxWordsForContains = rules.maxWordsForContains
        tailMarkers = Set(rules.tailMarkers.map { $0.lowercased() })
        maxWordsInTail = rules.maxWordsInTail
    }

    public func process(_ document: inout AnalyzedDocument) throws {
        let normalized = Self.normalize(document.text)
        var kept: [Substring] = []
        var inTail = false
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let lower = trimmed.lowercased()
            let words = lower.split(whereSeparator: { $0 == " " }).count
            if tailMarkers.contains(lower) { inTail = true }
            if trimmed.isEmpty || isBoilerplate(lower, words: words) || (inTail && words <= maxWordsInTail) {
                kept.append("")    // keep the line break so paragraphs stay apart
                continue
            }
            kept.append(Substring(trimmed))
        }
        document.text = Self.collapseBlankLines(kept)
        if document.title == nil, let first = kept.first(where: { !$0.isEmpty }), Self.looksLikeHeadline(first) {
            document.title = String(first)
        }
    }

    func isBoilerplate(_ line: String, words: Int) -> Bool {
        if exact.contains(line) { return true }
        if !line.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { return true }
        if prefixes.contains(where: { line.hasPrefix($0) }) { return true }
        if words <= maxWordsForContains, contains.contains(where: { line.contains($0) }) { return true }
        return false
    }

    /// Text with a uniform newline convention and no invisible or control characters.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\r": scalars.append("\n")
            case "\n": if !previousWasCR { scalars.append("\n") }
            case "\t", "\u{A0}", "\u{2007}", "\u{202F}", "\u{2000}"..."\u{200A}", "\u{3000}": scalars.append(" ")
            case "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{200B}"..."\u{200D}", "\u{2060}", "\u{00AD}": continue
            case "\u{2028}", "\u{2029}": scalars.append("\n")
            default:
                if scalar.properties.generalCategory == .control { continue }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static func collapseBlankLines(_ lines: [Substring]) -> String {
        var out = ""
        var blank = 0
        for line in lines {
            if line.isEmpty { blank += 1; continue }
            if !out.isEmpty { out += blank > 0 ? "\n\n" : "\n" }
            out += line
            blank = 0
        }
        return out.isEmpty ? out : out + "\n"
    }

    static func looksLikeHeadline(_ line: Substring) -> Bool {
        let words = line.split(separator: " ").count
        return (3...25).contains(words) && !(line.last.map { ".!?:".contains($0) } ?? false)
    }
}
