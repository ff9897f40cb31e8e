import Foundation
import Testing
import XMLSupport
@testable import NewsGraph

/// The XML writer escapes in one pass, skipping eight ordinary bytes at a time; these tests
/// hold it to a plain character-by-character statement of the rules, and to libxml2's parser.
@Suite("XML stream writer")
struct XMLStreamWriterTests {
    /// The rules, one character at a time: what libxml2's xmlTextWriter wrote (the writer
    /// it replaced), with the characters XML 1.0 forbids dropped.
    static func reference(_ value: String, attribute: Bool) -> String {
        var out = ""
        for scalar in value.unicodeScalars where XMLText.isAllowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default:
                if attribute && !scalar.isASCII {
                    out += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Random strings from characters that each take a different path, at every offset
    /// modulo eight (where the eight-byte skip could go wrong).
    static func randomValues(count: Int, seed: UInt64) -> [String] {
        let palette: [String] = ["a", "Z", " ", "0", "&", "<", ">", "\"", "'", "\r", "\n", "\t", "\u{0}", "\u{7}", "\u{1F}",
                                 "é", "ß", "—", "中", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "\u{EFFF}", "\u{F000}", "😀", "👩‍👩‍👧",
                                 "\u{0301}", "\u{202E}", "]]>", "--", "\u{7F}", "\u{85}", "\u{D7FF}", "\u{E000}", "\u{FFFD}"]
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...40, using: &generator)
            return (0..<length).map { _ in
                // Mostly plain letters, so eight-byte runs occur and specials land anywhere.
                Bool.random(using: &generator) ? "x" : palette.randomElement(using: &generator)!
            }.joined()
        }
    }

    static func write(_ body: (XMLStreamWriter) throws -> Void) throws -> String {
        var bytes: [UInt8] = []
        let writer = XMLStreamWriter { bytes.append(contentsOf: $0) }
        try body(writer)
        try writer.finish()
        #expect(XMLValidator.isWellFormed(bytes), "\(String(decoding: bytes, as: UTF8.self))")
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("attribute values and text are escaped exactly as the character-by-character rules say")
    func escapingMatchesReference() throws {
        for (index, value) in Self.randomValues(count: 2_000, seed: 42).enumerated() {
            let written = try Self.write { writer in
                try writer.startElement("e")
                try writer.attribute("v", value)
                try writer.text(value)
                try writer.endElement()
            }
            let expected = "<e v=\"\(Self.reference(value, attribute: true))\">\(Self.reference(value, attribute: false))</e>\n"
            #expect(written == expected, "value \(index): \(value.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("layout: declaration, two-space indent, empty elements closed, text inline, pieces joined")
    func layout() throws {
        let written = try Self.write { writer in
            try writer.startDocument()
            try writer.startElement("graph")
            try writer.attribute("id", "G")
            try writer.startElement("key")
            try writer.attribute("id", "k")
            try writer.endElement()
            try writer.startElement("node")
            try writer.element("data", text: "one")
            try writer.startElement("data")
            try writer.text("two ")
            try writer.text("pieces")
            try writer.endElement()
            try writer.startElement("data")
            try writer.text("")
            try writer.endElement()
            // finish() closes what is still open.
        }
        #expect(written == """
            <?xml version="1.0" encoding="UTF-8"?>
            <graph id="G">
              <key id="k"/>
              <node>
                <data>one</data>
                <data>two pieces</data>
                <data></data>
              </node>
            </graph>

            """)
    }

    @Test("output leaves in chunks; an error thrown by the output comes back to the caller")
    func chunksAndErrors() throws {
        struct Full: Error {}
        var chunks = 0
        let writer = XMLStreamWriter { _ in
            chunks += 1
            throw Full()
        }
        try writer.startElement("graph")
        #expect(throws: Full.self) {
            for _ in 0..<100_000 { try writer.element("data", text: "some text to fill the chunk") }
        }
        #expect(chunks == 1)
        // The failure sticks: nothing more is written.
        #expect(throws: Full.self) { try writer.element("data", text: "x") }
        #expect(throws: Full.self) { try writer.finish() }
        #expect(chunks == 1)
    }
}
