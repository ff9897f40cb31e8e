/// A problem with one input that does not stop the run: reported, then work goes on.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case note, warning, error }
    public var severity: Severity
    /// The file (or document id) the problem is about.
    public var source: String
    /// 1-based line, when known.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, source: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.source = source
        self.line = line
        self.message = message
    }

    /// `path:line: warning: message`, the form compilers use.
    public var description: String {
        "\(source)\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)"
    }
}
