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
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.filter(isAllowed))
        return String(result)
    }
}
