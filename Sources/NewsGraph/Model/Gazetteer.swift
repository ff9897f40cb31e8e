import Foundation

/// Known places and states with their names, read from the TSV files built by
/// `Resources/Data/Gazetteer/build.py`, optionally extended by a user's JSON file.
///
/// A reference type that is only changed while it is being loaded, then shared read-only.
///
/// Lookups go by ``NameKey`` key, so "Türkiye", "Turkiye" and "TURKIYE" find the same entry.
public final class Gazetteer: @unchecked Sendable {
    /// What kind of name an entry is.
    public enum Kind: String, Sendable, Codable {
        /// A country's name: a State.
        case country
        /// A demonym ("Iranian"): stands for its State.
        case demonym
        /// A country's capital: a Place, and a stand-in for the State in some contexts.
        case capital
        /// A first-level administrative region: a Place.
        case region
        /// A city or town: a Place.
        case city
        /// A user-supplied entity of any type.
        case custom
    }

    public struct Entry: Sendable, Hashable {
        public var kind: Kind
        public var type: EntityType
        /// The canonical name of the entity the name refers to.
        public var canonical: String
        /// ISO 3166-1 alpha-2 code of the country it belongs to (or is).
        public var country: String
        public var population: Int
        public var externalIDs: [ExternalID]

        /// The identity of the entity the entry names: one per country, region or city.
        public var identity: String {
            switch kind {
            case .country, .demonym: return "country:" + country
            case .region: return "region:" + (externalIDs.first?.value ?? canonical)
            case .capital, .city: return "geonames:" + (externalIDs.first { $0.scheme == .geonames }?.value ?? canonical)
            case .custom: return "custom:" + type.rawValue + ":" + NameKey.key(canonical)
            }
        }
    }

    public private(set) var entries: [Entry] = []
    /// For each entry, a number shared by all entries that name the same entity
    /// (a country and its demonym), in the order identities were first seen.
    public private(set) var identityNumbers: [Int32] = []
    private var identityNumber: [String: Int32] = [:]
    private var index = HashMap64<[Int32]>(capacity: 1 << 18)
    /// The first (most important) entry of each name, so hot lookups copy no array.
    private var firstEntry = HashMap64<Int32>(capacity: 1 << 18)
    /// Names that have a city entry, with the largest population among them.
    private var largestCity = HashMap64<Int>(capacity: 1 << 16)
    /// Countries by ISO alpha-2 code: index into `entries` of the country entry.
    private var countries: [String: Int] = [:]
    /// Capital entries by their country's ISO alpha-2 code.
    private var capitalsByCountry: [String: Int] = [:]
    /// Names without spaces, bucketed by first byte and length, for spelling-variant lookups.
    private var variantBuckets: [Int: [(compact: [UInt8], phrase: UInt64)]] = [:]
    /// The longest name, in words.
    public private(set) var maxWords = 1
    /// Capital entries by their city's GeoNames id, while loading.
    private var capitalByGeonameID: [String: Int] = [:]

    /// A short hash of every entry (kind, type, name, country, identity) in order: equal
    /// for gazetteers that give mentions the same entries. Worked out when loading ends.
    public private(set) var fingerprint = ""

