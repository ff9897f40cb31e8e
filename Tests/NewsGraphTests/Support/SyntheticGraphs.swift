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

    /// A graph whose entities carry `hostileNames`, linked in a chain with mixed predicates.
    static func hostile() throws -> KnowledgeGraph {
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
