/// A streaming XML writer: elements, attributes and text in, well-formed UTF-8 XML out.
///
/// Bytes leave the writer in chunks of about 64 KB through the `output` closure given at
/// creation, so a document of any size is written without being held in memory; an error
/// thrown by `output` is rethrown from the call that filled the chunk (or from ``finish()``).
///
/// The layout and escaping are those of libxml2's `xmlTextWriter` with indentation on, which
/// this writer replaced: its per-call bookkeeping (a linked list of open elements, a C string
/// per name and value, a copy per escape) capped GraphML at ≈ 90 MB/s. Here escaping is one
/// pass over the UTF-8 bytes straight into the chunk. Text escapes `& < > "` and CR;
/// attribute values also escape tab and LF (so they survive attribute-value normalisation)
/// and write non-ASCII characters as character references, as libxml2 does without a
/// document encoding. Characters XML 1.0 forbids are dropped (see ``XMLText``). Tests read
/// every export back with libxml2's parser and the GraphML/GEXF schemas, and the export
/// fuzz target does the same with random names.
///
/// ```swift
/// let writer = XMLStreamWriter { bytes in sink.append(contentsOf: bytes) }
/// try writer.startDocument()
/// try writer.startElement("graph")
/// try writer.attribute("id", "G")
/// try writer.endElement()
/// try writer.finish()
/// ```
public final class XMLStreamWriter {
    private let output: (UnsafeRawBufferPointer) throws -> Void
    private let indent: Bool
    /// The chunk being filled: `count` bytes of `capacity` (grown only for a longer value).
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = XMLStreamWriter.chunkSize * 2
    private var count = 0
    /// Names of the open elements, innermost last.
    private var open: [String] = []
    /// The innermost element's start tag is still open (attributes may follow).
    private var startTagOpen = false
    /// The next end tag goes on its own indented line (the element had child elements).
    private var indentEndTag = true
    private var finished = false
    /// Indentation of the outermost elements (a fragment of a larger document starts deeper).
    private let depth: Int
    /// The first error the output threw; every later call throws it again.
    private var failure: (any Error)?

    static let chunkSize = 1 << 16

    /// Creates a writer that hands every chunk of output to `output`.
    /// - Parameters:
    ///   - indent: whether to put each element on its own line, indented by two spaces.
    ///   - depth: for a fragment that ``embed(_:)`` will put inside open elements of another
    ///     writer: how many elements are open there (its indentation starts that deep).
    ///   - output: receives the serialised bytes, in order; may throw to stop writing.
    public init(indent: Bool = true, depth: Int = 0, output: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.output = output
        self.indent = indent
        self.depth = depth
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Writes the XML declaration (`version="1.0" encoding="UTF-8"`).
    public func startDocument() throws {
        try checkOpen()
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Opens an element; attributes may follow until content is written.
    public func startElement(_ name: String) throws {
        try checkOpen()
        closeStartTag(beforeElements: true)
        writeIndent(depth + open.count)
        raw("<")
        rawString(name)
        open.append(name)
        startTagOpen = true
        try flushIfFull()
    }

    /// Writes an attribute of the element just opened; the value is sanitised and escaped.
    public func attribute(_ name: String, _ value: String) throws {
        try checkOpen()
        guard startTagOpen else { throw XMLError.call("attribute outside a start tag", code: -1) }
        raw(" ")
        rawString(name)
        raw("=\"")
        escape(value, attribute: true)
        raw("\"")
        try flushIfFull()
    }

    /// Writes character data; the text is sanitised and escaped. Several calls in a row
    /// make one text node.
    public func text(_ value: String) throws {
        try checkOpen()
        guard !open.isEmpty else { throw XMLError.call("text outside an element", code: -1) }
        closeStartTag(beforeElements: false)
        indentEndTag = false
        escape(value, attribute: false)
        try flushIfFull()
    }

    /// Writes `<name>value</name>` in one call.
    public func element(_ name: String, text value: String) throws {
        try startElement(name)
        try text(value)
        try endElement()
    }

    /// Closes the innermost open element.
    public func endElement() throws {
        try checkOpen()
        guard let name = open.popLast() else { throw XMLError.call("end of an element that is not open", code: -1) }
        if startTagOpen {
            raw("/>")
            startTagOpen = false
        } else {
            if indentEndTag { writeIndent(depth + open.count) }
            raw("</")
            rawString(name)
            raw(">")
        }
        indentEndTag = true
        if indent { raw("\n") }
        try flushIfFull()
    }

    /// Puts the bytes of a finished fragment (child elements, written by a writer made with
    /// the right `depth`) inside the innermost open element, as if written here.
    public func embed(_ fragment: UnsafeRawBufferPointer) throws {
        try checkOpen()
        guard !open.isEmpty else { throw XMLError.call("fragment outside an element", code: -1) }
        closeStartTag(beforeElements: true)
        indentEndTag = true
        if fragment.count < Self.chunkSize {
            append(fragment.assumingMemoryBound(to: UInt8.self))
            try flushIfFull()
        } else {
            try flush()
            try emit(fragment)      // a large fragment goes out as it is, not through the chunk
        }
    }

    /// Closes every open element and hands over the last bytes; the writer is done.
    public func finish() throws {
        try checkOpen()
        while !open.isEmpty { try endElement() }
        if !indent { raw("\n") }
        finished = true
        try flush()
    }

    // MARK: Bytes

    /// Ends the innermost start tag if it is still open: `>`, and a line break when child
    /// elements follow (text stays on the tag's line).
    private func closeStartTag(beforeElements: Bool) {
        guard startTagOpen else { return }
        raw(">")
        if beforeElements && indent { raw("\n") }
        startTagOpen = false
    }

    private func checkOpen() throws {
        if let failure { throw failure }
        if finished { throw XMLError.finished }
    }

    private func writeIndent(_ depth: Int) {
        guard indent else { return }
        reserve(2 * depth)
        (buffer + count).initialize(repeating: 0x20, count: 2 * depth)
        count += 2 * depth
    }

    private func rawString(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private func raw(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        if bytes.count <= 16 {
            for k in 0..<bytes.count { buffer[count + k] = base[k] }     // short markup: no call to memcpy
        } else {
            (buffer + count).update(from: base, count: bytes.count)
        }
        count += bytes.count
    }

    /// Makes room for `extra` more bytes (the chunk is flushed between calls, not here).
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(extra) }
    }

    private func grow(_ extra: Int) {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(2 * capacity, count + extra))
        grown.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = grown
        capacity = max(2 * capacity, count + extra)
    }

