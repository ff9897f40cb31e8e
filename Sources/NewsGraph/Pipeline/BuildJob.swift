import Foundation

/// The whole `build` command as a library call: read the inputs, run the pipeline and
/// write each export into a folder.
///
/// All exports are first written to temporary files; only when every one of them is
/// complete are they renamed into place, so a failure leaves earlier exports untouched.
public struct BuildJob: Sendable {
    public var inputs: [String]
    public var outputDirectory: URL
    public var formats: [any GraphExporter.Type]
    /// Threads for the exporters that serialize in parallel (the bytes do not depend on it).
    public var jobs = 1

    public init(inputs: [String], outputDirectory: URL, formats: [any GraphExporter.Type], jobs: Int = 1) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.jobs = jobs
    }

    /// What a build did.
    public struct Report: Sendable {
        public var documents: Int
        public var graph: KnowledgeGraph
        public var written: [URL]
        public var diagnostics: [Diagnostic]
        public var seconds: Double

        /// `documents 5, nodes 31, edges 40, 0.21 s`
        public var summary: String {
            "newsgraph: \(documents) documents read, \(graph.entities.count) nodes, \(graph.relations.count) edges, "
                + String(format: "%.2f s", seconds)
        }
    }

    public func run(pipeline: Pipeline) throws -> Report {
        let started = Date()
        try Self.checkOutputDirectory(outputDirectory)
        let (documents, loadDiagnostics) = try DocumentLoader().load(inputs)
        let (graph, diagnostics) = try pipeline.run(documents)
        let written = try Self.export(graph, formats: formats, to: outputDirectory, jobs: jobs)
        return Report(documents: documents.count, graph: graph, written: written,
                      diagnostics: loadDiagnostics + diagnostics, seconds: Date().timeIntervalSince(started))
    }

    /// Writes every format, all or nothing; `jobs` threads for formats that use them.
    public static func export(_ graph: KnowledgeGraph, formats: [any GraphExporter.Type], to directory: URL, jobs: Int = 1) throws -> [URL] {
        var temporaries: [(URL, URL)] = []
        do {
            for format in formats {
                let exporter = format.init()
                for (index, name) in format.fileNames.enumerated() {
                    let url = directory.appendingPathComponent(name)
                    temporaries.append((try AtomicFileWriter.writeTemporary(for: url) { try exporter.export(graph, file: index, to: $0, jobs: jobs) }, url))
                }
            }
        } catch {
            AtomicFileWriter.discard(temporaries.map(\.0))
            throw error
        }
        for (temporary, url) in temporaries { try AtomicFileWriter.commit(temporary, to: url) }
        return temporaries.map(\.1)
    }

    /// Creates the output folder if missing; fails, naming it, if it cannot be a folder.
    public static func checkOutputDirectory(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ExportError.write(path: url.path, reason: "exists and is not a folder") }
            return
        }
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw ExportError.write(path: url.path, reason: "cannot create the folder: \((error as NSError).localizedDescription)")
        }
    }
}
