import Foundation
import Testing
@testable import NewsGraph

/// The hostile-input matrix: each input gets a clear message naming the file, no crash, an
/// exit status that says what happened, and the exports already in `--out` left intact
/// when the run fails (valid ones written when it succeeds).
@Suite("Hostile input")
struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Creates the inputs in the folder and returns the command's arguments before `--out`.
        let make: @Sendable (URL) throws -> [String]
        let status: Int32
        /// Text stderr must contain (`$DIR` stands for the case's folder).
        let messages: [String]
        var testDescription: String { name }
    }

    static let article = "Iran and Pakistan agreed on Friday to resume talks, the Foreign Office said.\n"

    static func write(_ folder: URL, _ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static let cases: [Case] = [
        Case(name: "an empty file alone", make: { [try write($0, "empty.txt", [])] },
             status: 66, messages: ["$DIR/empty.txt", "empty file"]),
        Case(name: "an empty file beside an article",
             make: { [try write($0, "empty.txt", []), try write($0, "good.txt", Array(article.utf8))] },
             status: 0, messages: ["$DIR/empty.txt: warning: empty file, skipped"]),
        Case(name: "a binary file", make: { [try write($0, "image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]), try write($0, "good.txt", Array(article.utf8))] },
             status: 0, messages: ["$DIR/image.txt: warning: binary file"]),
        Case(name: "invalid UTF-8 on line 2", make: { [try write($0, "bad.txt", Array("Iran said.\n".utf8) + [0xC3, 0x28, 0xFF] + Array(article.utf8))] },
             status: 0, messages: ["$DIR/bad.txt:2: warning: invalid UTF-8"]),
        Case(name: "control characters, lone surrogates, a BOM and CRLF",
             make: { [try write($0, "controls.txt", [0xEF, 0xBB, 0xBF] + Array("Iran\u{0001} and\u{0007} Pakistan agreed.\r\nThe \u{000B}Foreign Office said so.\r\n".utf8) + [0xED, 0xA0, 0x80, 0x0A])] },
             status: 0, messages: ["$DIR/controls.txt:3: warning: invalid UTF-8"]),
        Case(name: "broken and deeply nested HTML (20,000 divs)",
             make: { [try write($0, "page.html", Array(("<html><body><p>Iran and Pakistan <b>agreed" + String(repeating: "<div>", count: 20_000) + "</span></p></td>").utf8))] },
             status: 0, messages: []),
        Case(name: "JSON Lines with bad lines",
             make: { [try write($0, "items.jsonl", Array("{\"id\":\"a\",\"text\":\"Iran and Pakistan agreed.\"}\nnot json\n{\"id\":\"b\"}\n".utf8))] },
             status: 0, messages: ["$DIR/items.jsonl:2: warning: not an article object (invalid JSON)", "$DIR/items.jsonl:3: warning: not an article object (no \"text\")"]),
        Case(name: "a 100 MB single-line file", make: { folder in
                 let sentence = Array("Officials in Islamabad said the talks with Iran went well and both sides agreed to meet again. ".utf8)
                 var bytes: [UInt8] = []
                 bytes.reserveCapacity(100_000_000)
                 while bytes.count + sentence.count <= 100_000_000 { bytes += sentence }
                 return [try write(folder, "long.txt", bytes)]
             }, status: 0, messages: ["1 documents read"]),
        Case(name: "a folder of 100,000 files", make: { folder in
                 let many = folder.appendingPathComponent("many")
                 try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
                 let bytes = Data(article.utf8)
                 for n in 0..<100_000 { try bytes.write(to: many.appendingPathComponent(String(format: "a%06d.txt", n))) }
                 return [many.path]
             }, status: 0, messages: ["100000 documents read"]),
        Case(name: "an unreadable file (reading gives an I/O error)", make: { folder in
                 let link = folder.appendingPathComponent("unreadable.txt")
                 try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/proc/self/mem")
                 return [link.path, try write(folder, "good.txt", Array(article.utf8))]
             }, status: 0, messages: ["$DIR/unreadable.txt: warning: cannot read (Input/output error), skipped"]),
        Case(name: "a path that does not exist", make: { [$0.appendingPathComponent("missing.txt").path] },
             status: 66, messages: ["$DIR/missing.txt: no such file or folder"]),
    ]

    @Test("each hostile input: a clear message, the right exit status, exports intact or valid", arguments: cases)
    func hostile(_ testCase: Case) throws {
        let folder = try TestSupport.temporaryDirectory()
        let out = folder.appendingPathComponent("out")
        // Exports from an earlier run, which a failed run must leave as they are.
        let earlier = try #require(try Programs.run(Programs.newsgraph, ["build", "-", "--out", out.path, "--quiet"], stdin: Data(Self.article.utf8)))
        #expect(earlier.status == 0)
        let before = try Self.snapshot(out)
        let inputs = try testCase.make(folder)
        let result = try #require(try Programs.run(Programs.newsgraph, ["build"] + inputs + ["--out", out.path]))
        #expect(result.status == testCase.status, "status \(result.status): \(result.stderr.prefix(2000))")
        #expect(!result.stderr.contains("Fatal error") && result.status < 128, "crashed: \(result.stderr.prefix(2000))")
        for message in testCase.messages {
            let expected = message.replacingOccurrences(of: "$DIR", with: folder.path)
            #expect(result.stderr.contains(expected), "stderr lacks '\(expected)': \(result.stderr.prefix(2000))")
        }
        if result.status != 0 {
            #expect(try Self.snapshot(out) == before, "a failed run changed the exports")
        } else {
            let graphml = out.appendingPathComponent("graph.graphml").path
            #expect(try GraphMLValidation.validate(fileAt: graphml, against: .graphml).isEmpty)
        }
    }

    @Test("--out that cannot be a folder (a file in the way): status 73 naming it, nothing written")
    func outputBlocked() throws {
        let file = try TestSupport.temporaryDirectory().appendingPathComponent("taken")
        try Data("keep".utf8).write(to: file)
        let result = try #require(try Programs.run(Programs.newsgraph, ["build", TestSupport.seeds.path, "--out", file.path]))
        #expect(result.status == 73)
        #expect(result.stderr.contains(file.path) && result.stderr.contains("not a folder"))
        #expect(try Data(contentsOf: file) == Data("keep".utf8))
    }

    @Test("the disk fills up while writing: status 74 naming the file, the earlier exports intact, no temporary files")
    func diskFull() throws {
        // A real full disk: a small tmpfs, when this machine lets the test mount one.
        let mountPoint = try TestSupport.temporaryDirectory().appendingPathComponent("small")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        guard let mount = try Programs.run("mount", ["-t", "tmpfs", "-o", "size=96k", "tmpfs", mountPoint.path]), mount.status == 0 else {
            // No tmpfs here (it needs root and CAP_SYS_ADMIN): inject the writer fault instead.
            print("HostileInputTests: cannot mount a tmpfs, using an injected writer fault")
            let directory = try TestSupport.temporaryDirectory()
            _ = try BuildJob.export(TestSupport.seedGraph, formats: [GraphMLExporter.self, DOTExporter.self], to: directory)
            let before = try Self.snapshot(directory)
            #expect(throws: ExportError.self) {
                _ = try BuildJob.export(TestSupport.seedGraph, formats: [DOTExporter.self, ExportPropertiesTests.FailingExporter.self], to: directory)
            }
            #expect(try Self.snapshot(directory) == before)
            return
        }
        defer { _ = try? Programs.run("umount", [mountPoint.path]) }
        let out = mountPoint.appendingPathComponent("out")
        let small = try #require(try Programs.run(Programs.newsgraph, ["build", "-", "--out", out.path, "--quiet"], stdin: Data(Self.article.utf8)))
        #expect(small.status == 0, "\(small.stderr)")
        let before = try Self.snapshot(out)
        // The seeds' exports (with GEXF and CSV) do not fit in what is left.
        let result = try #require(try Programs.run(Programs.newsgraph, ["build", TestSupport.seeds.path, "--out", out.path, "--format", "graphml,dot,jsonld,gexf,csv"]))
        #expect(result.status == 74, "status \(result.status): \(result.stderr)")
        #expect(result.stderr.contains(out.path) && result.stderr.contains("No space left on device"), "\(result.stderr)")
        #expect(try Self.snapshot(out) == before)
    }

    /// Every file in the folder with its bytes (temporary files included, so leftovers show).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }
}
