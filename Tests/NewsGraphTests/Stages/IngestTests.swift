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
        let root = try folder(["a.txt": Array("One.".utf8), "sub/deeper/b.txt": Array("Two.".utf8), "c.pdf": Array("x".utf8), ".hidden.txt": Array("h".utf8)])
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

    static let page = """
    <!DOCTYPE html><html><head><title>Deal signed | Daily Example</title>
    <meta property="og:title" content="Kenya and Tanzania sign border deal">
    <meta property="article:published_time" content="2023-03-10T08:00:00Z">
    <link rel="canonical" href="https://news.example.org/deal">
    <script>var x = "Uganda attacked Rwanda";</script></head><body>
    <header><nav><a href="/">Home</a> World</nav></header>
    <div class="share-buttons">Share on Facebook</div>
    <main><article><h1>Kenya and Tanzania sign border deal</h1>
    <p>Kenya's Foreign Minister Musalia Mudavadi met with Tanzania's Foreign Minister January Makamba in Arusha on Thursday.</p>
    <div class="related-articles"><ul><li>Ethiopia and Eritrea hold talks</li></ul></div>
    <p>The two ministers agreed to reopen the border crossing, officials said after the talks.</p></article></main>
    <!-- Somalia comment --><aside>Most read: Sudan</aside><footer>Copyright Daily Example</footer>
    <div id="comments"><form>Leave a comment</form></div></body></html>
    """

    @Test("HTML: the article text by structure, title, date and canonical URL from the head; furniture dropped")
    func html() throws {
        let root = try folder(["story.html": Array(Self.page.utf8)])
        let (documents, diagnostics) = try DocumentLoader().load([root.path])
        #expect(diagnostics.isEmpty)
        let document = try #require(documents.first)
        #expect(document.id == "story")
        #expect(document.title == "Kenya and Tanzania sign border deal")
        #expect(document.date?.description == "2023-03-10")
        #expect(document.url == "https://news.example.org/deal")
        #expect(document.text.contains("Musalia Mudavadi met with"))
        #expect(document.text.contains("The two ministers agreed"))
        for furniture in ["Uganda", "Share on Facebook", "Home", "Ethiopia", "Somalia", "Sudan", "Copyright", "Leave a comment"] {
            #expect(!document.text.contains(furniture), "\(furniture) leaked into the text")
        }
        let graph = try TestSupport.pipeline.run(documents).graph
        #expect(graph.relations.contains { $0.predicate == "metWith" })
    }

    @Test("HTML: a page title keeps the headline, not the section and site names after it")
    func htmlHeadline() throws {
        let page = "<html><head><title>Kenya and Ethiopia sign energy deal | Africa | World News</title></head>"
            + "<body><article><p>Ethiopian Prime Minister Abiy Ahmed hosted Kenyan President William Ruto in Addis Ababa.</p></article>"
            + "<footer>World News</footer></body></html>"
        let document = try HTMLArticleExtractor.standard().document(id: "p", html: Array(page.utf8))
        #expect(document.title == "Kenya and Ethiopia sign energy deal")
        #expect(!document.text.contains("World News"))
        #expect(HTMLArticleExtractor.headline("Q&A: what next? | ") == "Q&A: what next?")
        #expect(HTMLArticleExtractor.headline(" | Site") == " | Site")
    }

    @Test("HTML: broken and deeply nested markup is read without crashing")
    func hostileHTML() throws {
        let nested = String(repeating: "<div>", count: 20_000) + "<p>Chile and Peru agreed to talks in Lima on Monday, the ministry said.</p>"
        let root = try folder(["broken.htm": Array("<html><body><p>Unclosed <b>bold <i>text<p>Chile and Peru agreed to talks.".utf8),
                               "nested.html": Array(nested.utf8), "empty.html": Array("<html><body><script>x</script></body></html>".utf8)])
        let (documents, diagnostics) = try DocumentLoader().load([root.path])
        #expect(documents.map(\.id) == ["broken", "nested"])
        #expect(documents.allSatisfy { $0.text.contains("Chile and Peru agreed") })
        #expect(diagnostics.map(\.message) == ["no article text found in the page, skipped"])
    }

    @Test("the pipeline reports progress after each document, ending at the total")
    func progress() throws {
        final class Log: @unchecked Sendable { var calls: [(Int, Int)] = [] }
        let log = Log()
        var pipeline = TestSupport.pipeline
        pipeline.progress = { done, total in log.calls.append((done, total)) }
        _ = try pipeline.run((0..<3).map { Document(id: "d\($0)", text: "Chile and Peru agreed to talks.") })
        #expect(log.calls.map(\.0) == [1, 2, 3])
        #expect(log.calls.allSatisfy { $0.1 == 3 })
    }
}
