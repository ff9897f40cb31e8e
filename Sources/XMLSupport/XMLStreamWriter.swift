internal import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`.
///
/// Bytes leave the writer in chunks through the `output` closure given at creation, so a
/// document of any size is written without being held in memory. Every libxml2 call is
/// checked: a negative result becomes an ``XMLError`` naming the function, and an error
/// thrown by `output` is rethrown from the call that triggered the write.
///
/// Text and attribute values are escaped by libxml2; characters that XML 1.0 forbids are
/// removed first (see ``XMLText/sanitized(_:)``), so the output is always well-formed.
///
/// ```swift
/// let writer = try XMLStreamWriter { bytes in sink.append(contentsOf: bytes) }
/// try writer.startDocument()
/// try writer.startElement("graph")
/// try writer.attribute("id", "G")
/// try writer.endElement()
/// try writer.finish()
/// ```
public final class XMLStreamWriter {
    private var writer: xmlTextWriterPtr?
    private let sink: OutputSink

    /// Creates a writer that hands every chunk of output to `output`.
    /// - Parameters:
    ///   - indent: whether to indent nested elements by two spaces.
    ///   - output: receives the serialised bytes, in order; may throw to stop writing.
    public init(indent: Bool = true, output: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        sink = OutputSink(output)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        guard let buffer = xmlOutputBufferCreateIO(outputWrite, outputClose, context, nil) else {
            throw XMLError.call("xmlOutputBufferCreateIO", code: -1)
        }
        // From here on the text writer owns the output buffer and frees it with itself.
        guard let writer = xmlNewTextWriter(buffer) else {
            xmlOutputBufferClose(buffer)
            throw XMLError.call("xmlNewTextWriter", code: -1)
        }
        self.writer = writer
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
            try check(xmlTextWriterSetIndentString(writer, "  "), "xmlTextWriterSetIndentString")
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    /// Writes the XML declaration (`version="1.0" encoding="UTF-8"`).
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(try open(), "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// Opens an element; attributes may follow until content is written.
    public func startElement(_ name: String) throws {
        try check(xmlTextWriterStartElement(try open(), name), "xmlTextWriterStartElement")
    }

    /// Writes an attribute of the element just opened; the value is sanitised and escaped.
    public func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(try open(), name, XMLText.sanitized(value)), "xmlTextWriterWriteAttribute")
    }

    /// Writes character data; the text is sanitised and escaped.
    public func text(_ value: String) throws {
        try check(xmlTextWriterWriteString(try open(), XMLText.sanitized(value)), "xmlTextWriterWriteString")
    }

    /// Writes a comment; `--` sequences are broken up so the comment stays well-formed.
    public func comment(_ value: String) throws {
        var safe = XMLText.sanitized(value)
        while safe.contains("--") { safe = safe.replacingAll("--", with: "- -") }
        if safe.hasSuffix("-") { safe += " " }
        try check(xmlTextWriterWriteComment(try open(), safe), "xmlTextWriterWriteComment")
    }

    /// Writes `<name>value</name>` in one call.
    public func element(_ name: String, text value: String) throws {
        try startElement(name)
        try text(value)
        try endElement()
    }

    /// Closes the innermost open element.
    public func endElement() throws {
        try check(xmlTextWriterEndElement(try open()), "xmlTextWriterEndElement")
    }

    /// Closes every open element, flushes all output and releases the writer.
    public func finish() throws {
        let writer = try open()
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        xmlFreeTextWriter(writer)
        self.writer = nil
        if let error = sink.error { throw error }
    }

    private func open() throws -> xmlTextWriterPtr {
        guard let writer else { throw XMLError.finished }
        return writer
    }

    private func check(_ result: Int32, _ function: String) throws {
        if let error = sink.error { throw error }
        if result < 0 { throw XMLError.call(function, code: result) }
    }
}

/// Holds the Swift closure behind libxml2's output callbacks and the first error it threw.
private final class OutputSink {
    let write: (UnsafeRawBufferPointer) throws -> Void
    var error: (any Error)?
    init(_ write: @escaping (UnsafeRawBufferPointer) throws -> Void) { self.write = write }
}

private func outputWrite(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafePointer<CChar>?, _ length: Int32) -> Int32 {
    guard let context, length >= 0 else { return -1 }
    let sink = Unmanaged<OutputSink>.fromOpaque(context).takeUnretainedValue()
    if sink.error != nil { return -1 }
    do {
        try sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        return length
    } catch {
        sink.error = error
        return -1
    }
}

private func outputClose(_ context: UnsafeMutableRawPointer?) -> Int32 { 0 }

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
