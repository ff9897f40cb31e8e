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
    let lexicon: Lexicon

    public init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// Whether `short` names the person of the longer name `long` as a part of it: its words
    /// in order (``isSubsequence(_:of:)``), but not a parent's name alone ("Salman" of
    /// "Mohammed bin Salman").
    func isPart(_ short: [String], of long: [String]) -> Bool {
        guard Self.isSubsequence(short, of: long) else { return false }
        return !(short.count == 1 && long.count >= 3 && lexicon.patronymicParticles.contains(word: WordHash.word(long[long.count - 2])))
    }

    /// Mentions sharing a type and name key.
    struct Cluster {
        var type: EntityType
        var key: String
        var words: [String]
        /// The documents its own mentions (not those attached later) come from, ascending.
        var documents: [Int] = []
        /// Its mentions' short all-capital surface forms ("PKK"), distinct, for acronyms.
        var capitalForms: [String] = []
        var fromGazetteer: Bool
        var hint: String?
        var externalIDs: [ExternalID] = []
        /// The key's bytes without spaces, for spelling comparisons.
        var compact: [UInt8] = []
        /// ISO alpha-2 code of the country of a gazetteer entity.
        var country: String?
        /// Index of the cluster this one was merged into.
        var parent: Int?
        /// For a body split by state (``separateBodiesOfStates(_:numbers:corpus:)``): the
        /// state's cluster, whose name qualifies this one's.
        var state: Int?
    }

    /// The mentions of a range of documents grouped by key (``clusterKey(_:)``), with
    /// cluster numbers of their own; ranges are grouped at once, then merged in order.
    struct RangeGrouping {
        /// The documents grouped.
        var range: Range<Int>
        /// Each group's key, first mention, documents and all-capital forms, in order of first mention.
        var keys: [UInt64] = []
        var first: [(document: Int, mention: Int)] = []
        var documents: [[Int]] = []
        var capitalForms: [[String]] = []
        /// Tentative mentions, in document order.
        var tentative: [(Int, Int)] = []
    }

    /// Cluster number per mention, per document: -1 none, -2 tentative (until attached).
    typealias ClusterNumbers = [[Int32]]

    public func process(_ corpus: inout Corpus) throws {
        var numbers = ClusterNumbers(repeating: [], count: corpus.documents.count)
        // Each range of documents groups its mentions on its own thread (numbers local to the range) …
        let groupings = numbers.withUnsafeMutableBufferPointer { numbers in
            nonisolated(unsafe) let numbers = numbers      // each document's slot is written by one thread
            return corpus.mapDocumentRanges { range in group(range, of: corpus, numbers: numbers) }
        }
        // … then the groups become clusters in document order, as one pass would make them.
        var clusters: [Cluster] = []
        var byKey = HashMap64<Int>()
        var tentative: [(Int, Int)] = []
        var globalNumbers: [[Int32]] = []
        for grouping in groupings {
            var global: [Int32] = []
            global.reserveCapacity(grouping.keys.count)
            for g in grouping.keys.indices {
                if let existing = byKey[grouping.keys[g]] {
                    global.append(Int32(existing))
                    clusters[existing].documents += grouping.documents[g]
                    for form in grouping.capitalForms[g] where !clusters[existing].capitalForms.contains(form) {
                        clusters[existing].capitalForms.append(form)
                    }
                    continue
                }
                let (d, m) = grouping.first[g]
                let mention = corpus.documents[d].mentions[m]
                let key = Self.strippedKey(mention.canonicalHint ?? mention.surface)
                guard !key.isEmpty else { global.append(-1); continue }
                precondition(clusters.count < Int32.max, "too many names")
                byKey[grouping.keys[g]] = clusters.count
                global.append(Int32(clusters.count))
                clusters.append(Cluster(type: mention.type, key: key, words: key.split(separator: " ").map(String.init),
                                        documents: grouping.documents[g], capitalForms: grouping.capitalForms[g],
                                        fromGazetteer: mention.gazetteerEntry != nil, hint: mention.canonicalHint,
                                        externalIDs: mention.gazetteerEntry.map { gazetteer.entries[Int($0)].externalIDs } ?? [],
                                        compact: Self.compact(key),
                                        country: mention.gazetteerEntry.map { gazetteer.entries[Int($0)].country }.flatMap { $0.isEmpty ? nil : $0 }))
            }
            globalNumbers.append(global)
            tentative += grouping.tentative
        }
        Self.update(&numbers, jobs: corpus.jobs) { d, numbers in
            let global = globalNumbers[groupings.firstIndex { $0.range.contains(d) }!]
            for m in numbers.indices where numbers[m] >= 0 { numbers[m] = global[Int(numbers[m])] }
        }
        linkPlacesToGazetteer(&clusters, byKey: byKey)
        mergeVariants(&clusters)
        joinInitials(&clusters)
        joinPersonsNamedLikeGroups(&clusters)
        attachTentative(tentative, to: clusters, numbers: &numbers, corpus: corpus)

        // Each mention's entity: the root of its cluster.
        let roots = clusters.indices.map { Int32(root(of: $0, clusters)) }
        Self.update(&numbers, jobs: corpus.jobs) { _, numbers in
            for m in numbers.indices where numbers[m] >= 0 { numbers[m] = roots[Int(numbers[m])] }
        }
        separateBodiesOfStates(&clusters, numbers: &numbers, corpus: corpus)
        // Per entity: distinct surface forms with their counts, documents and mention count,
        // tallied range by range on their own threads, then added up in document order.
        var tallies: [Tally] = Array(repeating: Tally(), count: clusters.count)
        let rangeTallies = corpus.mapDocumentRanges { range in tally(range, of: corpus, roots: numbers) }
        for part in rangeTallies {
            for (r, tally) in zip(part.roots, part.tallies) { tallies[r].add(tally) }
        }
        var entities: [EntityID: Entity] = [:]
        var ids: [EntityID?] = Array(repeating: nil, count: clusters.count)
        // Documents come in id order from the pipeline; then document indices sort as ids do.
        let documentsInIDOrder = corpus.documentsInIDOrder
        for index in clusters.indices where clusters[index].parent == nil {
            let cluster = clusters[index]
            let tally = tallies[index]
            let surfaces = tally.surfaces.filter { !$0.text.hasPrefix("@") }.map { ($0.text, $0.count) }
            var name = cluster.hint ?? Self.canonicalName(surfaces)
            // A place or an organisation the articles name otherwise than the gazetteer ("Hama"
            // for "Ḩamāh", "Gondar" for "Gonder", "Washington" for "Washington D.C.", "NATO"
            // for "North Atlantic Treaty Organization"): the articles' name; and their accents
            // ("Muzaffarabad" for "Muzaffarābād").
            if cluster.type == .place || cluster.type == .group, cluster.fromGazetteer, let hint = cluster.hint {
                // (Not "the Turkish capital": a reference, no name.)
                let surfaces = surfaces.filter { !isCapitalReference($0.0) }
                // (A dateline's capitals, "WASHINGTON (AP)", only when nothing else is written;
                // an organisation's initials are its name.)
                let written = cluster.type == .group ? surfaces : surfaces.filter { $0.0 != $0.0.uppercased() }
                let hintKey = NameKey.words(hint).joined()
                let sameName = surfaces.filter { NameKey.words($0.0).joined() == hintKey }
                if !surfaces.isEmpty, sameName.isEmpty {
                    name = written.isEmpty ? Self.canonicalName(surfaces).capitalized : Self.canonicalName(written)
                } else if !sameName.contains(where: { $0.0 == hint }), let spelled = sameName.first(where: { $0.0 != $0.0.uppercased() }) {
                    name = spelled.0
                }
            }
            // A place written only in a dateline's capitals ("NEW YORK (Reuters)"): as a name is written.
            if cluster.type == .place, name.count >= 4, name == name.uppercased(), name != name.lowercased() { name = name.capitalized }
            // ("China's Foreign Ministry": a body of one state among several so named.)
            var id = EntityID(type: cluster.type, name: name)
            if let state = cluster.state {
                let stateName = clusters[state].hint ?? Self.canonicalName(tallies[state].surfaces.map { ($0.text, $0.count) })
                id = EntityID(type: cluster.type, name: stateName + " " + name)
                name = stateName + "'s " + name
            }
            ids[index] = id
            var entity = entities[id] ?? Entity(id: id, type: cluster.type, name: name)
            entity.aliases = Set(entity.aliases).union(tally.surfaces.map(\.text).filter { $0 != name }).sorted()
            if entity.documents.isEmpty && documentsInIDOrder {
                entity.documents = tally.documents.map { corpus.documents[$0].id }
            } else {
                entity.documents = Set(entity.documents).union(tally.documents.map { corpus.documents[$0].id }).sorted()
            }
            entity.externalIDs = Set(entity.externalIDs).union(cluster.externalIDs).sorted()
            entity.mentionCount += tally.mentions
            entity.countryCode = entity.countryCode ?? cluster.country
            entities[id] = entity
        }
        corpus.updateDocuments { d, document in
            document.mentions.withUnsafeMutableBufferPointer { mentions in
                for (m, root) in numbers[d].enumerated() where root >= 0 { mentions[m].entityID = ids[Int(root)] }
            }
        }
        corpus.entities = entities
    }

    /// A body whose name the corpus gives to bodies of several states ("China's Foreign
    /// Ministry", "Russia's Foreign Ministry") becomes one body per state: each mention goes
    /// to the state its name is tied to, else to the state of the body's nearest tied mention
    /// in its article ("the Foreign Ministry" after "China's Foreign Ministry"); a mention in
    /// an article that ties it to none stays with the unqualified name. `numbers` hold roots.
    private func separateBodiesOfStates(_ clusters: inout [Cluster], numbers: inout ClusterNumbers, corpus: Corpus) {
        /// The root of the state a group mention's name is tied to, if any.
        func tiedState(_ d: Int, _ m: Int, _ mentions: UnsafeBufferPointer<Mention>) -> Int32? {
            guard mentions[m].type == .group, let span = mentions[m].affiliation else { return nil }
            // (The state is a few mentions before or after: "China's X", "X of China".)
            for k in max(0, m - 8)..<min(mentions.count, m + 9) where k != m && mentions[k].span == span {
                return mentions[k].type == .state && numbers[d][k] >= 0 ? numbers[d][k] : nil
            }
            return nil
        }
        var states: [Int32: Set<Int32>] = [:]
        for d in corpus.documents.indices {
            corpus.documents[d].mentions.withUnsafeBufferPointer { mentions in
                for m in mentions.indices where numbers[d][m] >= 0 {
                    if let state = tiedState(d, m, mentions) { states[numbers[d][m], default: []].insert(state) }
                }
            }
        }
        let shared = Set(states.filter { $0.value.count >= 2 }.keys)
        guard !shared.isEmpty else { return }
        var split: [Int64: Int32] = [:]       // (body << 32 | state) → its cluster
        var unqualified = Set<Int32>()
        for d in corpus.documents.indices {
            corpus.documents[d].mentions.withUnsafeBufferPointer { mentions in
                let members = mentions.indices.filter { numbers[d][$0] >= 0 && shared.contains(numbers[d][$0]) }
                guard !members.isEmpty else { return }
                let tied = members.map { tiedState(d, $0, mentions) }
                let bodies = members.map { numbers[d][$0] }
                // Its own state, else the nearest tied mention's of the same body before it, else
                // after it (one pass each way: an article may name a body thousands of times).
                var nearest = tied
                var last: [Int32: Int32] = [:]
                for i in members.indices {
                    if let state = tied[i] { last[bodies[i]] = state } else { nearest[i] = last[bodies[i]] }
                }
                last = [:]
                for i in members.indices.reversed() {
                    if let state = tied[i] { last[bodies[i]] = state } else if nearest[i] == nil { nearest[i] = last[bodies[i]] }
                }
                for (i, m) in members.enumerated() {
                    let body = bodies[i]
                    guard let state = nearest[i] else {
                        unqualified.insert(body)
                        continue
                    }
                    let key = Int64(body) << 32 | Int64(state)
                    if split[key] == nil {
                        var cluster = clusters[Int(body)]
                        cluster.state = Int(state)
                        split[key] = Int32(clusters.count)
                        clusters.append(cluster)
                    }
                    numbers[d][m] = split[key]!
                }
            }
        }
        // A body left with no mention of its own is no entity.
        for body in shared where !unqualified.contains(body) {
            clusters[Int(body)].parent = Int(split.filter { $0.key >> 32 == Int64(body) }.values.min()!)
        }
    }

    /// Groups the mentions of documents `range` by key, writing each mention's group number
    /// (local to the range) into `numbers`.
    private func group(_ range: Range<Int>, of corpus: Corpus, numbers: UnsafeMutableBufferPointer<[Int32]>) -> RangeGrouping {
        var grouping = RangeGrouping(range: range)
        var byKey = HashMap64<Int>()
        for d in range {
            corpus.documents[d].mentions.withUnsafeBufferPointer { mentions in
                var own = [Int32](repeating: -1, count: mentions.count)
                for m in mentions.indices {
                    if mentions[m].tentative { grouping.tentative.append((d, m)); own[m] = -2; continue }
                    // A gazetteer entry is one entity whatever the spelling; other names go by key.
                    let key = clusterKey(mentions[m])
                    let g: Int
                    if let existing = byKey[key] { g = existing } else {
                        g = grouping.keys.count
                        byKey[key] = g
                        grouping.keys.append(key)
                        grouping.first.append((d, m))
                        grouping.documents.append([])
                        grouping.capitalForms.append([])
                    }
                    own[m] = Int32(g)
                    if grouping.documents[g].last != d { grouping.documents[g].append(d) }
                    // (The span is the surface's bytes: its length rules most mentions out unread.)
                    if mentions[m].span.length <= 10 {
                        let surface = mentions[m].surface
                        if surface.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), !grouping.capitalForms[g].contains(surface) {
                            grouping.capitalForms[g].append(surface)
                        }
                    }
                }
                numbers[d] = own
            }
        }
        return grouping
    }

    /// Calls `body` on every document's numbers, on up to `jobs` threads.
    private static func update(_ numbers: inout ClusterNumbers, jobs: Int, _ body: (Int, inout [Int32]) -> Void) {
        numbers.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer      // each document's slot is changed by one thread
            _ = Corpus.mapRanges(of: buffer.count, jobs: jobs) { range in
                for d in range { body(d, &buffer[d]) }
            }
        }
    }

    /// Surface forms with their counts, documents and mention count of one entity.
    struct Tally {
        var forms = HashMap64<Int>()
        var surfaces: [(text: String, hash: UInt64, count: Int)] = []
        var documents: [Int] = []
        var mentions = 0

        /// Adds the tally of later documents.
        mutating func add(_ later: Tally) {
            for surface in later.surfaces {
                if let position = forms[surface.hash] { surfaces[position].count += surface.count } else {
                    forms[surface.hash] = surfaces.count
                    surfaces.append(surface)
                }
            }
            documents += later.documents
            mentions += later.mentions
        }
    }

    /// The tallies of the entities (roots) named in documents `range`, in order of first mention.
    private func tally(_ range: Range<Int>, of corpus: Corpus, roots: ClusterNumbers) -> (roots: [Int], tallies: [Tally]) {
        var position = HashMap64<Int>()
        var result: (roots: [Int], tallies: [Tally]) = ([], [])
        // Documents read in place (a copy of one would retain everything it holds).
        corpus.documents.withUnsafeBufferPointer { documents in
            for d in range {
                documents[d].bytes.withUnsafeBufferPointer { bytes in
                    documents[d].mentions.withUnsafeBufferPointer { mentions in
                        for (m, root) in roots[d].enumerated() where root >= 0 {
                            let r: Int
                            if let known = position[UInt64(root) &+ 1] { r = known } else {
                                r = result.tallies.count
                                position[UInt64(root) &+ 1] = r
                                result.roots.append(Int(root))
                                result.tallies.append(Tally())
                            }
                            let span = mentions[m].span
                            let hash = WordHash.raw(bytes, span.start..<span.end)
                            if let form = result.tallies[r].forms[hash] { result.tallies[r].surfaces[form].count += 1 } else {
                                result.tallies[r].forms[hash] = result.tallies[r].surfaces.count
                                result.tallies[r].surfaces.append((mentions[m].surface, hash, 1))
                            }
                            if result.tallies[r].documents.last != d { result.tallies[r].documents.append(d) }
                            result.tallies[r].mentions += 1
                        }
                    }
                }
            }
        }
        return result
    }

    /// The grouping key of a mention: its gazetteer identity, or its type and name key.
    private func clusterKey(_ mention: Mention) -> UInt64 {
        if let entry = mention.gazetteerEntry { return gazetteerClusterKey(Int(entry)) }
        let key = mention.keyHash != 0 ? mention.keyHash : WordHash.phrase(Self.strippedKey(mention.canonicalHint ?? mention.surface))
        return WordHash.phrase(key, appending: UInt64(EntityType.allCases.firstIndex(of: mention.type)!) &+ 1)
    }

    private func gazetteerClusterKey(_ entry: Int) -> UInt64 {
        WordHash.phrase(0x6761_7a65_7474_6565, appending: UInt64(gazetteer.identityNumbers[entry]))
    }

    private func root(of index: Int, _ clusters: [Cluster]) -> Int {
        var i = index
        while let parent = clusters[i].parent { i = parent }
        return i
    }

    /// Whether two ascending lists of documents share one.
    static func shareDocument(_ a: [Int], _ b: [Int]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Joins clusters of the same type whose names are variants of each other: a shorter
    /// person name whose words appear in order in exactly one longer name (preferring names
    /// from the same documents), or a spelling within a small edit distance.
    private func mergeVariants(_ clusters: inout [Cluster]) {
        let order = clusters.indices.sorted { (clusters[$0].words.count, clusters[$0].key) > (clusters[$1].words.count, clusters[$1].key) }
        // Indexes: clusters by type and word, and by type and first letter of the compact key.
        var byWord: [String: [Int]] = [:]
        var byInitial: [String: [Int]] = [:]
        for index in order {
            let cluster = clusters[index]
            for word in Set(cluster.words) { byWord[cluster.type.rawValue + "|" + word, default: []].append(index) }
            if let first = cluster.key.first { byInitial[cluster.type.rawValue + "|" + String(first), default: []].append(index) }
        }
        for index in order where clusters[index].parent == nil {
            let cluster = clusters[index]
            var candidates = Set<Int>()
            if cluster.type == .person, let first = cluster.words.first { candidates.formUnion(byWord[cluster.type.rawValue + "|" + first] ?? []) }
            if let first = cluster.key.first { candidates.formUnion(byInitial[cluster.type.rawValue + "|" + String(first)] ?? []) }
            var matches = candidates.sorted().filter { other in
                let longer = clusters[other]
                guard other != index, longer.parent == nil, longer.words.count >= cluster.words.count else { return false }
                if cluster.fromGazetteer && longer.fromGazetteer { return false }
                if Self.isVariant(cluster.compact, longer.compact) { return true }
                guard cluster.type == .person, cluster.words.count < longer.words.count else { return false }
                // (A lone first name, "PM Shehbaz" or "Prince Faisal", only beside the full name in an article.)
                return isPart(cluster.words, of: longer.words)
                    || cluster.words.count == 1 && longer.words.first == cluster.words[0] && Self.shareDocument(longer.documents, cluster.documents)
            }
            if matches.count > 1 {
                let together = matches.filter { Self.shareDocument(clusters[$0].documents, clusters[index].documents) }
                if !together.isEmpty { matches = together }
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

    /// A body written with its initials, dotted or not, alone or before more of its name
    /// ("U.N.", "UN", "U.N. Security Council", "UNSC") joins the one body of the corpus whose
    /// leading words they abbreviate and whose other words are the same ("United Nations",
    /// "United Nations Security Council"); with several such bodies, the one named in the
    /// same documents, else none.
    private func joinInitials(_ clusters: inout [Cluster]) {
        let groups = clusters.indices.filter { clusters[$0].parent == nil && clusters[$0].type == .group }
        // Each name by its leading words' initials and the words after them: "un|security council".
        var byAbbreviation: [String: [Int]] = [:]
        for index in groups {
            let words = clusters[index].words
            guard words.count >= 2 else { continue }
            for end in 2...words.count {
                let lead = words[..<end]
                guard lead.allSatisfy({ $0.count > 1 }) else { break }
                let rest = words[end...].joined(separator: " ")
                for initials in Set([Self.initials(lead, skippingSmallWords: false), Self.initials(lead, skippingSmallWords: true)])
                where initials.count >= 2 {
                    byAbbreviation[initials + "|" + rest, default: []].append(index)
                }
            }
        }
        guard !byAbbreviation.isEmpty else { return }
        for index in groups {
            guard let (initials, rest) = Self.leadingInitials(clusters[index]),
                  var matches = byAbbreviation[initials + "|" + rest]?.filter({ $0 != index && clusters[$0].parent == nil }),
                  !matches.isEmpty else { continue }
            if matches.count > 1 {
                matches = matches.filter { Self.shareDocument(clusters[$0].documents, clusters[index].documents) }
            }
            if matches.count == 1 { clusters[index].parent = matches[0] }
        }
    }

    /// The initials a body's name starts with, and its words after them: a run of single
    /// letters ("U.N." is keyed "u n"), or a first word written in capitals ("UN", "UNSC").
    static func leadingInitials(_ cluster: Cluster) -> (initials: String, rest: String)? {
        let words = cluster.words
        let letters = words.prefix { $0.count == 1 }
        if letters.count >= 2 { return (letters.joined(), words[letters.count...].joined(separator: " ")) }
        guard let first = words.first, (2...6).contains(first.count) else { return nil }
        if words.count == 1 {
            // A lone word only when the articles wrote it in capitals.
            guard cluster.capitalForms.contains(where: { $0.lowercased() == first }) else { return nil }
        }
        return (first, words.dropFirst().joined(separator: " "))
    }

    /// The first letters of `words`, with or without the small words ("of", "the", "and").
    static func initials<Words: Collection<String>>(_ words: Words, skippingSmallWords: Bool) -> String {
        String(words.filter { !skippingSmallWords || !smallWords.contains($0) }.compactMap(\.first))
    }

    private static let smallWords: Set<String> = ["of", "the", "and", "for", "on", "in", "al", "el", "wal", "wa"]

    /// A name read as a person's only somewhere ("an airstrike against Al-Shabaab") that is
    /// exactly the name of a group elsewhere in the corpus is that group.
    private func joinPersonsNamedLikeGroups(_ clusters: inout [Cluster]) {
        var groups: [String: Int] = [:]
        for index in clusters.indices where clusters[index].parent == nil && clusters[index].type == .group {
            groups[clusters[index].key] = groups[clusters[index].key] ?? index
        }
        guard !groups.isEmpty else { return }
        for index in clusters.indices where clusters[index].parent == nil && clusters[index].type == .person && !clusters[index].fromGazetteer {
            if let group = groups[clusters[index].key] { clusters[index].parent = group }
        }
    }

    /// A place found by context ("X province") whose name is a spelling variant of a
    /// gazetteer place joins that place's cluster, or takes its identifiers.
    private func linkPlacesToGazetteer(_ clusters: inout [Cluster], byKey: HashMap64<Int>) {
        for index in clusters.indices where clusters[index].type == .place && !clusters[index].fromGazetteer {
            guard clusters[index].compact.count >= 6,
                  let entry = gazetteer.variantIndices(of: clusters[index].compact, where: Self.isVariant).first else { continue }
            if let target = byKey[gazetteerClusterKey(entry)], target != index {
                clusters[index].parent = target
            } else {
                clusters[index].externalIDs = gazetteer.entries[entry].externalIDs
                clusters[index].country = gazetteer.entries[entry].country
                clusters[index].fromGazetteer = true
            }
        }
    }

    /// Gives each tentative mention the one entity it can belong to: a surname or other
    /// part of a longer name, a spelling variant, an acronym or a handle. Candidates from
    /// the same document win; a mention with several equally good candidates is dropped.
    private func attachTentative(_ tentative: [(Int, Int)], to clusters: [Cluster], numbers: inout ClusterNumbers, corpus: Corpus) {
        let roots = clusters.indices.filter { clusters[$0].parent == nil }
        var byWord: [String: [Int]] = [:]
        for index in roots where clusters[index].type == .person {
            for word in Set(clusters[index].words) { byWord[word, default: []].append(index) }
        }
        // Which documents each cluster is named in, as packed (cluster, document) pairs: asked
        // for every tentative mention, so one flat set rather than a set per cluster.
        var named = HashSet64()
        func key(_ cluster: Int, _ document: Int) -> UInt64 { WordHash.phrase(0, appending: UInt64(cluster) << 32 | UInt64(document)) }
        func isNamed(_ cluster: Int, in document: Int) -> Bool { named.contains(key(cluster, document)) }
        var tails: [Int: [[UInt8]]] = [:]
        for index in roots {
            precondition(index < 1 << 32 && corpus.documents.count < 1 << 32, "too many names or documents")
            for d in clusters[index].documents { named.insert(key(index, d)) }
            let words = clusters[index].words
            tails[index] = words.indices.map { Array(words[$0...].joined().utf8) }
                + (words.count >= 2 ? [Array((words[0] + words[words.count - 1]).utf8)] : [])
        }
        var groups: [String: Int] = [:]
        for index in roots where clusters[index].type == .group { groups[clusters[index].key] = groups[clusters[index].key] ?? index }
        var places: [String: Int] = [:]
        for index in roots where clusters[index].type == .place { places[clusters[index].key] = places[clusters[index].key] ?? index }
        // Surface forms already resolved ("PKK" given in parentheses after the full name).
        var bySurface: [String: Set<Int>] = [:]
        for index in roots where clusters[index].type != .person && clusters[index].type != .state {
            for surface in clusters[index].capitalForms { bySurface[surface, default: []].insert(index) }
        }
        // What a surface form can refer to does not depend on the article: work it out once.
        typealias Candidates = (matches: [Int], familyNameFirst: [Int])
        func candidates(_ surface: String, memo: inout [String: Candidates]) -> Candidates {
            if let known = memo[surface] { return known }
            let key = Self.strippedKey(surface)
            let words = key.split(separator: " ").map(String.init)
            var result: (matches: [Int], familyNameFirst: [Int]) = ([], [])
            if words.isEmpty {
            } else if surface.hasPrefix("@") {
                let compact = Self.compact(key)
                result.matches = roots.filter { Self.handle(compact, matches: tails[$0]!) }
            } else if words.count == 1, Self.isAcronym(surface) {
                if let known = bySurface[surface] { result.matches = known.sorted() } else {
                    result.matches = roots.filter { Self.isAcronym(surface, of: clusters[$0].words) }
                }
            } else {
                result.matches = (byWord[words[0]] ?? []).filter {
                    clusters[$0].words.count > words.count && isPart(words, of: clusters[$0].words)
                }
                let compact = Self.compact(key)
                if result.matches.isEmpty, compact.count >= 6 {
                    result.matches = roots.filter { (clusters[$0].type == .person || clusters[$0].type == .group)
                        && clusters[$0].compact.first == compact.first && Self.isVariant(compact, clusters[$0].compact) }
                }
                // A family name written first ("Yoon" for "Yoon Suk Yeol"), for persons of the same article.
                if words.count == 1 {
                    // (Or a name the article uses alone from the middle of the full one: "Lula"
                    // for "Luiz Inacio Lula da Silva"; of four letters or more.)
                    result.familyNameFirst = (byWord[words[0]] ?? []).filter { clusters[$0].words.count > 1
                        && (clusters[$0].words.first == words[0] || words[0].utf8.count >= 4 && clusters[$0].words.last != words[0]) }
                }
            }
            memo[surface] = result
            return result
        }
        let assigned = numbers
        // The tentative mentions read in ranges on their own threads (each with its own memo).
        let attached = Corpus.mapRanges(of: tentative.count, jobs: corpus.jobs) { range in
            var memo: [String: Candidates] = [:]
            var attached: [(document: Int, mention: Int, cluster: Int32)] = []
            for (d, m) in tentative[range] {
                let surface = corpus.documents[d].mentions[m].surface
                // A lone word that is the whole name of a group of the same article ("Houthi
                // targets" where "Houthi-run" named the group) is that group, not a person's surname.
                let key = Self.strippedKey(surface)
                if let group = groups[key], isNamed(group, in: d) {
                    attached.append((d, m, Int32(group)))
                    continue
                }
                // So is the whole name of a place the article names ("a base in Marte …
                // visited Marte").
                if let place = places[key], isNamed(place, in: d) {
                    attached.append((d, m, Int32(place)))
                    continue
                }
                let found = candidates(surface, memo: &memo)
                var matches = found.matches
                if matches.isEmpty { matches = found.familyNameFirst.filter { isNamed($0, in: d) } }
                if matches.count > 1 {
                    let together = matches.filter { isNamed($0, in: d) }
                    if !together.isEmpty { matches = together }
                }
                // Several people of the article share the word: the one it named last before
                // ("Ilham Aliyev … spoke with Aliyev … Kamran Aliyev").
                // (Among the few hundred names before it, so a hostile article stays linear.)
                if matches.count > 1, let nearest = assigned[d][max(0, m - 400)..<m].reversed().lazy.compactMap({ n -> Int? in
                       guard n >= 0 else { return nil }
                       let r = root(of: Int(n), clusters)
                       return matches.contains(r) ? r : nil
                   }).first {
                    matches = [nearest]
                }
                if matches.count == 1 { attached.append((d, m, Int32(matches[0]))) }
            }
            return attached
        }
        for part in attached {
            for (d, m, cluster) in part { numbers[d][m] = cluster }
        }
    }

    // MARK: Name comparison

    /// The key with a leading "the" removed.
    static func strippedKey(_ name: String) -> String {
        var words = NameKey.words(name)
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Whether a surface refers to a capital by its country ("Turkish capital"): its last
    /// word is a capital noun (``Lexicon/capitalNouns``).
    func isCapitalReference(_ surface: String) -> Bool {
        guard let last = surface.split(separator: " ").last, last.first?.isLowercase == true else { return false }
        return lexicon.capitalNouns.contains(word: WordHash.word(String(last)))
    }

    /// The fullest well-formed name among the surface forms: most words, then most
    /// frequent, then alphabetical (for a stable choice).
    static func canonicalName(_ surfaces: [(text: String, count: Int)]) -> String {
        var counts: [String: Int] = [:]
        for (surface, count) in surfaces {
            var name = surface
            if name.lowercased().hasPrefix("the ") { name.removeFirst(4) }
            counts[name, default: 0] += count
        }
        return counts.max { a, b in
            let wordsA = NameKey.words(a.key), wordsB = NameKey.words(b.key)
            if wordsA.count != wordsB.count { return wordsA.count < wordsB.count }
            let capsA = a.key == a.key.uppercased(), capsB = b.key == b.key.uppercased()
            if capsA != capsB { return capsA }
            // (Words spelt out before initials: "United Nations Security Council", not "U.N. Security Council".)
            let lettersA = wordsA.count { $0.count == 1 }, lettersB = wordsB.count { $0.count == 1 }
            if lettersA != lettersB { return lettersA > lettersB }
            if a.value != b.value { return a.value < b.value }
            return a.key > b.key
        }?.key ?? surfaces.first?.text ?? ""
    }

    /// Whether `short` appears in order within `long`.
    static func isSubsequence(_ short: [String], of long: [String]) -> Bool {
        var i = 0
        for word in long where i < short.count && word == short[i] { i += 1 }
        guard i == short.count, !short.isEmpty else { return false }
        return short.last == long.last || short.count >= 2
    }

    /// A key's bytes without spaces.
    static func compact(_ key: String) -> [UInt8] { key.utf8.filter { $0 != 0x20 } }

    /// Transliteration variants: the same letters up to a small edit distance, ignoring spaces.
    static func isVariant(_ a: String, _ b: String) -> Bool { isVariant(compact(a), compact(b)) }

    /// ``isVariant(_:_:)`` on compact keys: equal, or within one edit (two from 12 letters),
    /// for names of six letters or more.
    static func isVariant(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        if x == y { return true }
        let shorter = min(x.count, y.count)
        guard shorter >= 6 else { return false }
        let allowed = shorter >= 12 ? 2 : 1
        guard abs(x.count - y.count) <= allowed else { return false }
        return editDistance(x, y, limit: allowed) <= allowed
    }

    /// Whether a handle (letters only) names the entity whose name `tails` describe (its
    /// words run together from each position, then first and last word): the whole name or
    /// a prefix of it (`janedoe` for Jane Doe Smith), or a variant of its last words (`ouldabdalah`).
    static func handle(_ handle: [UInt8], matches tails: [[UInt8]]) -> Bool {
        guard handle.count >= 5, let joined = tails.first else { return false }
        if joined.count >= 6, handle.starts(with: joined) || joined.starts(with: handle) { return true }
        return tails.contains { $0.count >= 6 && isVariant(handle, $0) }
    }

    /// Whether `word` (two or more capitals, like "MoFA" or "UN") is the initials of `words`,
    /// with or without the small words ("of", "the", "and", "for").
    static func isAcronym(_ word: String) -> Bool {
        let capitals = word.unicodeScalars.filter { $0.properties.isUppercase }.count
        return capitals >= 2 && word.count <= 8 && !word.contains(" ")
    }

    static func isAcronym(_ word: String, of words: [String]) -> Bool {
        guard isAcronym(word), words.count >= 2 else { return false }
        let letters = word.lowercased()
        return letters == initials(words, skippingSmallWords: false) || letters == initials(words, skippingSmallWords: true)
    }

    /// The Levenshtein distance of `a` and `b`, or `limit + 1` when it is greater. The
    /// common prefix and suffix are skipped first; what remains is compared in place, with
    /// two rows on the stack (no allocation: it runs for many pairs of names).
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var start = 0
                while start < a.count && start < b.count && a[start] == b[start] { start += 1 }
                var endA = a.count, endB = b.count
                while endA > start && endB > start && a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
                let m = endA - start, n = endB - start
                if m == 0 || n == 0 { return min(max(m, n), limit + 1) }
                if abs(m - n) > limit { return limit + 1 }
                return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (n + 1)) { rows in
                    var previous = rows.baseAddress!, current = previous + (n + 1)
                    for j in 0...n { previous[j] = j }
                    for i in 1...m {
                        current[0] = i
                        var rowMin = i
                        let x = a[start + i - 1]
                        for j in 1...n {
                            let cost = x == b[start + j - 1] ? 0 : 1
                            let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                            current[j] = value
                            rowMin = min(rowMin, value)
                        }
                        if rowMin > limit { return limit + 1 }
                        swap(&previous, &current)
                    }
                    return min(previous[n], limit + 1)
                }
            }
        }
    }
}
