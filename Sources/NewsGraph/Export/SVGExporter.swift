import Foundation

/// SVG drawn by Graphviz from the DOT export: `dot` for small graphs, `sfdp` above
/// ``largeGraphNodes`` nodes. Needs Graphviz installed; says so plainly when it is not.
public struct SVGExporter: GraphExporter {
    public static let name = "svg"
    public static let fileExtension = "svg"
    public static let summary = "SVG picture rendered by Graphviz (needs dot/sfdp installed)"
    /// Above this many nodes the layout switches from `dot` to `sfdp`.
    public static let largeGraphNodes = 300

    public init() {}

    public func export(_ graph: KnowledgeGraph, to sink: some ByteSink) throws {
        try GraphvizRunner.picture(of: graph, format: "svg", to: sink)
    }
}

/// PNG drawn by Graphviz from the DOT export, like ``SVGExporter``.
public struct PNGExporter: GraphExporter {
    public static let name = "png"
    public static let fileExtension = "png"
    public static let summary = "PNG picture rendered by Graphviz (needs dot/sfdp installed)"

    public init() {}

    public func export(_ graph: KnowledgeGraph, to sink: some ByteSink) throws {
        try GraphvizRunner.picture(of: graph, format: "png", to: sink)
    }
}

/// Runs a Graphviz layout program on DOT input.
public enum GraphvizRunner {
    /// Draws the graph's DOT export in `format` (`svg`, `png`) with `dot`, or `sfdp`
    /// above ``SVGExporter/largeGraphNodes`` nodes.
    public static func picture(of graph: KnowledgeGraph, format: String, to sink: some ByteSink) throws {
        let dot = MemorySink()
        try DOTExporter().export(graph, to: dot)
        let engine = graph.entities.count > SVGExporter.largeGraphNodes ? "sfdp" : "dot"
        let output = try render(dot.bytes, engine: engine, format: format)
        try output.withUnsafeBytes { try sink.write($0) }
    }

    /// Lays out `dot` with `engine` and returns the output bytes in `format`.
    /// - Throws: ``ExportError/tool(name:reason:)`` when the program is missing or fails.
    public static func render(_ dot: [UInt8], engine: String, format: String) throws -> Data {
        guard let path = ExecutableFinder.find(engine) else {
            throw ExportError.tool(name: engine, reason: "Graphviz's \(engine) is not installed or not on PATH (Debian/Ubuntu: apt-get install graphviz)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-T\(format)"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Feed stdin on another thread so a large output cannot deadlock the pipes.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(dot))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ExportError.tool(name: engine, reason: "failed (status \(process.terminationStatus)): " + String(decoding: message, as: UTF8.self))
        }
        return result
    }
}

/// Looks up programs on PATH.
public enum ExecutableFinder {
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
