import Foundation
import Testing
@testable import NewsGraph

@Suite("Evaluation against a gold graph")
struct EvaluationTests {
    @Test("newsgraph's scores equal score.py's on the same graph", arguments: [0, 2, 5])
    func agreesWithScorer(documents count: Int) throws {
        try TestSupport.requireShared()
        let (all, _) = try DocumentLoader().load([TestSupport.seeds.path])
        // All seeds, two of them, or articles about something else entirely.
        let documents = count == 0 ? [Document(id: "other", text: "Kenya's Foreign Minister Musalia Mudavadi met with Japan's Prime Minister Fumio Kishida in Tokyo. Russia launched strikes on Ukraine.")]
            : Array(all.prefix(count))
        let graph = try TestSupport.pipeline.run(documents).graph
        let ours = try GoldEvaluation(gold: SeedsCorpusTests.gold, graph: graph).summaryLines
        let file = try TestSupport.exportFile(graph, GraphMLExporter())
        let result = try #require(try Programs.run("python3", [TestSupport.shared.appendingPathComponent("tools/score.py").path,
                                                                SeedsCorpusTests.gold.path, file.path]))
        #expect(result.stdout.split(separator: "\n").map(String.init) == ours)
    }

    @Test("the command prints misses and the two score lines")
    func command() throws {
        try TestSupport.requireShared()
        let result = try #require(try Programs.run(Programs.newsgraph, ["evaluate", "--gold", SeedsCorpusTests.gold.path,
                                                                        TestSupport.seeds.appendingPathComponent("003_89c3de90ed6096f9.txt").path]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("missed_entities: "))
        #expect(result.stdout.contains("\nentities  P=") && result.stdout.contains("\nrelations P="))
    }
}
