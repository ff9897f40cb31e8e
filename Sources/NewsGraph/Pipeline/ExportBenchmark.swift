import Foundation

/// Measures the exporters on synthetic graphs of a given size: time, bytes written and the
/// memory an export needs on top of the graph itself.
///
/// The graph is made deterministically (a seeded generator): entities with two- or
/// three-word names, aliases, mention counts and documents; `edgesPerNode` relations per
/// entity with a predicate, a date and an evidence sentence of news length.
public struct ExportBenchmark: Sendable {
    public var nodes: Int
    public var edgesPerNode: Int

    public init(nodes: Int, edgesPerNode: Int = 5) {
        self.nodes = nodes
        self.edgesPerNode = edgesPerNode
    }

    /// The synthetic graph.
    public func graph(vocabulary: RelationVocabulary) -> KnowledgeGraph {
        var random = SplitMix64(seed: 2024)
        let syllables = ["ka", "ra", "mo", "li", "sa", "den", "tor", "vi", "na", "bel", "ash", "ur", "qa", "zen", "pol", "mir"]
        func word() -> String {
            var word = ""
            for _ in 0..<(2 + Int(random.next() % 2)) { word += syllables[Int(random.next() % UInt64(syllables.count))] }
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        let documents = (0..<max(1, nodes / 20)).map { String(format: "article-%07d", $0) }
        let types = EntityType.allCases
        var entities: [Entity] = []
        entities.reserveCapacity(nodes)
        for index in 0..<nodes {
            let type = types[index % types.count]
            let name = "\(word()) \(word())" + (random.next() % 3 == 0 ? " \(word())" : "")
            let id = EntityID(rawValue: "\(type.slug):\(NameKey.slug(name))-\(index)")
            entities.append(Entity(id: id, type: type, name: name, aliases: [name.uppercased(), String(name.split(separator: " ").last!)],
                                   mentionCount: 1 + Int(random.next() % 40),
                                   documents: [documents[Int(random.next() % UInt64(documents.count))]]))
        }
        let predicates = vocabulary.predicates.filter { $0.frame != .none }
        var relations: [Relation] = []
        relations.reserveCapacity(nodes * edgesPerNode)
        for index in 0..<nodes {
            for k in 0..<edgesPerNode {
                let other = (index + 1 + Int(random.next() % UInt64(max(1, nodes - 1)))) % nodes
                guard other != index else { continue }
                let predicate = predicates[(index + k) % predicates.count]
                var subject = entities[index].id, object = entities[other].id
                if predicate.symmetric && object < subject { swap(&subject, &object) }
                let document = documents[Int(random.next() % UInt64(documents.count))]
                let text = "\(entities[index].name) and \(entities[other].name) \(predicate.label) on Friday, officials said in a statement quoted by the agency."
                relations.append(Relation(subject: subject, predicate: predicate.name, object: object, symmetric: predicate.symmetric,
                                          dates: [CalendarDay(year: 2024, month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))!],
                                          evidence: [Evidence(documentID: document, sentence: Int(random.next() % 30), text: text)],
                                          confidence: 0.7))
            }
        }
        return KnowledgeGraph(documents: documents.map { DocumentInfo(id: $0, title: "Title of \($0)") }, entities: entities,
                              relations: relations, vocabulary: vocabulary)
    }

    /// The process's resident memory now, in bytes (Linux `/proc/self/statm`).
    public static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
