import Testing
@testable import NewsGraph

@Suite("Model")
struct ModelTests {
    @Test("calendar days: validation, ISO form, arithmetic across months and leap years, weekdays")
    func calendarDays() throws {
        #expect(CalendarDay(year: 2024, month: 2, day: 30) == nil)
        #expect(CalendarDay(iso: "2024-02-29")?.description == "2024-02-29")
        let day = try #require(CalendarDay(iso: "2024-01-19"))
        #expect(day.weekday == 5)   // a Friday
        #expect(day.adding(days: 13).description == "2024-02-01")
        #expect(day.adding(days: -19).description == "2023-12-31")
        #expect(try #require(CalendarDay(iso: "2000-03-01")).adding(days: -1).description == "2000-02-29")
    }

    @Test("name keys fold case, accents, hyphens and possessives", arguments: [
        ("Amir-Abdollahian", "amir abdollahian"), ("Türkiye", "turkiye"), ("TURKIYE", "turkiye"),
        ("Iran's", "iran"), ("Pakistan’s", "pakistan"), ("Sīstān va Balūchestān", "sistan va baluchestan"),
    ])
    func nameKeys(_ input: String, _ key: String) {
        #expect(NameKey.key(input) == key)
    }

    @Test("the ASCII fast paths of name keys and word hashes agree with the general path through Foundation")
    func asciiFastPaths() {
        var rng = SplitMix64(seed: 11)
        let alphabet = Array("aZm09 -'s.,()’é".unicodeScalars)
        for _ in 0..<20_000 {
            let length = Int(rng.next() % 12)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }))
            let words = NameKey.foldedWords(text)
            #expect(NameKey.words(text) == words, "\(text)")
            #expect(NameKey.key(text) == words.joined(separator: " "), "\(text)")
            #expect(WordHash.word(text) == WordHash.bytes(Array(words.joined(separator: " ").utf8)), "\(text)")
            #expect(WordHash.firstWord(text) == words.first.map { WordHash.bytes(Array($0.utf8)) }, "\(text)")
        }
    }

    @Test("a hash map's values are changed in place: lists grow under their key, key 0 included, across growth")
    func hashMapUpdate() {
        var map = HashMap64<[Int32]>(capacity: 4)
        var expected: [UInt64: [Int32]] = [:]
        var rng = SplitMix64(seed: 7)
        for n in 0..<5_000 {
            // Few keys, one of them 0, so lists grow while the table grows.
            let key = n % 97 == 0 ? 0 : rng.next() % 600
            map.update(key, default: []) { $0.append(Int32(n)) }
            expected[key, default: []].append(Int32(n))
        }
        #expect(map.count == expected.count)
        for (key, list) in expected { #expect(map[key] == list) }
    }

    @Test("the shipped gazetteer has no country that no longer exists: a capital stands for one state")
    func noWithdrawnCountries() throws {
        let gazetteer = try Gazetteer.standard()
        // GeoNames still lists Serbia and Montenegro (capital Belgrade) and the Netherlands Antilles.
        #expect(gazetteer.lookup(key: "serbia and montenegro").isEmpty)
        #expect(gazetteer.lookup(key: "netherlands antilles").isEmpty)
        let capitals = gazetteer.lookup(key: "belgrade").filter { $0.kind == .capital }
        #expect(!capitals.isEmpty && Set(capitals.map(\.country)) == ["RS"])
    }

    @Test("a place's 'Saint' is also 'St': 'St Petersburg' is first the Russian city, by population, as 'Saint Petersburg' is")
    func saintSpellings() throws {
        let gazetteer = try Gazetteer.standard()
        for key in ["st petersburg", "saint petersburg"] {
            let first = try #require(gazetteer.lookup(key: key).first, "\(key)")
            #expect(first.country == "RU", "\(key)")
        }
        #expect(Gazetteer.saintVariant(of: "St. Louis") == ["Saint Louis"])
        #expect(Gazetteer.saintVariant(of: "Saint-Denis") == ["St-Denis"])
        #expect(Gazetteer.saintVariant(of: "Stuttgart").isEmpty)
    }

    @Test("entity ids are type plus slug")
    func ids() {
        #expect(EntityID(type: .person, name: "Anwaar-ul-Haq Kakar").rawValue == "person:anwaar-ul-haq-kakar")
        #expect(EntityID(type: .place, name: "Nur Khan Airbase").rawValue == "place:nur-khan-airbase")
    }

    @Test("the relation vocabulary has the 14 predicates of the guidelines with their codes")
    func vocabulary() throws {
        let vocabulary = try RelationVocabulary.standard()
        #expect(vocabulary.predicates.map(\.name) == ["officialOf", "partOf", "locatedIn", "basedIn", "conducted", "targeted", "attacked",
                                                      "spokeWith", "metWith", "visited", "invited", "hosted", "agreedWith", "condemned"])
        #expect(vocabulary.predicates.filter(\.symmetric).map(\.name) == ["spokeWith", "metWith", "agreedWith"])
        #expect(vocabulary["attacked"]?.plover == "ASSAULT")
    }
}
