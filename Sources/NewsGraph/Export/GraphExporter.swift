/// Writes a ``KnowledgeGraph`` in one file format.
///
/// Adding a format means one new type conforming to this protocol and one line in
/// ``Exporters/all``; the `--format` choices, help text and tests come from that list.
public protocol GraphExporter: Sendable {
    /// The name used by `--format` (`graphml`).
    static var name: String { get }
    /// The file extension, without the dot.
    static var fileExtension: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    /// The names of the files the format writes (most write one: `graph.<extension>`).
    static var fileNames: [String] { get }
    init()
    /// Streams the graph into `sink`.
    func export(_ graph: KnowledgeGraph, to sink: some ByteSink) throws
    /// Streams file number `file` (an index into ``fileNames``) into `sink`.
    func export(_ graph: KnowledgeGraph, file: Int, to sink: some ByteSink) throws
    /// ``export(_:file:to:)`` on up to `jobs` threads, for formats that serialize in
    /// parallel (the others ignore `jobs`). The bytes never depend on `jobs`.
    func export(_ graph: KnowledgeGraph, file: Int, to sink: some ByteSink, jobs: Int) throws
}

extension GraphExporter {
    public static var fileNames: [String] { ["graph." + fileExtension] }

    public func export(_ graph: KnowledgeGraph, file: Int, to sink: some ByteSink) throws {
        try export(graph, to: sink)
    }

    public func export(_ graph: KnowledgeGraph, file: Int, to sink: some ByteSink, jobs: Int) throws {
        try export(graph, file: file, to: sink)
    }
}

/// The registry of export formats.
public enum Exporters {
    /// Every format, in the order `--help` lists them.
    public static let all: [any GraphExporter.Type] = [
        GraphMLExporter.self,
        DOTExporter.self,
        JSONLDExporter.self,
        SVGExporter.self,
        PNGExporter.self,
        CSVExporter.self,
        GEXFExporter.self,
    ]

    /// The formats written when none is asked for.
    public static let defaultNames = ["graphml", "dot", "jsonld"]

    /// The exporter registered under `name`.
    public static func named(_ name: String) throws -> any GraphExporter.Type {
        let wanted = name.lowercased()
        for exporter in all where exporter.name == wanted { return exporter }
        throw ExportError.unknownFormat(name, known: names)
    }

    /// The names of every format.
    public static var names: [String] {
        var names: [String] = []
        for exporter in all { names.append(exporter.name) }
        return names
    }
}
