import ArgumentParser
import Foundation
import NewsGraph

extension NewsGraphCommand {
    struct Mentions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every mention the extractor finds, with its type and entity (to check or tune extraction).",
            discussion: "Prints one line per mention: DOCUMENT:SENTENCE  TYPE  SURFACE  -> ENTITY-ID (or 'dropped' for tentative mentions resolution did not keep)."
        )

        @Argument(help: "Article files or folders.")
        var inputs: [String]

        @Option(name: .long, help: "A JSON file of your own entities; may be repeated.")
        var gazetteer: [String] = []

        func run() throws {
            do {
                let (documents, diagnostics) = try DocumentLoader().load(inputs)
                for diagnostic in diagnostics { StandardError.print(diagnostic.description) }
                let corpus = try Pipeline.standard(resources: .standard(gazetteers: gazetteer.map { URL(fileURLWithPath: $0) })).analyze(documents)
                for document in corpus.documents {
                    for mention in document.mentions {
                        let target = mention.entityID?.rawValue ?? "dropped"
                        var extra = ""
                        if let role = mention.role { extra += "\trole: \(role)" }
                        if let span = mention.affiliation { extra += "\tof: \(document.string(span))" }
                        print("\(document.id):\(mention.sentence)\t\(mention.type.rawValue)\t\(mention.surface)\t-> \(target)\(extra)")
                    }
                }
            } catch {
                StandardError.print("newsgraph: error: \(error)")
                throw ExitCode.failure
            }
        }
    }
}
