import ArgumentParser
import Foundation
import NewsGraph

extension NewsGraphCommand {
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the graph and score it against a gold graph (precision, recall, F1, dates, misses).",
            discussion: "The gold format is described in the README. The numbers agree with the project's score.py."
        )

        @Option(help: "The gold graph (JSON).")
        var gold: String

        @OptionGroup var input: InputOptions

        func run() throws {
            do {
                let documents = try input.documents()
                let graph = try input.pipeline().run(documents).graph
                let evaluation = try GoldEvaluation(gold: URL(fileURLWithPath: gold), graph: graph)
                for (kind, item) in evaluation.detail { print("\(kind): \(item)") }
                for line in evaluation.summaryLines { print(line) }
            } catch {
                throw ExitStatus.fail(error)
            }
        }
    }
}
