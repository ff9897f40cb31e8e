import Foundation

/// The language data the recognisers use, read from `lexicon.json` (see that file).
///
/// Phrases are stored as their ``NameKey`` keys, so matching is case- and accent-insensitive.
public final class Lexicon: Sendable {
    public let abbreviations: Set<String>
    /// Offices: the listed titles, and each portfolio with each portfolio title ("health
    /// minister", "minister of health", "trade secretary").
    public let titles: PhraseSet
    public let titleModifiers: PhraseSet
    /// Modifiers that put an office in the past ("former President X", "the late King Y"):
    /// its holder holds it no longer.
    public let pastTitleModifiers: PhraseSet

    /// Whether a title as written is of an office held no longer ("former President").
    public func isPastTitle(_ title: String) -> Bool {
        WordHash.firstWord(title).map { pastTitleModifiers.contains(word: $0) } ?? false
    }
    public let groupHeads: PhraseSet
    public let groupNameWords: PhraseSet
    public let groupCues: PhraseSet
    public let groupSuffixCues: PhraseSet
    /// Lower-case words after an unknown acronym that make it an armed group's name besides
    /// ``groupSuffixCues`` ("PKK *positions*", "the PKK *terrorist* organisation").
    public let acronymGroupCues: PhraseSet
    /// Nouns after a name that make it an organisation whatever its words ("the Islamic State group").
    public let groupSuffixNouns: PhraseSet
    /// Hyphenated endings that make an unknown name before them a body ("Houthi-run",
    /// "RSF-controlled"); a state's name there stays the state ("Saudi-led").
    public let groupCompoundSuffixes: PhraseSet
    /// Officers and members after an unknown name that make it their body ("Houthi leader X",
    /// "Kremlin spokesman X", "Nato member Turkey"), unless the name is a person's named
    /// earlier ("Netanyahu spokesman").
    public let groupOfficerCues: PhraseSet
    public let placeHeads: PhraseSet
    public let placeOrganisationHeads: PhraseSet
    public let locativePrepositions: PhraseSet
    /// Prepositions after which a name nothing else identifies is a place, not a person
    /// ("in North Waziristan"): the unambiguous subset of the locative ones.
    public let placePrepositions: PhraseSet
    public let operationCues: PhraseSet
    public let warHeads: PhraseSet
    /// Nouns that name a country's capital after its demonym ("the Turkish capital"): the
    /// capital city, as a place.
    public let capitalNouns: PhraseSet
    /// Nouns that a capital noun modifies when it means money or a penalty ("the Indian
    /// capital market", "capital punishment"): then it names no city.
    public let capitalCompounds: PhraseSet
    public let personVerbs: PhraseSet
    /// Verbs after which a capital stands for its state ("Tehran launched").
    public let agentVerbs: PhraseSet
    /// Verbs before which a capital stands for its state: judging or addressing a
    /// government ("accused Manila of", "urged Kabul to"), never striking a city.
    public let stateObjectVerbs: PhraseSet
    public let connectors: PhraseSet
    public let stopCapitalized: PhraseSet
    /// Words after a time of day ("9:14 AM", "1400 GMT"): no names, nor initials.
    public let timeDesignators: PhraseSet
    /// Verbs whose object, when a gazetteer place names it, is that place ("struck Kayes",
    /// "captured Pokrovsk"), however small.
    public let placeObjectVerbs: PhraseSet
    /// Plural nouns of collectives ("states", "countries"): an unknown capitalised word right
    /// before one describes it ("the Baltic states") and names nobody.
    public let collectiveNouns: PhraseSet
    /// Words that can be part of a group or place name but never of a person's name.
    public let nonNameWords: PhraseSet
    /// Lower-case place heads that belong to the name ("the Swat valley" → "Swat valley").
    public let placeHeadsKeptInName: PhraseSet
    /// Words that may follow a title before the name ("Secretary for Asia and Africa, Name").
    public let titlePortfolioWords: PhraseSet
    /// Honorifics that open a person's name without being part of it or a title of office
    /// ("Sir Keir Starmer", "Dame X").
    public let honorifics: PhraseSet
    /// Forms of address that may close a run of titles ("Foreign Minister Prince X", "Health
    /// Minister Dr X"): not part of the office when a title comes before them.
    public let formsOfAddress: PhraseSet
    /// Words meaning "son of" or "daughter of" inside a name ("Mohammed bin Salman"): the word
    /// after one is a parent's name, so that word alone names someone else ("King Salman").
    public let patronymicParticles: PhraseSet
    /// Plurals not ending in "s", whose possessive ("People's", "Women's") may be a word of a
    /// body's name: "People's Liberation Army", "Women's Action Forum".
    public let irregularPlurals: PhraseSet
    /// Prepositions that, capitalised inside a clause (not at its start, not in a headline),
    /// begin a name ("held talks with To Lam").
    public let namePrepositions: PhraseSet
    /// Titles that also stand inside personal names, between name words ("Hassan Sheikh
    /// Mohamud"): there they are part of the name, not a title before it.
    public let titlesInsideNames: PhraseSet
    /// Lower-case words after a hyphen that make a modifier of a name ("Iran-backed",
    /// "Saudi-led"): such a word is split off; another short one stays with the name
    /// ("Jae-myung", "Jong-un").
    public let compoundSuffixes: PhraseSet
    /// Words right before a name that make it a place ("the city of X", "the outskirts of X").
    public let placeCues: PhraseSet
    /// Place names that are also adjectives ("Western", "Central"): such a name alone, before
    /// a lower-case noun ("Western officials"), is no place.
    public let attributiveNames: PhraseSet
    /// Suffixes of control that make a place of the name after them ("Pakistan-administered
    /// Kashmir", "Russian-held Kherson").
    public let controlSuffixes: PhraseSet
    /// Words that open a place's name ("Mount", "Lake", "Wadi", "Qasr"): a run of two or more
    /// words starting with one is a place.
    public let placeLeads: PhraseSet
    /// Words hyphened to a title that keep it a title ("President-elect", "Prime Minister-designate").
    public let titleSuffixes: PhraseSet
    /// Nouns after which a demonym names a language, not a state ("its Spanish initials").
    public let languageNouns: PhraseSet
    /// First words of a state's formal name before "of" ("the Kingdom of X", "the Republic of
    /// Y"): after a title and "of the", a state follows, not more of the title.
    public let stateFormWords: PhraseSet
    /// Words that may follow "X, a … group" when the apposition ends there ("a Venezuelan gang
    /// *the* administration designated", "a rebel group *known* as").
    public let appositionContinuations: PhraseSet
    /// Nouns of military units that an ordinal opens ("47th Mechanised Brigade", "101st
    /// Airborne Division"): such a name is a body.
    public let unitHeads: PhraseSet
    /// Nouns of ships ("the frigate X", "the aircraft carrier Y"): the name right after one is
    /// a vessel's, neither a place nor a person.
    public let vesselNouns: PhraseSet
    /// Nouns of a town that a larger place may describe ("the Red Sea city", "the Black Sea
    /// port"): the place is then no town of its own.
    public let settlementNouns: PhraseSet
    /// Parts of a town after its possessive ("Beirut's southern suburbs"): the town itself,
    /// not its state, is meant.
    public let cityParts: PhraseSet
    /// Ordinals that rank a lower-case title ("Iran's *first* vice president, X").
    public let titleOrdinals: PhraseSet
    /// Abbreviations that open place names, written with a full stop ("St. Petersburg", "Mt.
    /// Kenya"): the stop belongs to the name.
    public let nameAbbreviations: PhraseSet
    public let days: PhraseSet
    public let months: PhraseSet
    /// `stopCapitalized`, `days` and `months` together.
    private let commonWords: PhraseSet
    /// Cities at least this populous are places even without a locative cue.
    public let cityPopulationWithoutContext: Int
    /// Every word of every title ("foreign", "affairs", "minister"): what a portfolio after a
    /// bare title is made of ("Minister of State for Foreign Affairs Name").
    public let titleWords: PhraseSet
    /// English plurals of the one-word titles ("ministers", "representatives", "secretaries"):
    /// a capitalised plural is an office's holders ("Special Representatives talks"), no name.
    public let titlePlurals: PhraseSet
    /// Titles with their last word in the plural ("foreign ministers", "deputy prime
    /// ministers"): before a list of names, each is a holder ("Foreign Ministers A and B").
    public let pluralTitles: PhraseSet
    /// Initials that headlines write for a compass word of a place's name ("N. Korea", "S.
    /// Sudan"): the initial's hash → the word's.
    public let compassInitials: [UInt64: UInt64]
    /// Endings of adjectives of peoples and regions ("Scottish", "Catalan", "Chechen"): an
    /// unknown word with one is no body's name before a title.
    public let adjectiveEndings: [String]
    /// The portfolios of ministers and secretaries ("trade", "health"), each a phrase.
    public let portfolios: PhraseSet
    /// 'an *operation* X *called* "Rising Lion"': nouns of a military operation ("the operation
    /// targeted X" refers back to one) and verbs that call or name ("called Y a criminal", with
    /// "a" after the object, is a naming); a quoted name after such a verb, with such a noun
    /// before, is an operation.
    public let operationNouns: PhraseSet, namingVerbs: PhraseSet
    /// The longest title, group-head or place-head phrase, in words.
    public let longestPhrase: Int

