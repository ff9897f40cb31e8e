import Foundation

/// An input cannot be used at all.
public enum IngestError: Error, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, String)
    case duplicateID(String, first: String, second: String)
    /// No article in the inputs; `skipped` says why files that were found were not used.
    case noDocuments([String], skipped: [Diagnostic] = [])

    public var description: String {
        switch self {
        case let .notFound(path): return "\(path): no such file or folder"
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .duplicateID(id, first, second): return "\(second): document id '\(id)' is already used by \(first); rename one of the files"
        case let .noDocuments(inputs, skipped) where !skipped.isEmpty:
            return "no articles to read in \(inputs.joined(separator: ", ")): " + skipped.map(\.description).joined(separator: "; ")
        case let .noDocuments(inputs, _): return "no articles found in \(inputs.joined(separator: ", ")) (looked for \(DocumentLoader.extensions.map { "." + $0 }.joined(separator: ", ")) files)"
        }
    }
}

/// Reads articles from files and folders.
///
/// Folders are searched recursively for `.txt` files; hidden files are skipped. A
/// document's id is its file name without extension. Invalid UTF-8 is decoded with
/// replacement characters and reported once per file; empty and binary files are
/// skipped with a warning.
public struct DocumentLoader: Sendable {
    /// File extensions read from folders: plain-text articles and JSON Lines collections.
    public static let extensions = ["txt", "jsonl", "html", "htm"]

    /// The input name that means standard input.
    public static let standardInput = "-"

    /// Reads standard input when it is named as an input (tests give their own).
    public var readStandardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }

    public init() {}

    /// Loads every article under `inputs`, sorted by id.
    /// - Returns: the documents and the warnings about individual files.
    public func load(_ inputs: [String]) throws -> (documents: [Document], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        func accept(_ document: Document, from source: String) throws {
            if let first = sources[document.id] { throw IngestError.duplicateID(document.id, first: first, second: source) }
            sources[document.id] = source
            documents.append(document)
        }
        for input in inputs {
            if input == Self.standardInput {
                let data = readStandardInput()
                let (text, replaced) = Self.decode(data)
                if let line = replaced { diagnostics.append(Diagnostic(.warning, source: "<stdin>", line: line, "invalid UTF-8, decoded with replacement characters")) }
                if text.isEmpty { diagnostics.append(Diagnostic(.warning, source: "<stdin>", "empty input, skipped")) } else {
                    try accept(Document(id: "stdin", text: text), from: "<stdin>")
                }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { throw IngestError.notFound(input) }
            if isDirectory.boolValue {
                files += try Self.articleFiles(under: input)
            } else {
                files.append(input)
            }
        }
        var htmlExtractor: HTMLArticleExtractor? = nil     // its rules are read once, at the first page
        for path in files.sorted() {
            let data: Data
            do { data = try Self.readFile(path) } catch {
                // One unreadable file does not stop a corpus run: it is reported and skipped.
                diagnostics.append(Diagnostic(.warning, source: path, "cannot read (\(error)), skipped"))
                continue
            }
            if data.isEmpty {
                diagnostics.append(Diagnostic(.warning, source: path, "empty file, skipped"))
                continue
            }
            if data.prefix(8192).contains(0) {
                diagnostics.append(Diagnostic(.warning, source: path, "binary file (contains NUL bytes), skipped"))
                continue
            }
            let (text, replaced) = Self.decode(data)
            if let line = replaced {
                diagnostics.append(Diagnostic(.warning, source: path, line: line, "invalid UTF-8, decoded with replacement characters"))
            }
            let lowered = path.lowercased()
            if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
                let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let document: Document
                do {
                    if htmlExtractor == nil { htmlExtractor = try HTMLArticleExtractor.standard() }
                    document = try htmlExtractor!.document(id: id, html: Array(data))
                } catch {
                    diagnostics.append(Diagnostic(.warning, source: path, "cannot read the page (\(error)), skipped"))
                    continue
                }
                if document.text.isEmpty {
                    diagnostics.append(Diagnostic(.warning, source: path, "no article text found in the page, skipped"))
                    continue
                }
                try accept(document, from: path)
                continue
            }
            if lowered.hasSuffix(".jsonl") {
                for (line, document) in JSONLinesReader.read(text, source: path, diagnostics: &diagnostics) {
                    try accept(document, from: "\(path):\(line)")
                }
                continue
            }
            try accept(Document(id: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, text: text), from: path)
        }
        guard !documents.isEmpty else { throw IngestError.noDocuments(inputs, skipped: diagnostics) }
        return (documents.sorted { $0.id < $1.id }, diagnostics)
    }

    static func articleFiles(under folder: String) throws -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw IngestError.unreadable(folder, "cannot list the folder")
        }
        var files: [String] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url.path) }
        }
        return files
    }

    /// UTF-8 decoding with replacement; also returns the 1-based line of the first invalid sequence.
    static func decode(_ data: Data) -> (String, Int?) {
        if let text = String(validatingUTF8CString: data) { return (text, nil) }
        let text = String(decoding: data, as: UTF8.self)
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\u{FFFD}" { return (text, line) }
            if scalar == "\n" { line += 1 }
        }
        return (text, nil)
    }
}

extension String {
    /// Strict UTF-8 decoding of `data`; nil when it is not valid UTF-8.
    init?(validatingUTF8CString data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        self = text
    }
}

extension DocumentLoader {
    /// A file's bytes, read with POSIX calls so a failure says why (`Permission denied`,
    /// `Input/output error`, `Is a directory`).
    struct ReadFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func readFile(_ path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadFailure(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        var data = Data(capacity: fstat(descriptor, &status) == 0 && status.st_size > 0 ? Int(status.st_size) : 1 << 16)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(description: String(cString: strerror(errno)))
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }
}
