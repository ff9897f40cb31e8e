import ArgumentParser
import Foundation
import NewsGraph

/// The options that shape the pipeline: the user's gazetteers and the number of threads.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: "A JSON file of your own entities (see the README); may be repeated.")
    var gazetteer: [String] = []

    @Option(name: .shortAndLong, help: "Documents processed in parallel (default: all cores); the output does not change.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// The shipped data with the user's gazetteers.
    func resources() throws -> Pipeline.Resources {
        try .standard(gazetteers: gazetteer.map { URL(fileURLWithPath: $0) })
    }

    /// The standard pipeline over `resources`.
    func pipeline(_ resources: Pipeline.Resources) throws -> Pipeline {
        var pipeline = try Pipeline.standard(resources: resources)
        pipeline.jobs = jobs
        return pipeline
    }
}

/// The options every command that reads articles takes.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (searched recursively for .txt, .html and .jsonl files); - is standard input.")
    var inputs: [String]

    @OptionGroup var options: PipelineOptions

    /// The articles of the inputs; warnings about single files go to stderr.
    func documents() throws -> [Document] {
        let (documents, diagnostics) = try DocumentLoader().load(inputs)
        for diagnostic in diagnostics { StandardError.print(diagnostic.description) }
        return documents
    }

    /// The standard pipeline with the user's gazetteers.
    func pipeline() throws -> Pipeline {
        try options.pipeline(options.resources())
    }
}

/// What to write and how much to say: the options of the commands that export a graph.
struct ExportOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Comma-separated export formats: \(Exporters.names.joined(separator: ", ")).")
    var format: FormatList = FormatList(argument: Exporters.defaultNames.joined(separator: ","))!

    @Flag(help: "Also add coOccurs edges between entities named in the same sentence, weighted by shared sentences.")
    var cooccurrence = false

    @Flag(name: .shortAndLong, help: "Print only warnings and errors (no summary).")
    var quiet = false
}
