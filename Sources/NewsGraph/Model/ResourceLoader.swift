import Foundation

/// A data file is missing or malformed.
public enum ResourceError: Error, CustomStringConvertible {
    case missing(String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case let .missing(name): return "data file \(name) is missing or unreadable"
        case let .invalid(name, why): return "\(name): \(why)"
        }
    }
}

/// Finds and decodes the data files shipped in the package's resources.
public enum ResourceLoader {
    /// The folder of the shipped resources (`Resources/`).
    public static var resourcesURL: URL {
        Bundle.module.bundleURL.appendingPathComponent("Resources", isDirectory: true)
    }

    /// A file under `Resources/Data/`.
    public static func dataURL(_ name: String) throws -> URL {
        let url = resourcesURL.appendingPathComponent("Data", isDirectory: true).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw ResourceError.missing(name) }
        return url
    }

    /// A file under `Resources/Schemas/` (the repository's `Schemas/`).
    public static func schemaURL(_ name: String) throws -> URL {
        let url = resourcesURL.appendingPathComponent("Schemas", isDirectory: true).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw ResourceError.missing("Schemas/" + name) }
        return url
    }

    /// Decodes a JSON file, naming the file and the problem on failure.
    public static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw ResourceError.missing(url.path) }
        do { return try JSONDecoder().decode(T.self, from: data) } catch let error as DecodingError {
            throw ResourceError.invalid(url.path, describe(error))
        } catch {
            throw ResourceError.invalid(url.path, String(describing: error))
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .dataCorrupted(context), let .keyNotFound(_, context), let .typeMismatch(_, context), let .valueNotFound(_, context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
        @unknown default:
            return String(describing: error)
        }
    }
}
