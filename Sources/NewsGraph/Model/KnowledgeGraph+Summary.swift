extension KnowledgeGraph {
    /// A short human summary: nodes by type, edges by predicate, the most mentioned entities.
    ///
    /// ```
    /// nodes by type: Person 6, State 9, Group 5, Place 7, Operation 2
    /// edges by predicate: officialOf 5, locatedIn 6, attacked 5, …
    /// most mentioned: Iran (57), Pakistan (54), Jane Doe (20), …
    /// ```
    public func summary(top: Int = 5) -> [String] {
        let types = EntityType.allCases.map { type in "\(type.rawValue) \(entities.filter { $0.type == type }.count)" }
        var predicates: [String: Int] = [:]
        for relation in relations { predicates[relation.predicate, default: 0] += 1 }
        let order = vocabulary.predicates.map(\.name) + predicates.keys.filter { vocabulary[$0] == nil }.sorted()
        let edges = order.compactMap { name in predicates[name].map { "\(name) \($0)" } }
        let mentioned = entities.sorted { ($0.mentionCount, $1.id) > ($1.mentionCount, $0.id) }.prefix(top)
        return [
            "nodes by type: " + types.joined(separator: ", "),
            "edges by predicate: " + (edges.isEmpty ? "none" : edges.joined(separator: ", ")),
            "most mentioned: " + (mentioned.isEmpty ? "none" : mentioned.map { "\($0.name) (\($0.mentionCount))" }.joined(separator: ", ")),
        ]
    }
}
