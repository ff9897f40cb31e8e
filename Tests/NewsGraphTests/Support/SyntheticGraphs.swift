import Foundation
@testable import NewsGraph

/// Small hand-made graphs for exporter tests.
enum SyntheticGraphs {
    /// Names that break naive exporters: quotes, backslashes, markup, DOT keywords,
    /// newlines, right-to-left text, emoji, combining marks and a forbidden control character.
    static let hostileNames = [
        "Say \"hello\" & <goodbye>", "back\\slash\\", "node", "Strict", "EDGE", "digraph", "subgraph",
        "line one\nline two", "تل أبيب", "Ῥόδος", "São Tomé", "e\u{301}cole", "🇵🇰 flag 🙂", "]]> -- <!-- x -->",
        "tab\tand\u{0007}bell", "graph", "GrApH", "&amp; already escaped", "'single' quotes", "ends with backslash \\",
    ]

    /// The graphs the consumer tests run on: `seeds`, `hostile`, or `random-N` (a hostile
    /// graph whose names are drawn at random, seed N).
    static let testGraphs = ["seeds", "hostile", "random-1", "random-2", "random-3"]

    static func named(_ which: String) throws -> KnowledgeGraph {
        if which == "seeds" { return TestSupport.seedGraph }
        if which.hasPrefix("random-"), let seed = UInt64(which.dropFirst("random-".count)) { return try random(seed: seed) }
        return try hostile()
    }

    /// Pieces random names are made of: markup and quoting characters, `--` and `]]>`,
    /// newlines and tabs, right-to-left and CJK scripts, letters outside libxml2's older
    /// name tables, emoji (with joiners and flags), combining marks and control characters.
    static let pieces = ["\"", "'", "\\", "<", ">", "&", "&amp;", ";", "--", "]]>", "<!--", "\n", "\t", "\r\n", " ", ",", "[", "]", "{", "}", "#", "%", "@",
                         "a", "Z", "0", "ê", "ß", "ﬁ", "تل", "אבג", "北京", "ꀙ", "Ῥ", "e\u{301}", "\u{200F}", "🙂", "👩‍👩‍👧", "🇵🇰", "\u{0007}", "\u{001B}", "graph", "node", "edge"]

    /// Random names from ``pieces`` (seeded, so a failure can be replayed).
    static func randomName(_ generator: inout SplitMix64) -> String {
        var name = ""
        for _ in 0..<Int.random(in: 1...8, using: &generator) { name += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
        // Names are trimmed and have at least one letter or digit, as names read from articles do.
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) ? trimmed : "x" + trimmed
    }

    static func random(seed: UInt64) throws -> KnowledgeGraph {
        var generator = SplitMix64(seed: seed)
        let names = (0..<24).map { _ in randomName(&generator) }
        return try hostile(names: names)
    }

    /// A graph whose entities carry `hostileNames`, linked in a chain with mixed predicates.
    static func hostile(names hostileNames: [String] = hostileNames) throws -> KnowledgeGraph {
        let vocabulary = try RelationVocabulary.standard()
        let types = EntityType.allCases
        var entities: [Entity] = []
        for (index, name) in hostileNames.enumerated() {
            let type = types[index % types.count]
            entities.append(Entity(id: EntityID(rawValue: "\(type.slug):hostile-\(index)"), type: type, name: name,
                                   aliases: [name + " alias", "\"" + name + "\""], mentionCount: index + 1, documents: ["doc \"\(index)\""]))
        }
        let predicates = ["spokeWith", "attacked", "visited", "agreedWith", "condemned"]
        var relations: [Relation] = []
        for index in 1..<entities.count {
            let predicate = predicates[index % predicates.count]
            var subject = entities[index - 1].id, object = entities[index].id
            let symmetric = vocabulary.isSymmetric(predicate)
            if symmetric && object < subject { swap(&subject, &object) }
            relations.append(Relation(subject: subject, predicate: predicate, object: object, symmetric: symmetric,
                                      dates: [CalendarDay(year: 2024, month: 1, day: index)!],
                                      evidence: [Evidence(documentID: "doc \"\(index)\"", sentence: 0, text: hostileNames[index] + " said <so> & \"more\".")],
                                      confidence: 0.75))
        }
        return KnowledgeGraph(documents: [DocumentInfo(id: "doc \"1\"", title: "A <title> & \"quotes\"")], entities: entities,
                              relations: relations, vocabulary: vocabulary)
    }
}
