/// Helpers for text that must be legal XML 1.0 character data.
public enum XMLText {
    /// Whether `scalar` matches the XML 1.0 `Char` production
    /// (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`).
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` without the characters XML 1.0 forbids (C0 controls other than tab, LF and
    /// CR, U+FFFE and U+FFFF). Returns `text` itself when nothing needs removing.
    public static func sanitized(_ text: String) -> String {
        guard needsSanitizing(text) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.filter(isAllowed))
        return String(result)
    }

    /// Whether `text` has a character ``sanitized(_:)`` removes, read on UTF-8 bytes: a C0
    /// control other than tab, LF, CR (bytes below 0x20), or U+FFFE / U+FFFF (EF BF BE/BF).
    /// Valid UTF-8 holds no surrogates, so nothing else can be forbidden.
    static func needsSanitizing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
                if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return true }
                i += 1
            }
            return false
        }
    }
}
