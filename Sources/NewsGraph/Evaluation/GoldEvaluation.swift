import Foundation

/// Scores a graph against a hand-made gold graph, the same way as the project's
/// `score.py`: entities matched by normalised name (and type), relations by predicate
/// and endpoints (either direction for symmetric predicates), dates checked on credited
/// relations. Optional gold records neither reward nor penalise.
///
/// The gold format is documented in the README (`entities`: id, type, name, aliases,
/// optional, types; `relations`: subject, predicate, object, optional, date).
public struct GoldEvaluation: Sendable {
    /// Precision, recall and F1 with the counts behind them.
    public struct Scores: Sendable, Equatable {
        public var truePositives: Int
        public var falsePositives: Int
        public var gold: Int
        public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var entities: Scores
    public var relations: Scores
    public var datesCorrect: Int
    public var datesChecked: Int
    /// Every miss and false positive, by kind ("missed_entities", "spurious_relations", …).
    public var detail: [(kind: String, item: String)]

    /// The two summary lines, formatted as `score.py` prints them.
    public var summaryLines: [String] {
        func f(_ value: Double) -> String { String(format: "%.3f", (value * 1000).rounded() / 1000) }
        return [
            "entities  P=\(f(entities.precision)) R=\(f(entities.recall)) F1=\(f(entities.f1)) (tp \(entities.truePositives), fp \(entities.falsePositives), gold \(entities.gold))",
            "relations P=\(f(relations.precision)) R=\(f(relations.recall)) F1=\(f(relations.f1)) (tp \(relations.truePositives), fp \(relations.falsePositives), gold \(relations.gold)) dates \(datesCorrect)/\(datesChecked)",
        ]
    }

    // MARK: Gold file

    struct GoldFile: Decodable {
        struct GoldEntity: Decodable {
            var id: String
            var type: String
            var name: String
            var aliases: [String]?
            var optional: Bool?
            var types: [String]?
        }
        struct GoldRelation: Decodable {
            var subject: OneOrMany
            var predicate: OneOrMany
            var object: OneOrMany
            var optional: Bool?
            var date: OneOrMany?
        }
        var entities: [GoldEntity]
        var relations: [GoldRelation]
    }