    private func flushIfFull() throws {
        if count >= Self.chunkSize { try flush() }
    }

    private func flush() throws {
        guard count > 0 else { return }
        defer { count = 0 }
        try emit(UnsafeRawBufferPointer(start: buffer, count: count))
    }

    private func emit(_ bytes: UnsafeRawBufferPointer) throws {
        do { try output(bytes) } catch {
            failure = error
            throw error
        }
    }

    /// Whether ``escape`` must look at a byte: in text, markup, quotes, CR, forbidden controls
    /// and the lead byte of U+FFFE/U+FFFF; in attribute values, also tab, LF and all non-ASCII.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8, attribute: Bool) -> Bool {
        if byte < 0x20 { return attribute || (byte != 0x09 && byte != 0x0A) }
        if byte >= 0x80 { return attribute || byte == 0xEF }
        return byte == 0x22 || byte == 0x26 || byte == 0x3C || byte == 0x3E
    }

    /// Appends `value` escaped (attribute value or text).
    private func escape(_ value: String, attribute: Bool) {
        if value.utf8.withContiguousStorageIfAvailable({ escape($0, attribute: attribute) }) == nil {
            var copy = value
            copy.withUTF8 { escape($0, attribute: attribute) }
        }
    }

    /// Runs of ordinary bytes are found eight bytes at a time and copied at once.
    private func escape(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var i = 0, run = 0
        let end = bytes.count
        while i < end {
            if i + 8 <= end, !Self.mayNeedEscaping(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), attribute: attribute) {
                i += 8
                continue
            }
            guard Self.isSpecial(base[i], attribute: attribute) else { i += 1; continue }
            if run < i { append(UnsafeBufferPointer(start: base + run, count: i - run)) }
            i += escapeCharacter(at: i, in: bytes, attribute: attribute)
            run = i
        }
        if run < end { append(UnsafeBufferPointer(start: base + run, count: end - run)) }
    }

    /// Whether any of eight bytes may be special (false positives allowed, never false
    /// negatives): a byte below 0x20, one of `" & < >`, and 0xEF in text or any byte from
    /// 0x80 in attribute values.
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64, attribute: Bool) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20 (among bytes below 0x80): x - 0x20 borrows into its high bit;
        // a byte equal to c: x ^ c is zero, and zero - 1 does the same.
        let found = (word &- 0x2020_2020_2020_2020)
            | ((word ^ 0x2222_2222_2222_2222) &- ones) | ((word ^ 0x2626_2626_2626_2626) &- ones)
            | ((word ^ 0x3C3C_3C3C_3C3C_3C3C) &- ones) | ((word ^ 0x3E3E_3E3E_3E3E_3E3E) &- ones)
        if found & ~word & highs != 0 { return true }
        if attribute { return word & highs != 0 }
        let lead = word ^ 0xEFEF_EFEF_EFEF_EFEF     // zero where a byte is 0xEF
        return (lead &- ones) & ~lead & highs != 0
    }

    /// Writes the escaped form of the character at `i` (nothing for a forbidden one) and
    /// returns its length in bytes.
    private func escapeCharacter(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Int {
        let byte = bytes[i]
        switch byte {
        case 0x26: raw("&amp;")
        case 0x3C: raw("&lt;")
        case 0x3E: raw("&gt;")
        case 0x22: raw("&quot;")
        case 0x0D: raw("&#13;")
        case 0x0A: raw("&#10;")       // reaches here in attribute values only
        case 0x09: raw("&#9;")        // likewise
        case ..<0x20: break           // a control character XML 1.0 forbids: dropped
        case ..<0x80: break           // not reached: no other ASCII byte is marked
        default:
            // A multi-byte character (Swift strings hold valid UTF-8).
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard i + length <= bytes.count else { return bytes.count - i }
            var scalar = UInt32(byte) & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F)
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            if scalar == 0xFFFE || scalar == 0xFFFF { return length }
            if attribute {
                rawString("&#x" + String(scalar, radix: 16, uppercase: true) + ";")
            } else {
                append(UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
            }
            return length
        }
        return 1
    }
}
