import Foundation

/// Normal forms of names used for matching and for identifiers.
public enum NameKey {
    /// Case-, accent- and punctuation-insensitive key: `"Ould-Abdallah"` → `"ould abdallah"`.
    ///
    /// Letters and digits of any script are kept; everything else separates words. A
    /// trailing possessive (`’s`, `'s`) is dropped.
    public static func key(_ name: String) -> String {
        asciiKey(name) ?? words(name).joined(separator: " ")
    }

    /// The words of `key(_:)`.
    public static func words(_ name: String) -> [String] {
        if let ascii = asciiWords(name) { return ascii }
        return foldedWords(name)
    }

    /// ``words(_:)`` for any script, through Foundation's folding (the ASCII fast paths
    /// must agree with it; a test checks they do).
    static func foldedWords(_ name: String) -> [String] {
        var folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        for suffix in ["’s", "'s"] where folded.hasSuffix(suffix) { folded.removeLast(2) }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Fast path for ASCII names: lower-cased alphanumeric runs, without Foundation and
    /// without a buffer on the heap (most words are small strings, stored inline).
    private static func asciiWords(_ name: String) -> [String]? {
        asciiRuns(name) { lowered, runs in
            runs.map { String(decoding: UnsafeBufferPointer(rebasing: lowered[$0]), as: UTF8.self) }
        }
    }

    /// Fast path of ``key(_:)`` for ASCII names: the words joined in one buffer.
    private static func asciiKey(_ name: String) -> String? {
        asciiRuns(name) { lowered, runs in
            guard let first = runs.first else { return "" }
            if runs.count == 1 { return String(decoding: UnsafeBufferPointer(rebasing: lowered[first]), as: UTF8.self) }
            // Separators become single spaces, in place: each run moves left, never past itself.
            var end = 0
            for run in runs {
                if end > 0 { lowered[end] = UInt8(ascii: " "); end += 1 }
                for i in run { lowered[end] = lowered[i]; end += 1 }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: lowered[0..<end]), as: UTF8.self)
        }
    }

    /// Calls `body` with the name lower-cased in a temporary buffer and the ranges of its
    /// alphanumeric runs (a trailing possessive "'s" dropped), or returns nil for a name
    /// that is not all ASCII.
    private static func asciiRuns<Result>(_ name: String, _ body: (UnsafeMutableBufferPointer<UInt8>, [Range<Int>]) -> Result) -> Result? {
        let utf8 = name.utf8
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { lowered -> Result? in
            var runs: [Range<Int>] = []
            var start = -1, i = 0
            for byte in utf8 {
                guard byte < 0x80 else { return nil }
                switch byte {
                case 0x30...0x39, 0x61...0x7A: lowered[i] = byte; if start < 0 { start = i }
                case 0x41...0x5A: lowered[i] = byte | 0x20; if start < 0 { start = i }
                default:
                    lowered[i] = byte
                    if start >= 0 { runs.append(start..<i); start = -1 }
                }
                i += 1
            }
            if start >= 0 { runs.append(start..<i) }
            // A trailing possessive: "Iran's" -> "iran".
            if !runs.isEmpty, i >= 2, lowered[i - 2] == UInt8(ascii: "'"), lowered[i - 1] == UInt8(ascii: "s") { runs.removeLast() }
            return body(lowered, runs)
        }
    }

    /// Identifier-safe slug: the key's words joined by hyphens (`"jalil-abbas"`), or
    /// `"unnamed"` for a name without letters or digits.
    public static func slug(_ name: String) -> String {
        let words = words(name)
        return words.isEmpty ? "unnamed" : words.joined(separator: "-")
    }
}
