import Foundation

/// Reads a JSON Lines collection of articles: one object per line,
/// `{"id": …, "text": …, "title"?: …, "date"?: "YYYY-MM-DD", "url"?: …}`.
///
/// A line that is not such an object is reported with its number and skipped; the rest
/// is read. Blank lines are ignored.
public enum JSONLinesReader {
    private struct Line: Decodable {
        var id: String
        var text: String
        var title: String?
        var date: String?
        var url: String?
    }

    /// The articles of `text`, each with its 1-based line number.
    public static func read(_ text: String, source: String, diagnostics: inout [Diagnostic]) -> [(line: Int, document: Document)] {
        var result: [(Int, Document)] = []
        let decoder = JSONDecoder()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            guard !line.allSatisfy({ $0.isWhitespace }) else { continue }
            let item: Line
            do { item = try decoder.decode(Line.self, from: Data(line.utf8)) } catch {
                diagnostics.append(Diagnostic(.warning, source: source, line: number, "not an article object (\(reason(error))), line skipped"))
                continue
            }
            guard !item.id.isEmpty, !item.text.isEmpty else {
                diagnostics.append(Diagnostic(.warning, source: source, line: number, "empty \(item.id.isEmpty ? "id" : "text"), line skipped"))
                continue
            }
            var date: CalendarDay? = nil
            if let given = item.date {
                date = CalendarDay(iso: String(given.prefix(10)))
                if date == nil { diagnostics.append(Diagnostic(.warning, source: source, line: number, "date '\(given)' is not YYYY-MM-DD, ignored")) }
            }
            result.append((number, Document(id: item.id, text: item.text, title: item.title, date: date, url: item.url)))
        }
        return result
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): return "no \"\(key.stringValue)\""
        case let DecodingError.typeMismatch(_, context): return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: return "invalid JSON"
        default: return "invalid"
        }
    }
}
