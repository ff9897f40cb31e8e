import Foundation
import Testing
@testable import NewsGraph

@Suite("Properties of every export")
struct ExportPropertiesTests {
    @Test("same bytes whatever the order of the input files", arguments: Exporters.names.filter { $0 != "svg" })
    func deterministic(format: String) throws {
        let exporter = try Exporters.named(format).init()
        let (documents, _) = try DocumentLoader().load([TestSupport.seeds.path])
        let forward = try TestSupport.pipeline.run(documents).graph
        let backward = try TestSupport.pipeline.run(documents.reversed()).graph
        let shuffled = try TestSupport.pipeline.run([documents[2], documents[4], documents[0], documents[3], documents[1]]).graph
        let a = try TestSupport.export(forward, exporter)
        #expect(a == (try TestSupport.export(backward, exporter)))
        #expect(a == (try TestSupport.export(shuffled, exporter)))
    }

    @Test("the command gives identical files for inputs named in reverse order")
    func commandDeterministic() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.seeds.path).sorted().map { TestSupport.seeds.appendingPathComponent($0).path }
        let first = try TestSupport.temporaryDirectory(), second = try TestSupport.temporaryDirectory()
        let a = try #require(try Programs.run(Programs.newsgraph, ["build"] + files + ["--out", first.path, "--quiet"]))
        let b = try #require(try Programs.run(Programs.newsgraph, ["build"] + files.reversed() + ["--out", second.path, "--quiet"]))
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        for name in ["graph.graphml", "graph.dot", "graph.jsonld"] {
            #expect(try Data(contentsOf: first.appendingPathComponent(name)) == Data(contentsOf: second.appendingPathComponent(name)), "\(name)")
        }
    }

    /// An exporter that writes a little and then fails, to check atomicity.
    struct FailingExporter: GraphExporter {
        static let name = "failing"
        static let fileExtension = "graphml"
        static let summary = "fails half-way"
        struct Failure: Error {}
        func export(_ graph: KnowledgeGraph, to sink: some ByteSink) throws {
            try sink.write("<partial")
            throw Failure()
        }
    }

    @Test("a failing export leaves the earlier exports intact and no temporary files")
    func atomic() throws {
        let directory = try TestSupport.temporaryDirectory()
        let graph = TestSupport.seedGraph
        _ = try BuildJob.export(graph, formats: [GraphMLExporter.self, DOTExporter.self], to: directory)
        let before = try Data(contentsOf: directory.appendingPathComponent("graph.graphml"))
        let dotBefore = try Data(contentsOf: directory.appendingPathComponent("graph.dot"))
        #expect(throws: (any Error).self) {
            _ = try BuildJob.export(graph, formats: [DOTExporter.self, FailingExporter.self], to: directory)
        }
        #expect(try Data(contentsOf: directory.appendingPathComponent("graph.graphml")) == before)
        #expect(try Data(contentsOf: directory.appendingPathComponent("graph.dot")) == dotBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["graph.dot", "graph.graphml"])
    }

    @Test("an unwritable output folder is an error naming it")
    func unwritable() throws {
        let file = try TestSupport.temporaryDirectory().appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        let result = try #require(try Programs.run(Programs.newsgraph, ["build", TestSupport.seeds.path, "--out", file.path]))
        #expect(result.status != 0)
        #expect(result.stderr.contains(file.path) && result.stderr.contains("not a folder"))
    }
}