    private func computeFingerprint() -> String {
        var hash = WordHash.offset
        for (index, entry) in entries.enumerated() {
            for text in [entry.kind.rawValue, entry.type.rawValue, entry.canonical, entry.country, entry.identity, "\(identityNumbers[index])"] {
                for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* WordHash.prime }
                hash = (hash ^ 0x1F) &* WordHash.prime
            }
        }
        return "\(entries.count)-" + String(hash, radix: 16)
    }

    public init() {}

    /// Loads the shipped gazetteer (countries, regions, cities and international organisations).
    public static func standard() throws -> Gazetteer {
        let gazetteer = Gazetteer()
        let folder = "Gazetteer/"
        try gazetteer.loadCountries(ResourceLoader.dataURL(folder + "countries.tsv"))
        try gazetteer.loadRegions(ResourceLoader.dataURL(folder + "regions.tsv"))
        try gazetteer.loadCities(ResourceLoader.dataURL(folder + "cities.tsv"))
        try gazetteer.loadOrganisations(ResourceLoader.dataURL(folder + "organisations.tsv"))
        return gazetteer
    }

    /// Entries whose name has this key, most important first (countries, then regions,
    /// then cities by population).
    public func lookup(key: String) -> [Entry] {
        lookup(phrase: WordHash.phrase(key))
    }

    /// Entries whose name has this phrase hash (see ``WordHash``).
    @inline(__always)
    public func lookup(phrase: UInt64) -> [Entry] {
        index[phrase].map { $0.map { entries[Int($0)] } } ?? []
    }

    /// The most important entry with this phrase hash, if any.
    @inline(__always)
    public func first(phrase: UInt64) -> Entry? {
        firstEntry[phrase].map { entries[Int($0)] }
    }

    /// The population of the largest city with this phrase hash as a name, if any.
    @inline(__always)
    public func largestCityPopulation(phrase: UInt64) -> Int? {
        largestCity[phrase]
    }

    /// The index in ``entries`` of the most important entry with this phrase hash.
    @inline(__always)
    public func firstIndex(phrase: UInt64) -> Int32? {
        firstEntry[phrase]
    }

    /// The index of the country entry for an ISO alpha-2 code.
    public func countryIndex(code: String) -> Int32? {
        countries[code].map(Int32.init)
    }

    /// The entry of a country's capital, by the country's ISO alpha-2 code.
    public func capitalIndex(code: String) -> Int32? {
        capitalsByCountry[code].map(Int32.init)
    }

    /// Indices into ``entries`` of the places (regions, cities) whose name, without spaces,
    /// is a spelling variant of `compact` (transliterations such as "Nizhny-Novgorod" for
    /// "Nizhniy Novgorod"), judged by `isVariant`; the closest and most important first.
    public func variantIndices(of compact: [UInt8], where isVariant: ([UInt8], [UInt8]) -> Bool) -> [Int] {
        guard let initial = compact.first else { return [] }
        var found: [(compact: [UInt8], phrase: UInt64)] = []
        for length in max(1, compact.count - 2)...(compact.count + 2) {
            found += (variantBuckets[Self.bucket(initial, length)] ?? []).filter { isVariant(compact, $0.compact) }
        }
        return found.sorted { $0.compact.lexicographicallyPrecedes($1.compact) }
            .flatMap { index[$0.phrase] ?? [] }.map(Int.init).filter { entries[$0].type == .place }
    }

    private static func bucket(_ initial: UInt8, _ length: Int) -> Int { Int(initial) << 16 | length }

    /// The country entry for an ISO alpha-2 code.
    public func country(code: String) -> Entry? {
        countries[code].map { entries[$0] }
    }

    /// Whether a GeoNames id is that of a country's capital.
    public func isCapital(geonameID: String) -> Bool { capitalByGeonameID[geonameID] != nil }

    func add(_ entry: Entry, names: [String]) {
        let position = entries.count
        entries.append(entry)
        let identity = entry.identity
        if identityNumber[identity] == nil { identityNumber[identity] = Int32(identityNumber.count) }
        identityNumbers.append(identityNumber[identity]!)
        addNames(names, to: position)
    }

    /// Indexes more names for entry `position`.
    private func addNames(_ names: [String], to position: Int) {
        let entry = entries[position]
        var seen: [UInt64] = []      // (a name or two per entry: a list, not a set)
        // Indexes the entry under one more name hash.
        func record(_ hash: UInt64) {
            index.update(hash, default: []) { $0.append(Int32(position)) }
            if firstEntry[hash] == nil { firstEntry[hash] = Int32(position) }
            if entry.kind == .city, entry.population > largestCity[hash] ?? -1 { largestCity[hash] = entry.population }
        }
        for name in names.flatMap({ [$0] + Self.saintVariant(of: $0) }) {
            let words = NameKey.words(name)
            guard !words.isEmpty else { continue }
            let hash = words.reduce(WordHash.emptyPhrase) { WordHash.phrase($0, appending: WordHash.bytes($1.utf8)) }
            guard !seen.contains(hash) else { continue }
            seen.append(hash)
            let key = words.joined(separator: " ")
            // Initials ("U S" from "U.S.") are also one word: the text's dotted token ("U.S.",
            // keyed "u s") or the letters run together ("US").
            if words.count > 1, words.allSatisfy({ $0.count == 1 }) {
                for form in [key, words.joined()] {
                    let single = WordHash.phrase(WordHash.emptyPhrase, appending: WordHash.bytes(Array(form.utf8)[...]))
                    index.update(single, default: []) { $0.append(Int32(position)) }
                    if firstEntry[single] == nil { firstEntry[single] = Int32(position) }
                }
            }
            // A word joined by an apostrophe ("N'Djamena", "d'Ivoire") is one token of the
            // text, keyed as one word: the name is also indexed that way.
            // (Bytes, not `String.contains(_:)`: Foundation's search, for 40,000 names, was a
            // fifth of the start-up time.)
            if name.utf8.contains(0x27) || name.utf8.contains(0x99) && name.unicodeScalars.contains("’") {
                let tokens = name.split(whereSeparator: { $0 == " " || $0 == "-" })
                let joined = tokens.reduce(WordHash.emptyPhrase) { phrase, token in
                    token.contains("'") || token.contains("’") ? WordHash.phrase(phrase, appending: WordHash.word(String(token)))
                        : NameKey.words(String(token)).reduce(phrase) { WordHash.phrase($0, appending: WordHash.bytes(Array($1.utf8)[...])) }
                }
                if joined != hash { record(joined) }
            }
            if index[hash] == nil {
                let compact = key.utf8.filter { $0 != 0x20 }
                variantBuckets[Self.bucket(compact.first!, compact.count), default: []].append((compact, hash))
            }
            record(hash)
            maxWords = max(maxWords, words.count)
        }
    }

    /// "St Petersburg" for "Saint Petersburg" and the other way round: English writes a
    /// place's "Saint" both ways.
    static func saintVariant(of name: String) -> [String] {
        for (from, to) in [("Saint ", "St "), ("Saint-", "St-"), ("St. ", "Saint "), ("St ", "Saint "), ("St-", "Saint-")]
        where name.hasPrefix(from) {
            return [to + name.dropFirst(from.count)]
        }
        return []
    }

    /// Re-sorts every name's entries by importance; call after loading.
    func rank() {
        let order: [Kind: Int] = [.custom: 0, .country: 1, .demonym: 2, .capital: 3, .region: 4, .city: 5]
        // Within a kind, a place whose own name this is comes before one that merely had it
        // once (Pokrovsk in Ukraine before Engels, formerly Pokrovsk); then the larger first.
        func weight(_ position: Int32, _ key: UInt64) -> (Int, Int, Int) {
            let e = entries[Int(position)]
            // (Its own name in either spelling of "Saint".)
            let own = WordHash.phrase(e.canonical) == key || Self.saintVariant(of: e.canonical).contains { WordHash.phrase($0) == key }
            return (order[e.kind]!, own ? 0 : 1, -e.population)
        }
        for (key, positions) in index.pairs {
            // Each entry weighed once, not at every comparison of the sort.
            let sorted = positions.count > 1
                ? positions.map { (weight($0, key), $0) }.sorted { $0.0 < $1.0 }.map(\.1) : positions
            if positions.count > 1 { index[key] = sorted }
            firstEntry[key] = sorted[0]
            let cities = sorted.lazy.filter { self.entries[Int($0)].kind == .city }.map { self.entries[Int($0)].population }
            if let largest = cities.max() { largestCity[key] = largest }
        }
        fingerprint = computeFingerprint()

    }

    private static func rows(_ url: URL) throws -> [[Substring]] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch { throw ResourceError.missing(url.path) }
        // (Split on bytes: splitting the String by Characters took a sixth of the start-up time.)
        return text.utf8.split(separator: 0x0A).dropFirst().map { line in
            line.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
        }
    }

    private static func list(_ field: Substring) -> [String] {
        field.utf8.split(separator: 0x7C).map { String(Substring($0)) }
    }

    /// Adds a user's entries from a JSON file and gives them priority over the shipped ones:
    ///
    /// ```json
    /// {"entries": [{"name": "Army of Justice", "type": "Group", "aliases": ["AoJ"], "country": "IR"}]}
    /// ```
    ///
    /// `type` is one of the five entity types; `aliases` and `country` (ISO 3166 alpha-2)
    /// are optional.
    /// - Throws: ``ResourceError/invalid(_:_:)`` naming the file and the problem.
    public func loadCustom(_ url: URL) throws {
        struct File: Decodable {
            struct Item: Decodable {
                var name: String
                var type: EntityType
                var aliases: [String]?
                var country: String?
            }
            var entries: [Item]
        }
        let file = try ResourceLoader.decode(File.self, from: url)
        for (number, item) in file.entries.enumerated() {
            guard !NameKey.words(item.name).isEmpty else {
                throw ResourceError.invalid(url.path, "entry \(number + 1) has an empty name")
            }
            let country = item.country?.uppercased() ?? ""
            if !country.isEmpty, self.country(code: country) == nil {
                throw ResourceError.invalid(url.path, "entry \(number + 1) (\(item.name)): unknown country code \(country)")
            }
            let external = item.type == .state && !country.isEmpty ? self.country(code: country)!.externalIDs : []
            add(Entry(kind: .custom, type: item.type, canonical: item.name, country: country, population: 0, externalIDs: external),
                names: [item.name] + (item.aliases ?? []))
        }
        rank()
    }

    func loadCountries(_ url: URL) throws {
        var capitals: [(String, String, String)] = []
        for row in try Self.rows(url) {
            guard row.count >= 8 else { throw ResourceError.invalid(url.lastPathComponent, "a row has \(row.count) fields, not 8") }
            let code = String(row[0]), name = String(row[3])
            let ids = [ExternalID(scheme: .iso3166, value: code), ExternalID(scheme: .geonames, value: String(row[2]))]
            countries[code] = entries.count
            add(Entry(kind: .country, type: .state, canonical: name, country: code, population: 0, externalIDs: ids),
                names: [name] + Self.list(row[4]))
            let demonyms = Self.list(row[5])
            if !demonyms.isEmpty {
                // Plurals ("Iranians") name the people, still standing for the state.
                add(Entry(kind: .demonym, type: .state, canonical: name, country: code, population: 0, externalIDs: ids),
                    names: demonyms + demonyms.filter { !$0.hasSuffix("s") && !$0.hasSuffix("sh") && !$0.hasSuffix("ch") }.map { $0 + "s" })
            }
            if !row[6].isEmpty { capitals.append((code, String(row[6]), String(row[7]))) }
        }
        for (code, capital, geonameID) in capitals {
            let ids = geonameID.isEmpty ? [] : [ExternalID(scheme: .geonames, value: geonameID)]
            if !geonameID.isEmpty { capitalByGeonameID[geonameID] = entries.count }
            if capitalsByCountry[code] == nil { capitalsByCountry[code] = entries.count }
            add(Entry(kind: .capital, type: .place, canonical: capital, country: code, population: Int.max / 2, externalIDs: ids),
                names: [capital])
        }
    }

    func loadRegions(_ url: URL) throws {
        for row in try Self.rows(url) {
            guard row.count >= 5 else { throw ResourceError.invalid(url.lastPathComponent, "a row has \(row.count) fields, not 5") }
            let name = String(row[3])
            // World regions (Middle East, UN M49 regions) have no ISO 3166 code.
            let code = String(row[0])
            let ids = code.isEmpty || code.hasPrefix("UN-") ? [] : [ExternalID(scheme: .iso3166, value: code)]
            add(Entry(kind: .region, type: .place, canonical: name, country: String(row[1]), population: 0, externalIDs: ids),
                names: [name] + Self.list(row[4]))
        }
    }

    /// Intergovernmental organisations and international agencies (groups with no country).
    func loadOrganisations(_ url: URL) throws {
        for row in try Self.rows(url) {
            guard row.count >= 2 else { throw ResourceError.invalid(url.lastPathComponent, "a row has \(row.count) fields, not 2") }
            add(Entry(kind: .custom, type: .group, canonical: String(row[0]), country: "", population: 0, externalIDs: []),
                names: [String(row[0])] + Self.list(row[1]))
        }
        rank()
    }

    func loadCities(_ url: URL) throws {
        for row in try Self.rows(url) {
            guard row.count >= 6 else { throw ResourceError.invalid(url.lastPathComponent, "a row has \(row.count) fields, not 6") }
            add(Entry(kind: .city, type: .place, canonical: String(row[4]), country: String(row[1]), population: Int(row[3]) ?? 0,
                      externalIDs: [ExternalID(scheme: .geonames, value: String(row[0]))]),
                names: [String(row[4])] + Self.list(row[5]))
            // A capital is also known by its city's own name ("Washington" for "Washington D.C.").
            if let capital = capitalByGeonameID[String(row[0])] { addNames([String(row[4])], to: capital) }
        }
        rank()
    }
}
