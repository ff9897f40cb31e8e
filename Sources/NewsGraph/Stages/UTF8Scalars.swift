/// Decoding of single Unicode scalars from UTF-8 bytes, for the byte-level stages.
enum UTF8Scalars {
    /// The scalar starting at `index` and its length in bytes. Invalid sequences decode
    /// as U+FFFD of length 1 (the text is valid UTF-8 after ingest, so this is defensive).
    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        bytes.withUnsafeBufferPointer { decode($0, at: index) }
    }

    /// ``decode(_:at:)`` on a buffer.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(b0) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        // The blocks news text uses most, without the Unicode tables: general punctuation
        // (dashes, curly quotes, spaces) holds no letter; Latin-1 and Latin Extended-A/B
        // letters are all letters but × and ÷.
        let v = scalar.value
        if v >= 0x2000 && v <= 0x206F { return false }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        let category = scalar.properties.generalCategory
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.generalCategory == .uppercaseLetter || scalar.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
