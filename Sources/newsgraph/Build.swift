import ArgumentParser
import Foundation
import NewsGraph

extension NewsGraphCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the graph from articles and write the exports.",
            discussion: "Formats: " + Exporters.all.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ") + "."
        )

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: "Folder to write graph.<format> files into (created if missing).")
        var out: String

        @OptionGroup var export: ExportOptions

        func run() throws {
            let job = BuildJob(inputs: input.inputs, outputDirectory: URL(fileURLWithPath: out), formats: export.format.exporters,
                               jobs: input.options.jobs)
            do {
                var pipeline = try input.pipeline()
                pipeline.includeCooccurrence = export.cooccurrence
                if !export.quiet, isatty(2) != 0 {
                    // Progress for long runs, on a terminal only: one line rewritten in place.
                    pipeline.progress = { done, total in
                        guard total >= 200, done % 100 == 0 || done == total else { return }
                        FileHandle.standardError.write(Data("\rnewsgraph: \(done)/\(total) documents\(done == total ? "\n" : "")".utf8))
                    }
                }
                let report = try job.run(pipeline: pipeline)
                for diagnostic in report.diagnostics { StandardError.print(diagnostic.description) }
                if !export.quiet {
                    StandardError.print(report.summary)
                    for line in report.graph.summary() { StandardError.print("  " + line) }
                }
            } catch {
                throw ExitStatus.fail(error)
            }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a GraphML file against the GraphML 1.1 XSD (offline, with libxml2).",
            discussion: "Prints each problem as FILE:LINE: error: MESSAGE and exits 1 when there is any."
        )

        @Argument(help: "The GraphML file to check.")
        var file: String

        @Flag(help: "Also check against NewsGraph's own schema (exact keys, entity types).")
        var strict = false

        func run() throws {
            guard FileManager.default.isReadableFile(atPath: file) else {
                StandardError.print("newsgraph: error: \(file): no such file or not readable")
                throw ExitCode.failure
            }
            var problems = 0
            let schemas: [GraphMLValidation.Schema] = strict ? [.graphml, .newsgraph] : [.graphml]
            for schema in schemas {
                do {
                    for issue in try GraphMLValidation.validate(fileAt: file, against: schema) {
                        StandardError.print("\(file):\(issue.line): error: \(issue.message) [\(schema.rawValue) schema]")
                        problems += 1
                    }
                } catch {
                    StandardError.print("newsgraph: error: \(error)")
                    throw ExitCode.failure
                }
            }
            if problems > 0 { throw ExitCode.failure }
            print("\(file): valid (\(schemas.map(\.rawValue).joined(separator: ", ")))")
        }
    }
}

enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
