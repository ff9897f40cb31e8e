/// A small streaming JSON writer that keeps keys in the order they are written
/// (JSON-LD readers expect `@type` first) and indents by two spaces.
struct JSONWriter<Sink: ByteSink> {
    let sink: Sink
    private var needsComma: [Bool] = []
    private var pendingKey = false

    init(_ sink: Sink) { self.sink = sink }

    private var indent: String { String(repeating: "  ", count: needsComma.count) }

    private mutating func beginValue() throws {
        if pendingKey { pendingKey = false; return }
        guard !needsComma.isEmpty else { return }
        try sink.write(needsComma[needsComma.count - 1] ? ",\n" + indent : "\n" + indent)
        needsComma[needsComma.count - 1] = true
    }

    mutating func beginObject() throws { try beginValue(); try sink.write("{"); needsComma.append(false) }
    mutating func beginArray() throws { try beginValue(); try sink.write("["); needsComma.append(false) }

    mutating func endObject() throws { try close("}") }
    mutating func endArray() throws { try close("]") }

    private mutating func close(_ bracket: String) throws {
        let hadItems = needsComma.removeLast()
        try sink.write(hadItems ? "\n" + indent + bracket : bracket)
        if needsComma.isEmpty { try sink.write("\n") }
    }

    mutating func key(_ name: String) throws {
        try beginValue()
        try sink.write(Self.quoted(name) + ": ")
        pendingKey = true
    }

    mutating func string(_ value: String) throws { try beginValue(); try sink.write(Self.quoted(value)) }
    mutating func raw(_ literal: String) throws { try beginValue(); try sink.write(literal) }

    mutating func field(_ name: String, _ value: String) throws { try key(name); try string(value) }
    mutating func field(_ name: String, number: String) throws { try key(name); try raw(number) }
    mutating func field(_ name: String, strings: [String]) throws {
        try key(name)
        try beginArray()
        for value in strings { try string(value) }
        try endArray()
    }

    /// RFC 8259 string escaping; U+2028 and U+2029 are escaped too, for JavaScript readers.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
