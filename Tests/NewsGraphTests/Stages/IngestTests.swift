import Foundation
import Testing
@testable import NewsGraph

@Suite("Reading articles")
struct IngestTests {
    func folder(_ files: [String: [UInt8]]) throws -> URL {
        let root = try TestSupport.temporaryDirectory()
        for (name, bytes) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    @Test("folders are searched recursively for .txt; ids are file names without extension")
    func recursive() throws {
        let root = try folder(["a.txt": Array("One.".utf8), "sub/deeper/b.txt": Array("Two.".utf8), "c.html": Array("x".utf8), ".hidden.txt": Array("h".utf8)])
        let (documents, diagnostics) = try DocumentLoader().load([root.path])
        #expect(documents.map(\.id) == ["a", "b"])
        #expect(diagnostics.isEmpty)
    }

    @Test("invalid UTF-8 is decoded with replacement and reported once, with its line")
    func invalidUTF8() throws {
        let root = try folder(["bad.txt": Array("fine\nbad \u{FF} here \u{FE}\n".utf8).map { $0 == 0xC3 ? 0xFF : $0 }])
        let (documents, diagnostics) = try DocumentLoader().load([root.path])
        #expect(documents.count == 1)
        #expect(documents[0].text.contains("\u{FFFD}"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.description.contains("bad.txt:2: warning: invalid UTF-8") == true)
    }

    @Test("empty and binary files are skipped with a warning naming them")
    func skipped() throws {
        let root = try folder(["empty.txt": [], "binary.txt": [0x00, 0x01, 0x02], "ok.txt": Array("Text.".utf8)])
        let (documents, diagnostics) = try DocumentLoader().load([root.path])
        #expect(documents.map(\.id) == ["ok"])
        #expect(diagnostics.map(\.message).sorted() == ["binary file (contains NUL bytes), skipped", "empty file, skipped"])
    }

    @Test("two files with the same id are an error naming both")
    func duplicateIDs() throws {
        let root = try folder(["x/a.txt": Array("1".utf8), "y/a.txt": Array("2".utf8)])
        #expect {
            _ = try DocumentLoader().load([root.path])
        } throws: { error in
            "\(error)".contains("x/a.txt") && "\(error)".contains("y/a.txt")
        }
    }

    @Test("JSON Lines: one article per line with title, date and url; bad lines reported with their number and skipped")
    func jsonLines() throws {
        let lines = [
            #"{"id": "a1", "text": "Kenya's Foreign Minister Musalia Mudavadi arrived in Nairobi.", "title": "Arrival", "date": "2023-03-10", "url": "https://example.org/a1"}"#,
            #"{"id": "a2", "text": "Second article."}"#,
            "not json at all",
            #"{"id": "a3"}"#,
            "",
            #"{"id": "a4", "text": "Fourth.", "date": "10 March"}"#,
        ]
        let root = try folder(["feed.jsonl": Array(lines.joined(separator: "\n").utf8)])
        let (documents, diagnostics) = try DocumentLoader().load([root.path])
        #expect(documents.map(\.id) == ["a1", "a2", "a4"])
        #expect(documents[0].title == "Arrival" && documents[0].date?.description == "2023-03-10" && documents[0].url == "https://example.org/a1")
        #expect(diagnostics.map { $0.line ?? 0 } == [3, 4, 6])
        #expect(diagnostics[1].message.contains("text"))
        // The metadata reaches the JSON-LD export.
        let graph = try TestSupport.pipeline.run(documents).graph
        let jsonld = String(decoding: try TestSupport.export(graph, JSONLDExporter()), as: UTF8.self)
        #expect(jsonld.contains(#""headline": "Arrival""#) && jsonld.contains(#""datePublished": "2023-03-10""#)
                && jsonld.contains(#""url": "https://example.org/a1""#))
    }

    @Test("'-' reads one article from standard input")
    func standardInput() throws {
        var loader = DocumentLoader()
        loader.readStandardInput = { Data("Chile and Peru agreed to talks.".utf8) }
        let (documents, _) = try loader.load(["-"])
        #expect(documents.map(\.id) == ["stdin"])
        #expect(documents[0].text == "Chile and Peru agreed to talks.")
    }
}
