internal import CLibXML2

/// One problem found while parsing or validating a document.
public struct XMLValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line in the validated file; 0 when libxml2 gives none.
    public let line: Int
    public let message: String

    public var description: String { "line \(line): \(message)" }
}

/// Validates XML files against a compiled W3C XML Schema or RELAX NG schema with libxml2.
///
/// Schemas are read offline: remote `schemaLocation`s are resolved through the XML
/// catalog given at creation, and any other network access is refused.
public final class XMLValidator {
    /// The schema language, chosen from the schema file's extension.
    public enum Language: Sendable { case xsd, relaxNG }

    private let language: Language
    private var xsd: xmlSchemaPtr?
    private var rng: xmlRelaxNGPtr?

    /// Compiles the schema at `schemaPath` (`.xsd` or `.rng`).
    /// - Parameter catalogPath: an OASIS XML catalog that maps remote schema locations onto local files.
    /// - Throws: ``XMLError/schema(path:messages:)`` when the schema cannot be read or compiled.
    public init(schemaPath: String, catalogPath: String? = nil) throws {
        language = schemaPath.hasSuffix(".rng") ? .relaxNG : .xsd
        Self.prepareOfflineLoading(catalogPath: catalogPath)
        let collector = IssueCollector()
        let compiled: Bool = collector.collecting {
            switch language {
            case .xsd:
                guard let parser = xmlSchemaNewParserCtxt(schemaPath) else { return false }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xsd = xmlSchemaParse(parser)
                return xsd != nil
            case .relaxNG:
                guard let parser = xmlRelaxNGNewParserCtxt(schemaPath) else { return false }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                rng = xmlRelaxNGParse(parser)
                return rng != nil
            }
        }
        guard compiled else {
            throw XMLError.schema(path: schemaPath, messages: collector.issues.map(\.description))
        }
    }

    deinit {
        if let xsd { xmlSchemaFree(xsd) }
        if let rng { xmlRelaxNGFree(rng) }
    }

    /// Parses and validates the file at `path`; returns every problem found, in order.
    /// An empty array means the document is well-formed and valid.
    public func validate(fileAt path: String) -> [XMLValidationIssue] {
        validate { xmlReadFile(path, nil, Self.parseOptions) }
    }

    /// ``validate(fileAt:)`` for a document in memory.
    public func validate(bytes: [UInt8]) -> [XMLValidationIssue] {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                validate { xmlReadMemory(chars.baseAddress, Int32(chars.count), "memory.xml", nil, Self.parseOptions) }
            }
        }
    }

    /// Whether `bytes` is a well-formed XML document (no schema).
    public static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        let collector = IssueCollector()
        return collector.collecting {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    guard let document = xmlReadMemory(chars.baseAddress, Int32(chars.count), "memory.xml", nil, parseOptions) else { return false }
                    xmlFreeDoc(document)
                    return collector.issues.isEmpty
                }
            }
        }
    }

    private static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOENT.rawValue | XML_PARSE_HUGE.rawValue)

    private func validate(_ parse: () -> xmlDocPtr?) -> [XMLValidationIssue] {
        let collector = IssueCollector()
        collector.collecting {
            guard let document = parse() else {
                if collector.issues.isEmpty { collector.add(line: 0, message: "cannot read or parse the file") }
                return
            }
            defer { xmlFreeDoc(document) }
            let result: Int32
            switch language {
            case .xsd:
                guard let context = xmlSchemaNewValidCtxt(xsd) else { return collector.add(line: 0, message: "out of memory") }
                defer { xmlSchemaFreeValidCtxt(context) }
                result = xmlSchemaValidateDoc(context, document)
            case .relaxNG:
                guard let context = xmlRelaxNGNewValidCtxt(rng) else { return collector.add(line: 0, message: "out of memory") }
                defer { xmlRelaxNGFreeValidCtxt(context) }
                result = xmlRelaxNGValidateDoc(context, document)
            }
            if result != 0 && collector.issues.isEmpty {
                collector.add(line: 0, message: "the document is not valid (libxml2 code \(result))")
            }
        }
        return collector.issues
    }

    private static let loadingLock = NSLockLike()
    nonisolated(unsafe) private static var loadedCatalogs: Set<String> = []

    private static func prepareOfflineLoading(catalogPath: String?) {
        loadingLock.withLock {
            if loadedCatalogs.isEmpty {
                xmlInitParser()
                // Catalog first, then refuse any network fetch.
                xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
            }
            if let catalogPath, !loadedCatalogs.contains(catalogPath) {
                xmlLoadCatalog(catalogPath)
                loadedCatalogs.insert(catalogPath)
            }
            loadedCatalogs.insert("")
        }
    }
}

/// Gathers libxml2's structured errors while a closure runs.
private final class IssueCollector {
    var issues: [XMLValidationIssue] = []

    func add(line: Int, message: String) { issues.append(XMLValidationIssue(line: line, message: message)) }

    @discardableResult
    func collecting<T>(_ body: () -> T) -> T {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), collectIssue)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return body()
    }
}

private func collectIssue(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    let collector = Unmanaged<IssueCollector>.fromOpaque(context).takeUnretainedValue()
    var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    while message.last?.isNewline == true { message.removeLast() }
    collector.add(line: Int(error.pointee.line), message: message)
}
