import Foundation

/// A partial graph: the per-document results of extraction (everything the corpus stages
/// need), as JSON Lines, so extraction can run on many machines and the parts be merged.
///
/// The first line is a header (`{"newsgraph-part":1}`); each further line is one document,
/// in id order, with its cleaned text, sentences, mentions and relations. Keys are sorted,
/// so the same documents always give the same bytes.
public enum PartFile {
    public static let formatVersion = 1

    struct Header: Codable {
        var newsgraphPart: Int
        /// ``Gazetteer/fingerprint`` of the gazetteer the part was extracted with: mentions
        /// point into it, so parts only merge with the same one.
        var gazetteer: String
        enum CodingKeys: String, CodingKey { case newsgraphPart = "newsgraph-part", gazetteer }
    }

    /// One document's extraction results.
    struct Record: Codable {
        var id: String
        var url: String?
        var title: String?
        var date: CalendarDay?
        var datelineDay: DateReference?
        /// The cleaned text (sentence and mention spans are UTF-8 offsets into it).
        var text: String
        var sentences: [Span]
        var mentions: [Mention]
        var relations: [RelationMention]

        init(_ document: AnalyzedDocument) {
            id = document.id
            url = document.document.url
            title = document.title
            date = document.date
            datelineDay = document.datelineDay
            text = document.text
            sentences = document.sentences
            mentions = document.mentions
            relations = document.relations
        }

        var analyzed: AnalyzedDocument {
            var document = AnalyzedDocument(Document(id: id, text: text, title: title, date: date, url: url))
            document.title = title
            document.date = date
            document.datelineDay = datelineDay
            document.sentences = sentences
            document.mentions = mentions
            document.relations = relations
            return document
        }
    }

    /// A part that cannot be read: names the file, the line and the problem.
    public struct ReadError: Error, CustomStringConvertible {
        public var path: String
        public var line: Int?
        public var reason: String
        public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)" }
    }

    /// Writes documents (sorted by id) to `sink` as a part made with `gazetteer`.
    public static func write(_ documents: [AnalyzedDocument], gazetteer: Gazetteer, to sink: some ByteSink) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func line(_ data: Data) throws {
            try (data + [0x0A]).withUnsafeBytes { try sink.write($0) }
        }
        try line(try encoder.encode(Header(newsgraphPart: formatVersion, gazetteer: gazetteer.fingerprint)))
        for document in documents.sorted(by: { $0.id < $1.id }) {
            try line(try encoder.encode(Record(document)))
        }
    }

    /// Reads the documents of the part at `url`, which must have been made with `gazetteer`.
    public static func read(_ url: URL, gazetteer: Gazetteer) throws -> [AnalyzedDocument] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ReadError(path: url.path, reason: "cannot read: \((error as NSError).localizedFailureReason ?? error.localizedDescription)")
        }
        let decoder = JSONDecoder()
        var documents: [AnalyzedDocument] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            if lineNumber == 1 {
                guard let header = try? decoder.decode(Header.self, from: Data(line)) else {
                    throw ReadError(path: url.path, line: 1, reason: "not a NewsGraph part (no {\"newsgraph-part\":…} header); make one with `newsgraph extract`")
                }
                guard header.newsgraphPart == formatVersion else {
                    throw ReadError(path: url.path, line: 1, reason: "part format \(header.newsgraphPart), this newsgraph reads \(formatVersion)")
                }
                guard header.gazetteer == gazetteer.fingerprint else {
                    throw ReadError(path: url.path, line: 1, reason: "extracted with another gazetteer (\(header.gazetteer), here \(gazetteer.fingerprint)): give merge the same --gazetteer files as extract")
                }
                continue
            }
            let record: Record
            do { record = try decoder.decode(Record.self, from: Data(line)) } catch {
                throw ReadError(path: url.path, line: lineNumber, reason: "not a document record: \(describe(error))")
            }
            let document = record.analyzed
            guard document.isConsistent else {
                throw ReadError(path: url.path, line: lineNumber, reason: "document '\(record.id)' has spans outside its text")
            }
            documents.append(document)
        }
        guard lineNumber > 0, !data.isEmpty else { throw ReadError(path: url.path, reason: "empty file, not a part") }
        return documents
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): return "missing \(key.stringValue)"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            return "wrong value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case let DecodingError.dataCorrupted(context): return context.debugDescription
        default: return "\(error)"
        }
    }
}

extension AnalyzedDocument {
    /// Whether every sentence and mention span lies inside the text and every relation
    /// points at a mention that exists (a part from elsewhere must not crash a merge).
    var isConsistent: Bool {
        let count = bytes.count
        func inside(_ span: Span) -> Bool { span.start >= 0 && span.end <= count }
        func valid(_ argument: RelationMention.Argument) -> Bool {
            switch argument {
            case let .mention(index): return mentions.indices.contains(index)
            case .entity: return true
            case let .role(state, _, other): return mentions.indices.contains(state) && (other.map { mentions.indices.contains($0) } ?? true)
            }
        }
        return sentences.allSatisfy(inside)
            && mentions.allSatisfy { inside($0.span) && sentences.indices.contains($0.sentence) && ($0.affiliation.map(inside) ?? true) }
            && relations.allSatisfy { valid($0.subject) && valid($0.object) && sentences.indices.contains($0.sentence) }
    }
}
