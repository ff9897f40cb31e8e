import Foundation
import Testing
@testable import NewsGraph

@Suite("newsgraph command")
struct CommandLineTests {
    func run(_ arguments: [String]) throws -> ProgramResult {
        try #require(try Programs.run(Programs.newsgraph, arguments))
    }

    @Test("--help describes the subcommands and the formats")
    func help() throws {
        let top = try run(["--help"])
        #expect(top.status == 0)
        #expect(top.stdout.contains("build") && top.stdout.contains("validate"))
        let build = try run(["build", "--help"])
        for name in Exporters.names { #expect(build.stdout.contains(name)) }
    }

    @Test("build writes the default exports and a one-line summary")
    func build() throws {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("new/folder")
        let result = try run(["build", TestSupport.seeds.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")
        let graph = TestSupport.seedGraph
        #expect(result.stderr.contains("5 documents read, \(graph.entities.count) nodes, \(graph.relations.count) edges"))
        // The summary: nodes by type, edges by predicate, most mentioned, all computed from the graph.
        let people = graph.entities.filter { $0.type == .person }.count
        #expect(result.stderr.contains("nodes by type: Person \(people),"))
        let attacks = graph.relations.filter { $0.predicate == "attacked" }.count
        #expect(result.stderr.contains("attacked \(attacks)"))
        let top = graph.entities.max { ($0.mentionCount, $1.id) < ($1.mentionCount, $0.id) }!
        #expect(result.stderr.contains("most mentioned: \(top.name) (\(top.mentionCount))"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["graph.dot", "graph.graphml", "graph.jsonld"])
    }

    @Test("--format picks formats; an unknown one is a usage error naming it")
    func formats() throws {
        let out = try TestSupport.temporaryDirectory()
        let ok = try run(["build", TestSupport.seeds.path, "--out", out.path, "--format", "dot,jsonld", "--quiet"])
        #expect(ok.status == 0 && ok.stderr == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["graph.dot", "graph.jsonld"])
        let bad = try run(["build", TestSupport.seeds.path, "--out", out.path, "--format", "dot,gml"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("dot,gml"))
    }

    @Test("a missing input names the path and fails")
    func missingInput() throws {
        let result = try run(["build", "/no/such/articles", "--out", try TestSupport.temporaryDirectory().path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/no/such/articles: no such file or folder"))
    }

    @Test("validate accepts an export and reports each error with its line")
    func validate() throws {
        let file = try TestSupport.exportFile(TestSupport.seedGraph, GraphMLExporter())
        let good = try run(["validate", file.path, "--strict"])
        #expect(good.status == 0, "\(good.stderr)")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "edgedefault=\"directed\"", with: "edgedefault=\"sideways\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let bad = try run(["validate", file.path])
        #expect(bad.status == 1)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("sideways") }! + 1
        #expect(bad.stderr.contains("\(file.path):\(line): error:"))
    }

    @Test("build - reads an article from standard input")
    func standardInput() throws {
        let out = try TestSupport.temporaryDirectory()
        let result = try #require(try Programs.run(Programs.newsgraph, ["build", "-", "--out", out.path, "--quiet"],
                                                   stdin: Data("Brazil and Argentina agreed to a new trade deal.".utf8)))
        #expect(result.status == 0, "\(result.stderr)")
        let graphml = try String(contentsOf: out.appendingPathComponent("graph.graphml"), encoding: .utf8)
        #expect(graphml.contains(">Argentina<") && graphml.contains(">agreedWith<"))
    }

    @Test("benchmark prints each figure with its target; copies of the seeds give the seeds' own graph")
    func benchmark() throws {
        let result = try run(["benchmark", TestSupport.seeds.path, "--megabytes", "1", "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("entity pipeline: ") && result.stdout.contains("MB/s on one core (target >= 50 MB/s)"))
        #expect(result.stdout.contains("relations add ") && result.stdout.contains("(target <= 20%)"))
        #expect(result.stdout.contains("with --jobs 2: ") && result.stdout.contains("(target >= 1.8x on 2 cores)"))
        let graph = TestSupport.seedGraph
        #expect(result.stdout.contains("graph: \(graph.entities.count) nodes, \(graph.relations.count) edges"))
    }

    @Test("extract two shards, merge the parts: the same files as build's (the committed out/)")
    func extractMerge() throws {
        let folder = try TestSupport.temporaryDirectory()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: TestSupport.seeds.path).sorted()
        var shards: [URL] = []
        for (n, names) in [Array(seeds.prefix(2)), Array(seeds.dropFirst(2))].enumerated() {
            let shard = folder.appendingPathComponent("shard\(n)")
            try FileManager.default.createDirectory(at: shard, withIntermediateDirectories: true)
            for name in names {
                try FileManager.default.copyItem(at: TestSupport.seeds.appendingPathComponent(name), to: shard.appendingPathComponent(name))
            }
            let part = folder.appendingPathComponent("part\(n).jsonl")
            let result = try run(["extract", shard.path, "--out", part.path])
            #expect(result.status == 0, "\(result.stderr)")
            shards.append(part)
        }
        let out = folder.appendingPathComponent("out")
        let result = try run(["merge", shards[1].path, shards[0].path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(seeds.count) documents merged from 2 parts"))
        for name in ["graph.graphml", "graph.dot", "graph.jsonld"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: TestSupport.out.appendingPathComponent(name)),
                    "\(name) differs from build's")
        }
        // The same part twice: an error naming it, and the exports already there stay.
        let again = try run(["merge", shards[0].path, shards[0].path, "--out", out.path])
        #expect(again.status == 65)
        #expect(again.stderr.contains(shards[0].path) && again.stderr.contains("already used"))
        #expect(try Data(contentsOf: out.appendingPathComponent("graph.graphml")) == Data(contentsOf: TestSupport.out.appendingPathComponent("graph.graphml")))
    }
}
