import Foundation

/// Writes a file by writing a temporary file beside it and renaming it into place, so
/// a failure never leaves a half-written file or destroys the previous one.
public enum AtomicFileWriter {
    /// Creates `url` with the bytes `body` writes.
    /// - Throws: ``ExportError/write(path:reason:)`` naming the file; the temporary file is removed.
    public static func write(to url: URL, _ body: (FileSink) throws -> Void) throws {
        let temporary = try writeTemporary(for: url, body)
        try commit(temporary, to: url)
    }

    /// Writes the bytes meant for `url` to a temporary file beside it and returns that file.
    /// Nothing at `url` changes until ``commit(_:to:)``.
    public static func writeTemporary(for url: URL, _ body: (FileSink) throws -> Void) throws -> URL {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw ExportError.write(path: url.path, reason: Self.reasonForCreateFailure(directory))
        }
        var succeeded = false
        defer { if !succeeded { try? FileManager.default.removeItem(at: temporary) } }
        let handle: FileHandle
        do { handle = try FileHandle(forWritingTo: temporary) } catch {
            throw ExportError.write(path: url.path, reason: error.localizedDescription)
        }
        do {
            let sink = FileSink(handle: handle, path: url.path)
            try body(sink)
            try sink.flush()
            try handle.synchronize()
            try handle.close()
        } catch let error as ExportError {
            try? handle.close()
            throw error
        } catch {
            try? handle.close()
            throw ExportError.io(path: url.path, reason: ExportError.systemReason(error))
        }
        succeeded = true
        return temporary
    }

    /// Moves a temporary file written by ``writeTemporary(for:_:)`` into place, atomically.
    public static func commit(_ temporary: URL, to url: URL) throws {
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.write(path: url.path, reason: reason)
        }
    }

    /// Removes temporary files that will not be committed.
    public static func discard(_ temporaries: [URL]) {
        for url in temporaries { try? FileManager.default.removeItem(at: url) }
    }

    private static func reasonForCreateFailure(_ directory: URL) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) { return "the folder \(directory.path) does not exist" }
        if !isDirectory.boolValue { return "\(directory.path) is not a folder" }
        if !FileManager.default.isWritableFile(atPath: directory.path) { return "the folder \(directory.path) is not writable" }
        return "cannot create a file in \(directory.path)"
    }
}
