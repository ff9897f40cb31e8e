import ArgumentParser
import Foundation
import NewsGraph

extension NewsGraphCommand {
    struct Mentions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every mention the extractor finds, with its type and entity (to check or tune extraction).",
            discussion: "Prints one line per mention: DOCUMENT:SENTENCE  TYPE  SURFACE  -> ENTITY-ID (or 'dropped' for tentative mentions resolution did not keep)."
        )

        @OptionGroup var input: InputOptions

        func run() throws {
            do {
                let documents = try input.documents()
                let corpus = try input.pipeline().analyze(documents)
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
                throw ExitStatus.fail(error)
            }
        }
    }
}
