import Foundation

/// Normal forms of names used for matching and for identifiers.
public enum NameKey {
    /// Case-, accent- and punctuation-insensitive key: `"Ould-Abdallah"` → `"ould abdallah"`.
    ///
    /// Letters and digits of any script are kept; everything else separates words. A
    /// trailing possessive (`’s`, `'s`) is dropped.
    public static func key(_ name: String) -> String {
        words(name).joined(separator: " ")
    }

    /// The words of `key(_:)`.
    public static func words(_ name: String) -> [String] {
        if let ascii = asciiWords(name) { return ascii }
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

    /// Fast path for ASCII names: lower-cased alphanumeric runs, without Foundation.
    private static func asciiWords(_ name: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        let utf8 = name.utf8
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case 0x30...0x39, 0x61...0x7A: current.append(byte)
            case 0x41...0x5A: current.append(byte | 0x20)
            default:
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        if words.count >= 2, words[words.count - 1] == "s", utf8.count >= 2 {
            // A trailing possessive: "Iran's" -> "iran".
            let tail = Array(utf8.suffix(2))
            if tail == [UInt8(ascii: "'"), UInt8(ascii: "s")] { words.removeLast() }
        }
        return words
    }

    /// Identifier-safe slug: the key's words joined by hyphens (`"jalil-abbas"`), or
    /// `"unnamed"` for a name without letters or digits.
    public static func slug(_ name: String) -> String {
        let words = words(name)
        return words.isEmpty ? "unnamed" : words.joined(separator: "-")
    }
}
