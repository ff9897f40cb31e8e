import Foundation
import Testing
@testable import NewsGraph

/// Paths, shared fixtures and external programs for the tests.
enum TestSupport {
    /// The repository root (this file is Tests/NewsGraphTests/Support/TestSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds")
    static let out = root.appendingPathComponent("out")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let consumers = root.appendingPathComponent("Tests/Consumers")

    /// Fails the test with a clear message when `../shared` (gold graph, scorer, Gephi
    /// checker, GraphML schemas) is not beside the repository.
    struct SharedMissing: Error, CustomStringConvertible {
        var description: String { "\(TestSupport.shared.path) is missing: these tests need the project's shared folder (gold graph, tools, schemas) beside the repository" }
    }

    static func requireShared(sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard FileManager.default.fileExists(atPath: shared.appendingPathComponent("tools/score.py").path) else {
            Issue.record(SharedMissing(), sourceLocation: sourceLocation)
            throw SharedMissing()
        }
    }

    /// The standard resources and pipeline, loaded once.
    static let resources: Pipeline.Resources = try! .standard()
    static let pipeline: Pipeline = try! .standard(resources: resources)

    /// The graph of the seed articles, built once.
    static let seedGraph: KnowledgeGraph = {
        let (documents, _) = try! DocumentLoader().load([seeds.path])
        return try! pipeline.run(documents).graph
    }()

    /// The folder that holds every temporary folder of this test run; removed, with all
    /// it holds, when the test process exits.
    static let temporaryRoot: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-tests-\(ProcessInfo.processInfo.processIdentifier)-" + UUID().uuidString)
        atexit { try? FileManager.default.removeItem(at: TestSupport.temporaryRoot) }
        return url
    }()

    /// A fresh temporary folder (inside ``temporaryRoot``).
    static func temporaryDirectory() throws -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Exports `graph` with `exporter` into memory.
    static func export(_ graph: KnowledgeGraph, _ exporter: some GraphExporter) throws -> [UInt8] {
        let sink = MemorySink()
        try exporter.export(graph, to: sink)
        return sink.bytes
    }

    /// Every file the named formats write for `graph`, by file name, in memory.
    static func exportFiles(_ graph: KnowledgeGraph, formats: [String]) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        func write<E: GraphExporter>(_ type: E.Type) throws {
            let exporter = type.init()
            for (index, file) in type.fileNames.enumerated() {
                let sink = MemorySink()
                try exporter.export(graph, file: index, to: sink)
                files[file] = sink.bytes
            }
        }
        for name in formats { try write(Exporters.named(name)) }
        return files
    }

    /// Exports `graph` with `exporter` into a file in a temporary folder and returns its URL.
    static func exportFile(_ graph: KnowledgeGraph, _ exporter: some GraphExporter) throws -> URL {
        let url = try temporaryDirectory().appendingPathComponent("graph." + type(of: exporter).fileExtension)
        try AtomicFileWriter.write(to: url) { try exporter.export(graph, to: $0) }
        return url
    }
}

/// The result of running a program.
struct ProgramResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs external programs the tests need. A missing program is a test failure that says
/// which program and how to install it, never a silent pass.
enum Programs {
    /// Install hints for the programs the tests use.
    static let installHints = [
        "dot": "apt-get install graphviz", "sfdp": "apt-get install graphviz",
        "xmllint": "apt-get install libxml2-utils", "python3": "apt-get install python3",
    ]

    /// Runs `name` with `arguments`; records a failure and returns nil if it is not installed.
    static func run(_ name: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> ProgramResult? {
        guard let path = name.hasPrefix("/") ? name : ExecutableFinder.find(name) else {
            Issue.record("required program '\(name)' is not installed (\(installHints[name] ?? "install it")); this test cannot run without it",
                         sourceLocation: sourceLocation)
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProgramResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a Python consumer script from Tests/Consumers and decodes its JSON output.
    /// Fails with the missing module's install command when a Python package is absent.
    static func python(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Any? {
        guard let result = try run("python3", [TestSupport.consumers.appendingPathComponent(script).path] + arguments,
                                   sourceLocation: sourceLocation) else { return nil }
        guard result.status == 0 else {
            let missing = result.stderr.contains("ModuleNotFoundError") ? " (a Python package is missing: pip install networkx igraph rdflib pyoxigraph)" : ""
            Issue.record("\(script) failed\(missing): \(result.stderr)", sourceLocation: sourceLocation)
            return nil
        }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// The built `newsgraph` executable (built with the tests, next to the test bundle).
    static var newsgraph: String {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [products, products.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("newsgraph")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url.path }
        }
        return TestSupport.root.appendingPathComponent(".build/debug/newsgraph").path
    }
}
