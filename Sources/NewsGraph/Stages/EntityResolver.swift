import Foundation

/// Stage `resolution`: gives every mention its entity, one entity per real-world referent
/// across the corpus.
///
/// Mentions are first grouped by type and name key (so hyphen, case and accent variants
/// fall together, and demonyms and capitals used for a state carry the state's name as
/// their hint). Then, within a type:
/// - a shorter person name whose words are a subsequence of exactly one longer name
///   (surname, title-and-surname forms) joins it;
/// - names whose keys differ by a small edit distance (transliterations) join;
/// - tentative mentions (a lone capitalised word, a handle) join the one entity they
///   match, and are dropped when none or several match.
public struct EntityResolver: CorpusStage {
    public let name = "resolution"
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// Mentions sharing a type and name key.
    struct Cluster {
        var type: EntityType
        var key: String
        var words: [String]
        var mentions: [(document: Int, mention: Int)] = []
        var fromGazetteer: Bool
        var hint: String?
        var externalIDs: [ExternalID] = []
        /// Index of the cluster this one was merged into.
        var parent: Int?
    }

    public func process(_ corpus: inout Corpus) throws {
        var clusters: [Cluster] = []
        var byKey: [String: Int] = [:]
        var tentative: [(Int, Int)] = []
        for (d, document) in corpus.documents.enumerated() {
            for (m, mention) in document.mentions.enumerated() {
                if mention.tentative { tentative.append((d, m)); continue }
                let name = mention.canonicalHint ?? mention.surface
                let key = Self.strippedKey(name)
                guard !key.isEmpty else { continue }
                // A gazetteer entry is one entity whatever the spelling; other names go by key.
                let id = mention.gazetteerKey.map { "G|" + $0 } ?? mention.type.rawValue + "|" + key
                if let existing = byKey[id] {
                    clusters[existing].mentions.append((d, m))
                } else {
                    byKey[id] = clusters.count
                    clusters.append(Cluster(type: mention.type, key: key, words: key.split(separator: " ").map(String.init),
                                            mentions: [(d, m)], fromGazetteer: mention.gazetteerKey != nil, hint: mention.canonicalHint,
                                            externalIDs: mention.externalIDs))
                }
            }
        }
        linkPlacesToGazetteer(&clusters, byKey: byKey)
        mergeVariants(&clusters)
        attachTentative(tentative, to: &clusters, corpus: corpus)

        // Assign ids and build entities.
        var entities: [EntityID: Entity] = [:]
        for index in clusters.indices where clusters[index].parent == nil {
            let members = clusters.indices.filter { root(of: $0, clusters) == index }.flatMap { clusters[$0].mentions }
            let cluster = clusters[index]
            let surfaces = members.map { corpus.documents[$0.document].mentions[$0.mention].surface }
            let name = cluster.hint ?? Self.canonicalName(surfaces.filter { !$0.hasPrefix("@") })
            let id = EntityID(type: cluster.type, name: name)
            var entity = entities[id] ?? Entity(id: id, type: cluster.type, name: name)
            var aliases = Set(entity.aliases)
            var documents = Set(entity.documents)
            var external = Set(entity.externalIDs).union(cluster.externalIDs)
            for (d, m) in members {
                corpus.documents[d].mentions[m].entityID = id
                let mention = corpus.documents[d].mentions[m]
                if mention.surface != name { aliases.insert(mention.surface) }
                documents.insert(corpus.documents[d].id)
                external.formUnion(mention.externalIDs)
            }
            entity.aliases = aliases.sorted()
            entity.documents = documents.sorted()
            entity.externalIDs = external.sorted()
            entity.mentionCount += members.count
            entities[id] = entity
        }
        corpus.entities = entities
    }

    private func root(of index: Int, _ clusters: [Cluster]) -> Int {
        var i = index
        while let parent = clusters[i].parent { i = parent }
        return i
    }

    /// Joins clusters of the same type whose names are variants of each other.
    private func mergeVariants(_ clusters: inout [Cluster]) {
        let order = clusters.indices.sorted { (clusters[$0].words.count, clusters[$0].key) > (clusters[$1].words.count, clusters[$1].key) }
        for index in order where clusters[index].parent == nil {
            let cluster = clusters[index]
            // Candidates: longer (or equally long) names of the same type not yet merged away.
            let candidates = order.filter { other in
                other != index && clusters[other].parent == nil && clusters[other].type == cluster.type
                    && clusters[other].words.count >= cluster.words.count
            }
            var matches = candidates.filter { other in
                let longer = clusters[other]
                if cluster.fromGazetteer && longer.fromGazetteer { return false }
                if Self.isVariant(cluster.key, longer.key) { return true }
                return cluster.type == .person && cluster.words.count < longer.words.count
                    && Self.isSubsequence(cluster.words, of: longer.words)
            }
            // Prefer the gazetteer entity when a free-text spelling matches one.
            if matches.count > 1, let gazetteer = matches.first(where: { clusters[$0].fromGazetteer }) { matches = [gazetteer] }
            if matches.count == 1 {
                let target = matches[0]
                if cluster.fromGazetteer && !clusters[target].fromGazetteer {
                    clusters[target].parent = index
                } else {
                    clusters[index].parent = target
                }
            }
        }
    }