    /// A string or a list of strings.
    struct OneOrMany: Decodable {
        var values: [String]
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) { values = [one] } else { values = try container.decode([String].self) }
        }
    }

    /// Scores `graph` against the gold file at `url`.
    public init(gold url: URL, graph: KnowledgeGraph) throws {
        let gold = try ResourceLoader.decode(GoldFile.self, from: url)
        // Entities.
        var byKey: [String: [GoldFile.GoldEntity]] = [:]
        for entity in gold.entities {
            for form in [entity.name] + (entity.aliases ?? []) { byKey[Self.key(form), default: []].append(entity) }
        }
        var detail: [(String, String)] = []
        var nodeEntity: [EntityID: String] = [:]
        var credited: [String: String] = [:]
        var duplicates = 0, wrongType = 0, spurious = 0
        for node in graph.entities {   // sorted by id, as score.py sorts node ids
            let candidates = byKey[Self.key(node.name)] ?? []
            guard !candidates.isEmpty else {
                spurious += 1
                detail.append(("spurious_nodes", "\(node.name) (\(node.type.rawValue))"))
                continue
            }
            let typed = candidates.filter { ($0.types ?? [$0.type]).contains(node.type.rawValue) }
            let entity = (typed.isEmpty ? candidates : typed)[0]
            nodeEntity[node.id] = entity.id
            if entity.optional == true { continue }
            if typed.isEmpty {
                wrongType += 1
                detail.append(("wrong_type", "\(node.name) is \(node.type.rawValue), gold says \(entity.type)"))
            } else if let first = credited[entity.id] {
                duplicates += 1
                detail.append(("duplicate_nodes", "\(node.name) (\(node.type.rawValue)) duplicates \(first)"))
            } else {
                credited[entity.id] = node.name
            }
        }
        let required = gold.entities.filter { $0.optional != true }
        for entity in required where credited[entity.id] == nil { detail.append(("missed_entities", entity.name)) }
        entities = Scores(truePositives: credited.count, falsePositives: duplicates + wrongType + spurious, gold: required.count)

        // Relations.
        var relationCredited = Set<Int>(), seen = Set<String>(), spuriousRelations: [String] = []
        var predictedDates: [Int: Set<String>] = [:]
        let symmetricKeys: Set<String> = ["spokewith", "metwith", "agreedwith"]
        for relation in graph.relations where Self.key(relation.predicate) != "cooccurs" {
            let predicate = Self.key(relation.predicate)
            let s = nodeEntity[relation.subject], o = nodeEntity[relation.object]
            let triple = "\(s ?? "?" + (graph.entity(relation.subject)?.name ?? ""))|\(predicate)|\(o ?? "?" + (graph.entity(relation.object)?.name ?? ""))"
            var match: (Int, GoldFile.GoldRelation)? = nil
            if let s, let o {
                for (index, r) in gold.relations.enumerated() where r.predicate.values.map(Self.key).contains(predicate) {
                    let subjects = Set(r.subject.values), objects = Set(r.object.values)
                    if (subjects.contains(s) && objects.contains(o)) || (symmetricKeys.contains(predicate) && subjects.contains(o) && objects.contains(s)) {
                        match = (index, r)
                        if r.optional != true { break }
                    }
                }
            }
            if let (index, _) = match { predictedDates[index, default: []].formUnion(relation.dates.map(\.description)) }
            guard seen.insert(triple).inserted else { continue }
            if let (index, r) = match {
                if r.optional != true { relationCredited.insert(index) }
            } else {
                let subjectName = s ?? "?" + (graph.entity(relation.subject)?.name ?? "")
                let objectName = o ?? "?" + (graph.entity(relation.object)?.name ?? "")
                spuriousRelations.append("\(subjectName) -\(relation.predicate)-> \(objectName)")
            }
        }
        let requiredRelations = gold.relations.indices.filter { gold.relations[$0].optional != true }
        for index in requiredRelations where !relationCredited.contains(index) {
            let r = gold.relations[index]
            detail.append(("missed_relations", "\(r.subject.values.joined(separator: "|")) -\(r.predicate.values.joined(separator: "|"))-> \(r.object.values.joined(separator: "|"))"))
        }
        detail += spuriousRelations.map { ("spurious_relations", $0) }
        relations = Scores(truePositives: relationCredited.count, falsePositives: spuriousRelations.count, gold: requiredRelations.count)
        let dated = relationCredited.filter { gold.relations[$0].date != nil }
        var correct = 0
        for index in dated.sorted() {
            let wanted = Set(gold.relations[index].date!.values)
            if !wanted.isDisjoint(with: predictedDates[index] ?? []) { correct += 1 } else {
                let r = gold.relations[index]
                detail.append(("wrong_dates", "\(r.subject.values.joined(separator: "|")) -\(r.predicate.values.joined(separator: "|"))-> \(r.object.values.joined(separator: "|")): gold \(wanted.sorted().joined(separator: ", ")), exported \((predictedDates[index] ?? []).sorted().joined(separator: ", "))"))
            }
        }
        datesCorrect = correct
        datesChecked = dated.count
        self.detail = detail
    }

    /// The scorer's name key: accents removed, case folded, possessive dropped, only ASCII
    /// letters and digits kept, a leading "the" dropped.
    static func key(_ text: String) -> String {
        var folded = text.decomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isDiacritic || $0.properties.generalCategory != .nonspacingMark }
        folded = folded.filter { $0.properties.generalCategory != .nonspacingMark }
        var string = String(String.UnicodeScalarView(folded)).lowercased()
        string = string.replacingOccurrences(of: #"[’']s\b"#, with: "", options: .regularExpression)
        var words: [String] = []
        var current = ""
        for scalar in string.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { current.unicodeScalars.append(scalar) } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined()
    }
}