    private struct File: Decodable {
        var abbreviations, titles, titleModifiers, pastTitleModifiers, groupHeads, groupNameWords, groupCues, groupSuffixCues, acronymGroupCues, groupSuffixNouns: [String]
        var placeHeads, placeOrganisationHeads, locativePrepositions, placePrepositions, operationCues, warHeads, capitalNouns, capitalCompounds, personVerbs, agentVerbs: [String]
        var stateObjectVerbs: [String]
        var connectors, stopCapitalized, timeDesignators, placeObjectVerbs, collectiveNouns, nonNameWords, placeHeadsKeptInName, titlePortfolioWords, honorifics, formsOfAddress, patronymicParticles, irregularPlurals, namePrepositions, titlesInsideNames, days, months: [String]
        var compoundSuffixes, placeCues, attributiveNames, controlSuffixes, placeLeads, titleSuffixes, languageNouns, stateFormWords, appositionContinuations, groupCompoundSuffixes, groupOfficerCues: [String]
        var portfolios, portfolioTitles: [String]
        var compassInitials: [String: String]
        var adjectiveEndings: [String]
        var operationNouns, namingVerbs: [String]
        var unitHeads, vesselNouns, settlementNouns, cityParts, titleOrdinals, nameAbbreviations: [String]
        var cityPopulationWithoutContext: Int
    }

