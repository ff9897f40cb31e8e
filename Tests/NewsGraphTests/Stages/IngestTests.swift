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
}
