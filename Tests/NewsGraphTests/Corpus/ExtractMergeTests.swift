import Foundation
import Testing
@testable import NewsGraph

/// `extract` and `merge`: parts made from any grouping of the articles, merged in any
/// grouping and order, give exactly the bytes of one `build`.
@Suite("Extract and merge")
struct ExtractMergeTests {
    static let formats = ["graphml", "dot", "jsonld", "csv", "gexf"]

    /// Writes documents as a part file and reads it back (the round trip a real part makes).
    static func roundTrip(_ documents: [AnalyzedDocument]) throws -> [AnalyzedDocument] {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("part.jsonl")
        try AtomicFileWriter.write(to: url) { try PartFile.write(documents, gazetteer: TestSupport.resources.gazetteer, to: $0) }
        return try PartFile.read(url, gazetteer: TestSupport.resources.gazetteer)
    }

    /// Splits `items` into 1…n random groups, in a random order.
    static func randomGroups<T>(_ items: [T], using generator: inout SplitMix64) -> [[T]] {
        let shuffled = items.shuffled(using: &generator)
        let count = Int.random(in: 1...shuffled.count, using: &generator)
        var groups = Array(repeating: [T](), count: count)
        for (index, item) in shuffled.enumerated() {
            groups[index < count ? index : Int.random(in: 0..<count, using: &generator)].append(item)
        }
        return groups.shuffled(using: &generator)
    }

    @Test("random groupings of articles and of parts, merged in random orders, give build's bytes")
    func anyGrouping() throws {
        let (seeds, _) = try DocumentLoader().load([TestSupport.seeds.path])
        let pipeline = TestSupport.pipeline
        let expected = try TestSupport.exportFiles(pipeline.run(seeds).graph, formats: Self.formats)
        var generator = SplitMix64(seed: 42)
        for trial in 0..<12 {
            // Map: extract each group of articles on its own, through a part file.
            var parts = try Self.randomGroups(seeds, using: &generator).map { try Self.roundTrip(pipeline.extract($0)) }
            // Combine parts into bigger parts, pairwise, in random order (associativity).
            while parts.count > 2, Bool.random(using: &generator) {
                parts.shuffle(using: &generator)
                let a = parts.removeLast(), b = parts.removeLast()
                parts.append(try Self.roundTrip(b + a))
            }
            // Reduce: merge whatever parts there are, in random order (commutativity).
            let merged = try pipeline.merge(parts.shuffled(using: &generator).flatMap { $0 }).graph
            let actual = try TestSupport.exportFiles(merged, formats: Self.formats)
            #expect(actual.keys.sorted() == expected.keys.sorted())
            for (file, bytes) in expected {
                #expect(actual[file] == bytes, "trial \(trial): \(file) differs from build's")
            }
        }
    }

    @Test("a part that is not one, a bad line, another gazetteer and a document twice are errors naming the file")
    func badParts() throws {
        let folder = try TestSupport.temporaryDirectory()
        let gazetteer = TestSupport.resources.gazetteer
        func part(_ name: String, _ text: String) throws -> URL {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let notPart = try part("notes.jsonl", "{\"id\": \"a\", \"text\": \"An article, not a part.\"}\n")
        #expect(throws: PartFile.ReadError.self) { try PartFile.read(notPart, gazetteer: gazetteer) }
        do { _ = try PartFile.read(notPart, gazetteer: gazetteer) } catch {
            #expect("\(error)".hasPrefix(notPart.path + ":1: not a NewsGraph part"))
        }
        let header = "{\"gazetteer\":\"\(gazetteer.fingerprint)\",\"newsgraph-part\":1}\n"
        let badLine = try part("bad.jsonl", header + "{\"id\": 3}\n")
        do { _ = try PartFile.read(badLine, gazetteer: gazetteer); Issue.record("no error") } catch {
            #expect("\(error)".hasPrefix(badLine.path + ":2: not a document record"))
        }
        let outside = try part("outside.jsonl", header + #"{"id":"x","text":"Short.","sentences":[{"start":0,"end":99}],"mentions":[],"relations":[]}"# + "\n")
        do { _ = try PartFile.read(outside, gazetteer: gazetteer); Issue.record("no error") } catch {
            #expect("\(error)".contains(outside.path + ":2: document 'x' has spans outside its text"))
        }
        let other = try part("other.jsonl", "{\"gazetteer\":\"1-abc\",\"newsgraph-part\":1}\n")
        do { _ = try PartFile.read(other, gazetteer: gazetteer); Issue.record("no error") } catch {
            #expect("\(error)".contains("extracted with another gazetteer"))
        }
        let (seeds, _) = try DocumentLoader().load([TestSupport.seeds.path])
        let documents = try TestSupport.pipeline.extract(Array(seeds.prefix(1)))
        #expect(throws: IngestError.self) { try TestSupport.pipeline.merge(documents + documents) }
    }
}