    /// A place found by context ("X province") whose name is a spelling variant of a
    /// gazetteer place joins that place's cluster, or takes its identifiers.
    private func linkPlacesToGazetteer(_ clusters: inout [Cluster], byKey: [String: Int]) {
        for index in clusters.indices where clusters[index].type == .place && !clusters[index].fromGazetteer {
            let key = clusters[index].key.replacingOccurrences(of: " ", with: "")
            guard key.count >= 6, let entry = gazetteer.variants(of: clusters[index].key, where: Self.isVariant).first else { continue }
            if let target = byKey["G|" + entry.identity], target != index {
                clusters[index].parent = target
            } else {
                clusters[index].externalIDs = entry.externalIDs
                clusters[index].fromGazetteer = true
            }
        }
    }

    /// Gives each tentative mention the one entity it can belong to.
    private func attachTentative(_ tentative: [(Int, Int)], to clusters: inout [Cluster], corpus: Corpus) {
        let roots = clusters.indices.filter { clusters[$0].parent == nil }
        for (d, m) in tentative {
            let mention = corpus.documents[d].mentions[m]
            let isHandle = mention.surface.hasPrefix("@")
            let key = Self.strippedKey(mention.surface)
            let words = key.split(separator: " ").map(String.init)
            let matches = roots.filter { index in
                let cluster = clusters[index]
                if isHandle {
                    return Self.handle(key.replacingOccurrences(of: " ", with: ""), matches: cluster.words)
                }
                if words.count == 1, Self.isAcronym(mention.surface, of: cluster.words) { return true }
                guard cluster.type == .person, !words.isEmpty else { return false }
                return cluster.words.count > words.count && Self.isSubsequence(words, of: cluster.words)
                    || Self.isVariant(key, cluster.key)
            }
            if matches.count == 1 {
                clusters[matches[0]].mentions.append((d, m))
            }
        }
    }

    // MARK: Name comparison

    /// The key with a leading "the" removed.
    static func strippedKey(_ name: String) -> String {
        var words = NameKey.words(name)
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The fullest well-formed name among the surface forms: most words, then most
    /// frequent, then alphabetical (for a stable choice).
    static func canonicalName(_ surfaces: [String]) -> String {
        var counts: [String: Int] = [:]
        for surface in surfaces {
            var name = surface
            if name.lowercased().hasPrefix("the ") { name.removeFirst(4) }
            counts[name, default: 0] += 1
        }
        return counts.max { a, b in
            let wa = NameKey.words(a.key).count, wb = NameKey.words(b.key).count
            if wa != wb { return wa < wb }
            let capsA = a.key == a.key.uppercased(), capsB = b.key == b.key.uppercased()
            if capsA != capsB { return capsA }
            if a.value != b.value { return a.value < b.value }
            return a.key > b.key
        }?.key ?? surfaces.first ?? ""
    }

    /// Whether `short` appears in order within `long`.
    static func isSubsequence(_ short: [String], of long: [String]) -> Bool {
        var i = 0
        for word in long where i < short.count && word == short[i] { i += 1 }
        guard i == short.count, !short.isEmpty else { return false }
        return short.last == long.last || short.count >= 2
    }

    /// Transliteration variants: the same letters up to a small edit distance, ignoring spaces.
    static func isVariant(_ a: String, _ b: String) -> Bool {
        let x = Array(a.replacingOccurrences(of: " ", with: "").utf8)
        let y = Array(b.replacingOccurrences(of: " ", with: "").utf8)
        if x == y { return true }
        let shorter = min(x.count, y.count)
        guard shorter >= 6 else { return false }
        let allowed = shorter >= 12 ? 2 : 1
        guard abs(x.count - y.count) <= allowed else { return false }
        return editDistance(x, y, limit: allowed) <= allowed
    }

    /// Whether a handle (letters only) names the entity: its words run together, a prefix
    /// of them (`rahimhayat`), or a variant of its last words (`amirabdolahian`).
    static func handle(_ handle: String, matches words: [String]) -> Bool {
        guard handle.count >= 5 else { return false }
        let joined = words.joined()
        if joined.count >= 6, handle.hasPrefix(joined) || joined.hasPrefix(handle) { return true }
        for start in words.indices where words.count - start >= 1 {
            let tail = words[start...].joined()
            if tail.count >= 6, isVariant(handle, tail) { return true }
        }
        if words.count >= 2, isVariant(handle, words[0] + words[words.count - 1]) { return true }
        return false
    }

    /// Whether `word` (two or more capitals, like "MoFA" or "UN") is the initials of `words`,
    /// with or without the small words ("of", "the", "and", "for").
    static func isAcronym(_ word: String, of words: [String]) -> Bool {
        let capitals = word.unicodeScalars.filter { $0.properties.isUppercase }.count
        guard capitals >= 2, word.count <= 8, words.count >= 2 else { return false }
        let letters = word.lowercased()
        let all = String(words.compactMap(\.first))
        let content = String(words.filter { !["of", "the", "and", "for", "on", "in"].contains($0) }.compactMap(\.first))
        return letters == all || letters == content
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
