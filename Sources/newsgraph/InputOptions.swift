import ArgumentParser
import Foundation
import NewsGraph

/// The options every command that reads articles takes.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (searched recursively for .txt files).")
    var inputs: [String]

    @Option(name: .long, help: "A JSON file of your own entities (see the README); may be repeated.")
    var gazetteer: [String] = []

    @Option(name: .shortAndLong, help: "Documents processed in parallel (default: all cores); the output does not change.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// The articles of the inputs; warnings about single files go to stderr.
    func documents() throws -> [Document] {
        let (documents, diagnostics) = try DocumentLoader().load(inputs)
        for diagnostic in diagnostics { StandardError.print(diagnostic.description) }
        return documents
    }

    /// The standard pipeline with the user's gazetteers.
    func pipeline() throws -> Pipeline {
        var pipeline = try Pipeline.standard(resources: .standard(gazetteers: gazetteer.map { URL(fileURLWithPath: $0) }))
        pipeline.jobs = jobs
        return pipeline
    }
}