    public init(contentsOf url: URL) throws {
        let file = try ResourceLoader.decode(File.self, from: url)
        func keys(_ list: [String]) -> PhraseSet { PhraseSet(list) }
        abbreviations = Set(file.abbreviations.map { $0.lowercased() })
        // "health minister", "minister of (the) health", "minister for health": each portfolio with each title.
        let portfolioTitles = file.portfolios.flatMap { portfolio in
            file.portfolioTitles.flatMap { title in
                ["\(portfolio) \(title)", "\(title) of \(portfolio)", "\(title) of the \(portfolio)", "\(title) for \(portfolio)"]
            }
        }
        let allTitles = file.titles + portfolioTitles
        titles = keys(allTitles)
        titleWords = keys(Array(Set(allTitles.flatMap { NameKey.words($0) })).sorted())
        titleModifiers = keys(file.titleModifiers)
        pastTitleModifiers = keys(file.pastTitleModifiers)
        titlePlurals = keys(file.titles.filter { !$0.contains(" ") }.map(Self.plural))
        pluralTitles = keys(allTitles.map { title in
            var words = title.split(separator: " ").map(String.init)
            words[words.count - 1] = Self.plural(words[words.count - 1])
            return words.joined(separator: " ")
        })
        groupHeads = keys(file.groupHeads)
        groupNameWords = keys(file.groupNameWords)
        groupCues = keys(file.groupCues)
        groupSuffixCues = keys(file.groupSuffixCues)
        acronymGroupCues = keys(file.acronymGroupCues)
        groupSuffixNouns = keys(file.groupSuffixNouns)
        groupCompoundSuffixes = keys(file.groupCompoundSuffixes)
        groupOfficerCues = keys(file.groupOfficerCues)
        adjectiveEndings = file.adjectiveEndings
        portfolios = keys(file.portfolios)
        operationNouns = keys(file.operationNouns)
        namingVerbs = keys(file.namingVerbs)
        compassInitials = Dictionary(file.compassInitials.map { (WordHash.word($0.key), WordHash.word($0.value)) }) { first, _ in first }
        placeHeads = keys(file.placeHeads)
        placeOrganisationHeads = keys(file.placeOrganisationHeads)
        locativePrepositions = keys(file.locativePrepositions)
        placePrepositions = keys(file.placePrepositions)
        operationCues = keys(file.operationCues)
        warHeads = keys(file.warHeads)
        capitalNouns = keys(file.capitalNouns)
        capitalCompounds = keys(file.capitalCompounds)
        personVerbs = keys(file.personVerbs)
        agentVerbs = keys(file.agentVerbs)
        stateObjectVerbs = keys(file.stateObjectVerbs)
        connectors = keys(file.connectors)
        stopCapitalized = keys(file.stopCapitalized)
        timeDesignators = keys(file.timeDesignators)
        placeObjectVerbs = keys(file.placeObjectVerbs)
        collectiveNouns = keys(file.collectiveNouns)
        nonNameWords = keys(file.nonNameWords)
        placeHeadsKeptInName = keys(file.placeHeadsKeptInName)
        titlePortfolioWords = keys(file.titlePortfolioWords)
        honorifics = keys(file.honorifics)
        formsOfAddress = keys(file.formsOfAddress)
        patronymicParticles = keys(file.patronymicParticles)
        irregularPlurals = keys(file.irregularPlurals)
        namePrepositions = keys(file.namePrepositions)
        titlesInsideNames = keys(file.titlesInsideNames)
        compoundSuffixes = keys(file.compoundSuffixes)
        placeCues = keys(file.placeCues)
        attributiveNames = keys(file.attributiveNames)
        controlSuffixes = keys(file.controlSuffixes)
        placeLeads = keys(file.placeLeads)
        titleSuffixes = keys(file.titleSuffixes)
        languageNouns = keys(file.languageNouns)
        stateFormWords = keys(file.stateFormWords)
        appositionContinuations = keys(file.appositionContinuations)
        unitHeads = keys(file.unitHeads)
        vesselNouns = keys(file.vesselNouns)
        settlementNouns = keys(file.settlementNouns)
        cityParts = keys(file.cityParts)
        titleOrdinals = keys(file.titleOrdinals)
        nameAbbreviations = keys(file.nameAbbreviations)
        days = keys(file.days)
        months = keys(file.months)
        cityPopulationWithoutContext = file.cityPopulationWithoutContext
        var common = stopCapitalized
        common.formUnion(days)
        common.formUnion(months)
        commonWords = common
        longestPhrase = max(1, titles.longest, titleModifiers.longest, groupHeads.longest, placeHeads.longest, groupCues.longest,
                            placeHeadsKeptInName.longest)
    }

    /// The regular English plural of a noun ("envoy" → "envoys", "secretary" → "secretaries").
    static func plural(_ noun: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !vowels.contains(before) { return noun.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: noun.hasSuffix) { return noun + "es" }
        return noun + "s"
    }

    /// The lexicon shipped with NewsGraph.
    public static func standard() throws -> Lexicon {
        try Lexicon(contentsOf: ResourceLoader.dataURL("lexicon.json"))
    }

    /// Whether a capitalised word is a calendar word or a function word, never a name by itself.
    @inline(__always)
    public func isCommonWord(_ word: UInt64) -> Bool {
        commonWords.contains(word: word)
    }
}
