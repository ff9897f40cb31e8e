import Foundation
import Testing
@testable import NewsGraph

/// The committed `out/` and `Schemas/context.jsonld` are exactly what the current code
/// writes, so every change's effect on the graph shows in review.
///
/// Run with `RECORD_GOLDEN=1` to rewrite them; such a run fails on purpose.
@Suite("Golden files")
struct GoldenOutputTests {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    @Test("out/ holds the current exports of seeds/, byte for byte (svg rendered by Graphviz)")
    func outIsFresh() throws {
        guard ExecutableFinder.find("dot") != nil else {
            Issue.record("Graphviz's dot is not installed (apt-get install graphviz): out/graph.svg cannot be checked")
            return
        }
        let directory = try TestSupport.temporaryDirectory()
        // PNG bytes depend on the machine's fonts and cairo; the picture is checked elsewhere.
        let formats = try ["graphml", "dot", "jsonld", "svg"].map(Exporters.named)
        _ = try BuildJob.export(TestSupport.seedGraph, formats: formats, to: directory)
        for format in formats {
            let name = "graph." + format.fileExtension
            try compare(directory.appendingPathComponent(name), TestSupport.out.appendingPathComponent(name))
        }
    }

    @Test("Schemas/context.jsonld is the context the JSON-LD exporter writes")
    func contextIsFresh() throws {
        let file = try TestSupport.temporaryDirectory().appendingPathComponent("context.jsonld")
        try AtomicFileWriter.write(to: file) { try JSONLDExporter.context(for: TestSupport.resources.vocabulary, to: $0) }
        try compare(file, TestSupport.root.appendingPathComponent("Schemas/context.jsonld"))
    }

    private func compare(_ fresh: URL, _ committed: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let new = try Data(contentsOf: fresh)
        if Self.recording {
            try new.write(to: committed)
            Issue.record("recorded \(committed.path); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let old = try? Data(contentsOf: committed) else {
            Issue.record("\(committed.path) is missing: run `RECORD_GOLDEN=1 swift test --filter Golden`", sourceLocation: sourceLocation)
            return
        }
        if old != new {
            let diff = try Programs.run("diff", ["-u", committed.path, fresh.path])
            Issue.record("\(committed.lastPathComponent) differs from what the code writes now (RECORD_GOLDEN=1 updates it):\n\(diff?.stdout.prefix(4000) ?? "")",
                         sourceLocation: sourceLocation)
        }
    }
}
