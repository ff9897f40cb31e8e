import ArgumentParser
import NewsGraph

/// Exit statuses that say what went wrong (the BSD `sysexits` values, as many tools use):
///
/// | status | meaning |
/// |---|---|
/// | 0 | done (warnings about single inputs may have been printed) |
/// | 1 | any other failure |
/// | 64 | usage error (bad option or argument) |
/// | 65 | bad data: a duplicate document id, a malformed part file |
/// | 66 | no input: a path that does not exist or cannot be read, no articles at all |
/// | 73 | the output cannot be created (missing or unwritable folder, a file in the way) |
/// | 74 | writing failed part way (disk full, I/O error); earlier exports are left as they were |
enum ExitStatus {
    static let dataError: Int32 = 65, noInput: Int32 = 66, cannotCreate: Int32 = 73, ioError: Int32 = 74

    static func code(for error: any Error) -> Int32 {
        switch error {
        case let error as IngestError:
            if case .duplicateID = error { return dataError }
            return noInput
        case is PartFile.ReadError:
            return dataError
        case let error as ExportError:
            switch error {
            case .write: return cannotCreate
            case .io: return ioError
            case .unknownFormat: return 64
            case .tool: return 1
            }
        case let error as StageError:
            return code(for: error.underlying)
        default:
            return 1
        }
    }

    /// Prints the error and ends the command with its status.
    static func fail(_ error: any Error) -> ExitCode {
        StandardError.print("newsgraph: error: \(error)")
        return ExitCode(code(for: error))
    }
}
