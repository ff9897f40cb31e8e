import Foundation
import Testing
import NewsGraphFuzzing

/// Every input the fuzzers (`Fuzz/run.sh`) ever failed on, kept in `Fuzz/regressions/`,
/// goes through the same harness again: no crash, every export accepted.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func cases(_ target: String) -> [String] {
        let folder = TestSupport.root.appendingPathComponent("Fuzz/regressions/\(target)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("saved ingest cases", arguments: cases("ingest"))
    func ingest(_ name: String) throws {
        let bytes = try Data(contentsOf: TestSupport.root.appendingPathComponent("Fuzz/regressions/ingest/\(name)"))
        FuzzHarness.ingest(Array(bytes))
    }

    @Test("saved export cases", arguments: cases("export"))
    func export(_ name: String) throws {
        let bytes = try Data(contentsOf: TestSupport.root.appendingPathComponent("Fuzz/regressions/export/\(name)"))
        FuzzHarness.export(Array(bytes))
    }

    @Test("the regression folders exist and the ingest one has cases")
    func folders() {
        #expect(!Self.cases("ingest").isEmpty)
    }
}
