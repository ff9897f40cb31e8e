import Foundation
import Testing
@testable import NewsGraph

/// A distributed run on a real engine: Apache Spark (PySpark, local mode) pipes article
/// shards through `newsgraph extract` and the driver merges the parts.
@Suite("Apache Spark")
struct SparkTests {
    @Test("Spark maps shards through extract, merge reduces the parts: build's bytes", arguments: [1, 3])
    func sparkRun(shards: Int) throws {
        guard ExecutableFinder.find("java") != nil else {
            Issue.record("Java is not installed (apt-get install openjdk-17-jre-headless): PySpark cannot start, this test cannot run")
            return
        }
        let check = try #require(try Programs.run("python3", ["-c", "import pyspark"]))
        guard check.status == 0 else {
            Issue.record("PySpark is not installed (pip install -r Tests/Consumers/requirements.txt): this test cannot run")
            return
        }
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("out")
        let result = try #require(try Programs.run("python3", [TestSupport.consumers.appendingPathComponent("spark_extract_merge.py").path,
                                                               Programs.newsgraph, TestSupport.seeds.path, out.path, "\(shards)"]))
        #expect(result.status == 0, "\(result.stderr.suffix(3000))")
        let articles = try FileManager.default.contentsOfDirectory(atPath: TestSupport.seeds.path).filter { $0.hasSuffix(".txt") }.count
        #expect(result.stdout.contains("spark: \(articles) articles in \(min(shards, articles)) parts"))
        for name in ["graph.graphml", "graph.dot", "graph.jsonld"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: TestSupport.out.appendingPathComponent(name)),
                    "\(name) from Spark differs from build's")
        }
    }
}
