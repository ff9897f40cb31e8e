import Foundation
import Testing
@testable import NewsGraph

@Suite("DOT export")
struct DOTExporterTests {
    @Test("dot and sfdp render the seeds export with nothing on stderr", arguments: ["dot", "sfdp"])
    func rendersCleanly(engine: String) throws {
        let dot = try TestSupport.export(TestSupport.seedGraph, DOTExporter())
        let result = try #require(try Programs.run(engine, ["-Tsvg"], stdin: Data(dot)))
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("<svg"))
    }

    @Test("hostile and random names and DOT keywords render, and Graphviz reads back every label exactly",
          arguments: ["dot", "sfdp"], SyntheticGraphs.testGraphs.dropFirst())
    func hostileNames(engine: String, which: String) throws {
        let graph = try SyntheticGraphs.named(which)
        let dot = try TestSupport.export(graph, DOTExporter())
        let svg = try #require(try Programs.run(engine, ["-Tsvg"], stdin: Data(dot)))
        #expect(svg.status == 0)
        #expect(svg.stderr == "")
        // -Tjson shows each node's attributes as Graphviz parsed them.
        let json = try #require(try Programs.run("dot", ["-Tjson"], stdin: Data(dot)))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let objects = try #require(parsed["objects"] as? [[String: Any]])
        var labels: [String: String] = [:]
        for object in objects { if let name = object["name"] as? String, let label = object["label"] as? String { labels[name] = label } }
        for entity in graph.entities {
            let label = try #require(labels[entity.id.rawValue], "Graphviz lost node \(entity.id)")
            #expect(label == Self.dotLevel(entity.name), "label of \(entity.name.debugDescription)")
        }
    }

    /// A name as Graphviz holds it after parsing a quoted string: escapes for backslash and
    /// newline kept as escString, `&` as an entity, control characters gone.
    static func dotLevel(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "&": out += "&amp;"
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    @Test("every id is quoted; symmetric edges have no arrowhead; labels carry predicate and date")
    func edgeStyle() throws {
        let graph = TestSupport.seedGraph
        let text = String(decoding: try TestSupport.export(graph, DOTExporter()), as: UTF8.self)
        for relation in graph.relations {
            let line = try #require(text.split(separator: "\n").first { $0.contains("\"\(relation.subject.rawValue)\" -> \"\(relation.object.rawValue)\"") && $0.contains("label=\"\(relation.predicate)") })
            #expect(line.contains("dir=\"none\"") == relation.symmetric)
            for date in relation.dates { #expect(line.contains(date.description)) }
        }
        for type in EntityType.allCases { #expect(text.contains("\"legend:\(type.rawValue)\"")) }
    }

    @Test("svg and png are rendered by Graphviz: an SVG document and a PNG image of real size")
    func pictures() throws {
        guard ExecutableFinder.find("dot") != nil else {
            Issue.record("Graphviz's dot is not installed (apt-get install graphviz)")
            return
        }
        let svg = String(decoding: try TestSupport.export(TestSupport.seedGraph, SVGExporter()), as: UTF8.self)
        #expect(svg.contains("<svg") && svg.contains(TestSupport.seedGraph.entities[0].name.replacingOccurrences(of: "&", with: "&amp;")))
        let png = try TestSupport.export(TestSupport.seedGraph, PNGExporter())
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height, big-endian, at bytes 16..<24.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 200 && height > 200)
    }

    @Test("a missing Graphviz program is an error naming it")
    func missingGraphviz() {
        #expect {
            _ = try GraphvizRunner.render(Array("digraph {}".utf8), engine: "no-such-graphviz-engine", format: "svg")
        } throws: { error in
            "\(error)".contains("no-such-graphviz-engine") && "\(error)".contains("apt-get install graphviz")
        }
    }

    @Test("quote escapes quotes, backslashes, newlines and drops control characters")
    func quoting() {
        #expect(DOTExporter.quote("a\"b\\c\nd\u{1}e") == "\"a\\\"b\\\\c\\nde\"")
        #expect(DOTExporter.quote("A & B", label: true) == "\"A &amp; B\"")
        #expect(DOTExporter.quote("node") == "\"node\"")
    }
}
