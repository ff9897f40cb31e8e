/// An error raised by the libxml2 layer.
public enum XMLError: Error, CustomStringConvertible, Equatable {
    /// A libxml2 function returned a failure code.
    case call(String, code: Int32)
    /// The writer was used after ``XMLStreamWriter/finish()``.
    case finished
    /// A schema could not be read or compiled.
    case schema(path: String, messages: [String])

    public var description: String {
        switch self {
        case let .call(function, code): return "libxml2 \(function) failed (code \(code))"
        case .finished: return "the XML writer was already finished"
        case let .schema(path, messages):
            return "cannot compile schema \(path)" + (messages.isEmpty ? "" : ": " + messages.joined(separator: "; "))
        }
    }
}
