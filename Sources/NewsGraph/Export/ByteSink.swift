import Foundation

/// Where an exporter's bytes go: a file being written, or memory in tests.
///
/// Exporters write as they go, so a large graph is never held twice in memory.
public protocol ByteSink: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ByteSink {
    /// Writes a string as UTF-8.
    public func write(_ string: String) throws {
        var string = string
        try string.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}

/// Collects bytes in memory.
public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public func write(_ buffer: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: buffer) }
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// A buffered writer to an open file descriptor.
public final class FileSink: ByteSink {
    private let handle: FileHandle
    private let path: String
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    public init(handle: FileHandle, path: String) {
        self.handle = handle
        self.path = path
        buffer.reserveCapacity(capacity)
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw ExportError.io(path: path, reason: ExportError.systemReason(error))
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// An export could not be written.
public enum ExportError: Error, CustomStringConvertible {
    /// The file cannot be created or put in place (missing or unwritable folder…).
    case write(path: String, reason: String)
    /// Writing failed part way (disk full, I/O error); nothing was put in place.
    case io(path: String, reason: String)
    case unknownFormat(String, known: [String])
    case tool(name: String, reason: String)

    /// The operating system's words for a file error (`No space left on device`), when known.
    static func systemReason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if error.domain == NSCocoaErrorDomain, error.code == NSFileWriteOutOfSpaceError { return String(cString: strerror(ENOSPC)) }
        return error.localizedFailureReason ?? error.localizedDescription
    }

    public var description: String {
        switch self {
        case let .write(path, reason), let .io(path, reason): return "cannot write \(path): \(reason)"
        case let .unknownFormat(name, known): return "unknown format '\(name)' (known: \(known.joined(separator: ", ")))"
        case let .tool(name, reason): return "\(name): \(reason)"
        }
    }
}
