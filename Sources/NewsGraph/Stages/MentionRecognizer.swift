/// Stage `mentions`: finds the names of people, states, groups, places and operations.
///
/// Works sentence by sentence on word *units* (words split at hyphens, so
/// `Iran-Pakistan` gives two units). Three sources of evidence, all general:
/// - the gazetteer (countries and their demonyms, regions, cities), matched longest first;
/// - capitalised runs classified by the words around and inside them, from the lexicon:
///   titles before a name make a Person, group heads (`Ministry`, `Embassy`, `Tribune`)
///   make a Group, place heads (`X province`, `X Airbase`) a Place, `Operation X` an
///   Operation, group cues (`the militant group X`) a Group;
/// - shape: two to four title-case words that the document never writes in lower case
///   make a Person; a lone capitalised word or a handle is kept as a *tentative* Person
///   that resolution keeps only if it matches a name found elsewhere.
public struct MentionRecognizer: DocumentStage {
    public let name = "mentions"
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    public init(lexicon: Lexicon, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// A word or part of a hyphenated word.
    struct Unit {
        var span: Span
        /// ``WordHash`` of the word (of the bytes, for barriers).
        var key: UInt64
        var capitalized: Bool
        var allCaps: Bool
        var token: Int
        /// Not a word: punctuation, number, URL or handle. Names never cross it.
        var barrier: Bool
        /// Whether this unit begins / ends its token.
        var tokenStart: Bool
        var tokenEnd: Bool
    }

    public func process(_ document: inout AnalyzedDocument) throws {
        // One context for the document, reset for each sentence, so its buffers are reused.
        let context = SentenceContext(document: document, lowercaseWords: Self.lowercaseWords(document), recognizer: self)
        for (sentence, range) in document.sentenceTokens.enumerated() {
            Self.units(document, range, suffixes: lexicon.compoundSuffixes, timeDesignators: lexicon.timeDesignators,
                       unitHeads: lexicon.unitHeads, nameAbbreviations: lexicon.nameAbbreviations, into: &context.units)
            context.begin(sentence: sentence)
            context.run()
        }
        // Mentions come sentence by sentence; within one, sort by position (taken out of the
        // context first, so sorting moves them instead of copying; most are in order already).
        var mentions = context.mentions
        context.mentions = []
        // (Through the buffer: the array's subscript would copy each mention it reads.)
        let inOrder = mentions.withUnsafeBufferPointer { m in !m.indices.dropFirst().contains { m[$0].span < m[$0 - 1].span } }
        if !inOrder { mentions.sort { $0.span < $1.span } }
        document.mentions = mentions
        Self.applyDefinedAcronyms(&document.mentions)
    }

    /// "The International Atomic Energy Agency (IAEA) …; IAEA inspectors …": once an
    /// acronym is defined in parentheses, its other uses in the article name the same
    /// entity (same hint and type).
    static func applyDefinedAcronyms(_ mentions: inout [Mention]) {
        var defined: [String: (hint: String, type: EntityType)] = [:]
        var definitions = Set<Span>()
        // (Through the buffer: iterating the array would copy each mention.)
        mentions.withUnsafeBufferPointer { mentions in
            for m in mentions.indices where mentions[m].keyHash == 0 && mentions[m].gazetteerEntry == nil {
                guard let hint = mentions[m].canonicalHint else { continue }
                definitions.insert(mentions[m].span)
                if defined[mentions[m].surface] == nil { defined[mentions[m].surface] = (hint, mentions[m].type) }
            }
        }
        guard !defined.isEmpty else { return }
        // (Not another reading of the definition itself, which resolution leaves aside.)
        for m in mentions.indices where mentions[m].canonicalHint == nil && mentions[m].gazetteerEntry == nil && !definitions.contains(mentions[m].span) {
            guard let (hint, type) = defined[mentions[m].surface] else { continue }
            mentions[m].canonicalHint = hint
            mentions[m].type = type
            mentions[m].tentative = false
        }
    }

    /// Keys of words the document writes in lower case somewhere: common words, not names.
    static func lowercaseWords(_ document: AnalyzedDocument) -> HashSet64 {
        document.tokens.withUnsafeBufferPointer { tokens in
            document.bytes.withUnsafeBufferPointer { bytes in
                var words = HashSet64(capacity: tokens.count / 2)
                for token in tokens where token.kind == .word && !token.isCapitalized {
                    let first = bytes[token.span.start]
                    if first >= 0x61 && first <= 0x7A { words.insert(token.hash) }
                }
                return words
            }
        }
    }

    /// Hashes of the few words and marks the rules name, computed once.
    let of = WordHash.word("of"), forWord = WordHash.word("for"), affairs = WordHash.word("affairs")
    let comma = WordHash.raw(","), period = WordHash.raw(".")
    let and = WordHash.word("and"), state = WordHash.word("state"), the = WordHash.word("the")
    let a = WordHash.word("a"), an = WordHash.word("an"), inWord = WordHash.word("in"), on = WordHash.word("on")
    let to = WordHash.word("to")
    /// Auxiliaries (and adverbs) of a passive: "was (also) struck", "has been hit".
    let passiveAuxiliaries = PhraseSet(["was", "were", "is", "are", "has", "have", "had", "been", "being", "also", "again", "repeatedly"])
    let apostrophe = WordHash.raw("'"), rightQuote = WordHash.raw("’"), openParenthesis = WordHash.raw("("), closeParenthesis = WordHash.raw(")")
    let possessive = WordHash.raw("’s"), possessiveASCII = WordHash.raw("'s")

    /// Hyphenated words longer than this (in bytes) stay one unit.
    static let longestSplitWord = 64

    /// Given names written with a hyphen and a short lower-case syllable ("Jae-myung") stay one unit.
    static let longestJoinedSyllable = 5

    static func units(_ document: AnalyzedDocument, _ range: Range<Int>, suffixes: PhraseSet, timeDesignators: PhraseSet,
                      unitHeads: PhraseSet, nameAbbreviations: PhraseSet, into units: inout [Unit]) {
        units.removeAll(keepingCapacity: true)
        units.reserveCapacity(range.count)
        document.bytes.withUnsafeBufferPointer { bytes in
          document.tokens.withUnsafeBufferPointer { tokens in
            var absorbed = -1      // a token the unit before took in: an ordinal's "th", an abbreviation's stop
            for index in range where index != absorbed {
                let token = tokens[index]
                // "the 47th Mechanised Brigade": an ordinal before a unit's name is one
                // capitalised word of that name.
                if token.kind == .number, let end = ordinalUnitEnd(index, range, tokens, bytes, unitHeads: unitHeads) {
                    let span = Span(token.span.start, end)
                    units.append(Unit(span: span, key: WordHash.word(bytes, span.start..<span.end), capitalized: true, allCaps: false,
                                      token: index, barrier: false, tokenStart: true, tokenEnd: true))
                    absorbed = index + 1
                    continue
                }
                guard token.kind == .word else {
                    units.append(Unit(span: token.span, key: token.hash, capitalized: false, allCaps: false,
                                      token: index, barrier: true, tokenStart: true, tokenEnd: true))
                    continue
                }
                // Names have a few hyphens at most ("Ould-Abdallah", "Kuala-Lumpur-based"): a
                // word with many is not split, so a hostile "a-a-a-…" costs one unit, not millions.
                let hasHyphen = token.hasHyphen && token.span.length <= Self.longestSplitWord
                // A model or type designation is no name (nor part of one); nor is a time's "AM" or "GMT".
                if isDesignation(token, bytes)
                    || index > range.lowerBound && tokens[index - 1].kind == .number && timeDesignators.contains(word: token.hash) {
                    units.append(Unit(span: token.span, key: token.hash, capitalized: false, allCaps: false,
                                      token: index, barrier: true, tokenStart: true, tokenEnd: true))
                    continue
                }
                // "St. Petersburg": an abbreviation that opens a name keeps its stop (its key stays the word's).
                // (The stop first: one byte rules out almost every word before any lookup.)
                if token.span.end < bytes.count, bytes[token.span.end] == UInt8(ascii: "."), token.isCapitalized, index + 2 < range.upperBound,
                   tokens[index + 1].kind == .punctuation, tokens[index + 1].span.start == token.span.end,
                   tokens[index + 2].kind == .word, tokens[index + 2].isCapitalized, nameAbbreviations.contains(word: token.hash) {
                    units.append(Unit(span: Span(token.span.start, token.span.end + 1), key: token.hash, capitalized: true, allCaps: false,
                                      token: index, barrier: false, tokenStart: true, tokenEnd: true))
                    absorbed = index + 1
                    continue
                }
                guard hasHyphen else {
                    units.append(Unit(span: token.span, key: token.hash, capitalized: token.isCapitalized, allCaps: token.isAllCaps,
                                      token: index, barrier: false, tokenStart: true, tokenEnd: true))
                    continue
                }
                appendParts(of: token, index: index, bytes, suffixes: suffixes, into: &units)
            }
          }
        }
    }

    /// The end of the ordinal at number token `index` ("47th", "1st") when a unit's name follows
    /// it: capitalised words, one of them a unit noun ("Mechanised Brigade", "Airborne Division").
    static func ordinalUnitEnd(_ index: Int, _ range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                               unitHeads: PhraseSet) -> Int? {
        let suffix = index + 1
        guard suffix + 1 < range.upperBound, tokens[suffix].kind == .word, tokens[suffix].span.start == tokens[index].span.end,
              tokens[suffix].span.length == 2, !tokens[suffix].isCapitalized else { return nil }
        let a = bytes[tokens[suffix].span.start], b = bytes[tokens[suffix].span.start + 1]
        switch (a, b) {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
             (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")): break
        default: return nil
        }
        var next = suffix + 1
        while next < min(range.upperBound, suffix + 5), tokens[next].kind == .word, tokens[next].isCapitalized {
            if unitHeads.contains(word: tokens[next].hash) { return tokens[suffix].span.end }
            next += 1
        }
        return nil
    }

    /// Whether a word is the letters of a model or type designation: a hyphen and a digit
    /// right after it ("F-16", "MiG-29", "S-400", "COVID-19").
    static func isDesignation(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = token.span.end
        return end + 1 < bytes.count && bytes[end] == UInt8(ascii: "-") && bytes[end + 1] >= 0x30 && bytes[end + 1] <= 0x39
    }

    /// The units of a hyphenated word, one per part; out of line, so the loop over plain
    /// words stays small.
    @inline(never)
    private static func appendParts(of token: Token, index: Int, _ bytes: UnsafeBufferPointer<UInt8>, suffixes: PhraseSet,
                                    into units: inout [Unit]) {
        var hyphens = 0
        for offset in token.span.start..<token.span.end where bytes[offset] == UInt8(ascii: "-") { hyphens += 1 }
        withUnsafeTemporaryAllocation(of: Span.self, capacity: hyphens + 1) { parts in
            var count = 0, start = token.span.start
            for offset in token.span.start..<token.span.end where bytes[offset] == UInt8(ascii: "-") {
                parts[count] = Span(start, offset)
                count += 1
                start = offset + 1
            }
            let last = Span(start, token.span.end)
            // "Lee Jae-myung", "Kim Jong-un": a short lower-case syllable that is no modifier
            // suffix joins the capitalised part before it (the last part only:
            // "Tehreek-e-Taliban" keeps its connector "e" apart).
            if count > 0, last.length >= 2, last.length <= Self.longestJoinedSyllable,
               bytes[parts[count - 1].start] >= 0x41 && bytes[parts[count - 1].start] <= 0x5A,
               (last.start..<last.end).allSatisfy({ bytes[$0] >= 0x61 && bytes[$0] <= 0x7A }),
               !suffixes.contains(word: WordHash.word(bytes, last.start..<last.end)) {
                parts[count - 1] = Span(parts[count - 1].start, last.end)
            } else {
                parts[count] = last
                count += 1
            }
            for n in 0..<count where !parts[n].isEmpty {
                let part = parts[n]
                var upper = 0, letters = 0
                var first: Unicode.Scalar? = nil
                var i = part.start
                while i < part.end {
                    let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
                    if first == nil { first = scalar }
                    if UTF8Scalars.isLetter(scalar) {
                        letters += 1
                        if UTF8Scalars.isUppercase(scalar) { upper += 1 }
                    }
                    i += length
                }
                units.append(Unit(span: part, key: WordHash.word(bytes, part.start..<part.end),
                                  capitalized: first.map(UTF8Scalars.isUppercase) ?? false,
                                  allCaps: letters >= 2 && upper == letters, token: index, barrier: false,
                                  tokenStart: n == 0, tokenEnd: n == count - 1))
            }
        }
    }
}

/// The recognition of a document, one sentence at a time (a class, so the rules below
/// share one copy of its state instead of passing a large struct around).
private final class SentenceContext {
    let document: AnalyzedDocument
    private(set) var sentence = 0
    /// The units of the current sentence.
    var units: [MentionRecognizer.Unit] = []
    let lowercaseWords: HashSet64
    let recognizer: MentionRecognizer
    /// Every mention found so far in the document.
    var mentions: [Mention] = []
    /// Units of the current sentence already part of a mention.
    var covered: [Bool] = []
    /// Name keys of the groups the document has named so far.
    var groupKeys = HashSet64()
    /// A headline: most words capitalised, so capitalisation says little.
    private(set) var isHeadline = false
    /// The last bare title seen ("Turkey's Minister of Foreign Affairs,"), for the name after it.
    var pendingRole: (role: String, affiliation: Span?)?
    /// The unit just after that bare title.
    var pendingRoleEnd = -1
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    init(document: AnalyzedDocument, lowercaseWords: HashSet64, recognizer: MentionRecognizer) {
        self.document = document
        self.lowercaseWords = lowercaseWords
        self.recognizer = recognizer
        lexicon = recognizer.lexicon
        gazetteer = recognizer.gazetteer
        mentions.reserveCapacity(document.tokens.count / 8)
    }

    /// Starts sentence `sentence`, whose units are in `units`.
    func begin(sentence: Int) {
        self.sentence = sentence
        covered.reset(count: units.count, to: false)
        pendingRole = nil
        pendingRoleEnd = -1
        var words = 0, capitalised = 0
        for unit in units where !unit.barrier && unit.tokenStart {
            words += 1
            if unit.capitalized { capitalised += 1 }
        }
        // Headlines capitalise most words and have no full stop at the end.
        let last = units.last.map { document.bytes[$0.span.start] }
        let endsSentence = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        isHeadline = words >= 4 && Double(capitalised) / Double(words) > 0.6 && !endsSentence
    }

    func run() {
        handles()
        var i = 0
        // After a bare title ("X's Minister of Foreign Affairs"), the name that follows a
        // comma is that person's, even across a portfolio ("… for Asia and Africa, Name").
        var pendingTitle = false
        while i < units.count {
            guard startsRun(i) else {
                let unit = units[i]
                // ("Chinese Ambassador to Zimbabwe X": the title's posting may follow it.)
                let posting = unit.key == recognizer.to && i == pendingRoleEnd
                if pendingTitle, unit.barrier ? unit.key != recognizer.comma : !lexicon.titlePortfolioWords.contains(word: unit.key) && !posting {
                    pendingTitle = false
                }
                i += 1
                continue
            }
            let end = runEnd(from: i)
            if pendingTitle, i >= 1, units[i - 1].key == recognizer.to, postingThenName(i..<end) {
                pendingTitle = false
                i = end
                continue
            }
            let inPortfolio = pendingTitle && i > 0 && !units[i - 1].barrier && lexicon.titlePortfolioWords.contains(word: units[i - 1].key)
            if inPortfolio, portfolioThenName(i..<end) {
                pendingTitle = false
                i = end
                continue
            }
            let bareTitle = classify(i..<end, afterTitle: pendingTitle && !inPortfolio)
            pendingTitle = bareTitle || inPortfolio
            i = end
        }
    }

    /// "X, a Venezuelan gang the …", "X, an armed group known as …": an apposition right after
    /// the run that says it is a body (a few modifiers, then a body noun that ends the phrase).
    func isGroupApposition(after i: Int) -> Bool {
        guard i + 2 < units.count, units[i].barrier, units[i].key == recognizer.comma,
              units[i + 1].key == recognizer.a || units[i + 1].key == recognizer.an else { return false }
        var j = i + 2
        while j < min(units.count, i + 5), !units[j].barrier, !lexicon.groupSuffixNouns.contains(word: units[j].key) { j += 1 }
        guard j < min(units.count, i + 5), !units[j].barrier, !units[j].capitalized else { return false }
        let next = j + 1
        return next >= units.count || units[next].barrier || lexicon.appositionContinuations.contains(word: units[next].key)
    }

    /// Whether unit `i` starts the sentence or follows a mark other than a comma (a dateline's
    /// dash, a quotation mark): a place where any word is capitalised.
    func startsClause(_ i: Int) -> Bool {
        i == 0 || units[i - 1].barrier && units[i - 1].key != recognizer.comma
    }

    /// Whether a capitalised run starts at unit `i`.
    func startsRun(_ i: Int) -> Bool {
        let unit = units[i]
        guard !unit.barrier else { return false }
        if unit.capitalized { return true }
        // A lower-case particle starts a run only before a capitalised word: inside a name
        // ("Abdel Fattah al-Burhan") or joined to the name it starts by a hyphen ("al-Shabaab
        // militants"). (The neighbours first: most lower-case words fail there, unlooked-up.)
        guard i + 1 < units.count, !units[i + 1].barrier, units[i + 1].capitalized else { return false }
        let joined = unit.tokenStart && !units[i + 1].tokenStart
        let inside = i > 0 && !units[i - 1].barrier && units[i - 1].capitalized
        return (joined || inside) && lexicon.connectors.contains(word: unit.key)
    }

    // MARK: Runs

    func isConnector(_ i: Int) -> Bool {
        !units[i].capitalized && lexicon.connectors.contains(word: units[i].key)
    }

    /// End of the capitalised run starting at `start`: capitalised words, inner connectors
    /// (`al`, `bin`, `ul`) and `of` after a group head or title (`Ministry of Foreign Affairs`).
    func runEnd(from start: Int) -> Int {
        var end = start + 1
        while end < units.count {
            let unit = units[end]
            if unit.barrier {
                // An initial: "S. Jaishankar", "George W. Bush".
                if unit.key == recognizer.period, unit.span.start == units[end - 1].span.end, units[end - 1].span.length == 1,
                   units[end - 1].capitalized, end + 1 < units.count, !units[end + 1].barrier, units[end + 1].capitalized {
                    end += 1
                    continue
                }
                // An irregular plural's possessive inside a name: "People's Liberation Army".
                if isPossessiveMark(end), lexicon.irregularPlurals.contains(word: units[end - 1].key), units[end - 1].capitalized,
                   unit.span.start == units[end - 1].span.end, end + 1 < units.count, !units[end + 1].barrier, units[end + 1].capitalized {
                    end += 1
                    continue
                }
                // A plural possessive inside a name: "Kurdistan Workers' Party".
                if unit.key == recognizer.apostrophe || unit.key == recognizer.rightQuote, unit.span.start == units[end - 1].span.end,
                   document.bytes[units[end - 1].span.end - 1] == UInt8(ascii: "s"), end + 1 < units.count,
                   !units[end + 1].barrier, units[end + 1].capitalized {
                    end += 1
                    continue
                }
                break
            }
            if unit.capitalized { end += 1; continue }
            var next = end + 1
            // "President-elect Donald Trump": a title's hyphened suffix inside the run.
            if !unit.tokenStart, lexicon.titleSuffixes.contains(word: unit.key), next < units.count, !units[next].barrier,
               units[next].capitalized { end = next; continue }
            // Two particles in a row: "Ursula von der Leyen", "Vincent van den Berg".
            if lexicon.connectors.contains(word: unit.key), next < units.count, !units[next].barrier, !units[next].capitalized,
               lexicon.connectors.contains(word: units[next].key) { next += 1 }
            // "Group for the Support of Islam", "Council of the European Union", "Minister of the
            // Interior": "the" after a body's head or a title and its "of" or "for".
            // (Not "Foreign Minister of the Kingdom of X": a state follows, not the title's portfolio.)
            if unit.key == recognizer.of || unit.key == recognizer.forWord, next + 1 < units.count, !units[next].barrier,
               units[next].key == recognizer.the, lexicon.groupHeads.contains(word: units[end - 1].key) || lexicon.titles.contains(word: units[end - 1].key),
               !units[next + 1].barrier, units[next + 1].capitalized {
                if lexicon.titles.contains(word: units[end - 1].key), lexicon.stateFormWords.contains(word: units[next + 1].key),
                   next + 2 < units.count, units[next + 2].key == recognizer.of { break }
                next += 1
            }
            guard next < units.count, !units[next].barrier, units[next].capitalized else { break }
            // ("Forces of the 444th Brigade": a unit opened by an ordinal is a name of its own.)
            if UTF8Scalars.isDigit(document.bytes[units[next].span.start]) { break }
            if lexicon.connectors.contains(word: unit.key) { end = next; continue }
            // "Ministry of Foreign Affairs", "Strait of Hormuz", "Line of Control" (a place's head
            // only as the run's one word: "the Sambisa Forest of Borno State" is two places).
            if unit.key == recognizer.of, (start..<end).contains(where: { lexicon.groupHeads.contains(word: units[$0].key)
                || lexicon.titles.contains(word: units[$0].key) }) || end == start + 1 && lexicon.placeHeads.contains(word: units[start].key) {
                end = next
                continue
            }
            // "Centers for Disease Control" (after a title, "for" opens a portfolio instead:
            // "Secretary for Afghanistan and West Asia, Name").
            if unit.key == recognizer.forWord, lexicon.groupHeads.contains(word: units[end - 1].key) {
                end = next
                continue
            }
            // "Department of Health and Human Services": "and" inside what a head's "of" or
            // "for" governs.
            // (Not before a people's name and a lower-case word: "general secretary of the
            // Communist Party of Vietnam and Vietnamese president" ends the body's name at "and".)
            if unit.key == recognizer.and, (start..<end).contains(where: { (units[$0].key == recognizer.of || units[$0].key == recognizer.forWord)
                && $0 > start && lexicon.groupHeads.contains(word: units[$0 - 1].key) }), !isDemonymBeforeLowercase(next) {
                end = next
                continue
            }
            // "Trinidad and Tobago", "Bosnia and Herzegovina", "Republic of Korea": a gazetteer name across "and" or "of".
            if unit.key == recognizer.and || unit.key == recognizer.of, (start..<end).contains(where: { position in
                gazetteerMatchIndex(at: position, limit: min(units.count, end + 1 + gazetteer.maxWords)).map { $0.0 > end + 1 } ?? false
            }) {
                end = next
                continue
            }
            // "African Union Transition Mission in Somalia (ATMIS)", "United Nations Interim Force
            // in Lebanon (UNIFIL)": a body's name across "in" when its acronym says so.
            if unit.key == recognizer.inWord, let close = acronymEnd(ofBody: start..<end, across: next) {
                end = close
                continue
            }
            // "Operation Shield and Arrow", "Operation Swords of Iron".
            if unit.key == recognizer.and || unit.key == recognizer.of && end - start >= 2, lexicon.operationCues.contains(word: units[start].key) {
                end = next
                continue
            }
            break
        }
        return end
    }

    /// Whether unit `i` is a people's name (a demonym) followed by a lower-case word: an
    /// adjective before a noun ("Vietnamese president"), not a word of a name.
    func isDemonymBeforeLowercase(_ i: Int) -> Bool {
        guard i + 1 < units.count, !units[i + 1].barrier, !units[i + 1].capitalized,
              let (end, entry) = gazetteerMatchIndex(at: i, limit: min(units.count, i + 1 + gazetteer.maxWords)) else { return false }
        return end == i + 1 && gazetteer.entries[Int(entry)].kind == .demonym
    }

    /// Where a body's name that goes on past "in" ends, if it does: `head` names a body
    /// ("Mission", "Force"), the capitalised words from `next` are followed by an acronym in
    /// parentheses, and the acronym's letters are initials of the whole name, in order.
    func acronymEnd(ofBody head: Range<Int>, across next: Int) -> Int? {
        guard head.contains(where: { lexicon.groupHeads.contains(word: units[$0].key) }) else { return nil }
        var k = next
        while k < units.count, !units[k].barrier, units[k].capitalized { k += 1 }
        guard k + 2 < units.count, units[k].key == recognizer.openParenthesis, units[k + 2].key == recognizer.closeParenthesis,
              !units[k + 1].barrier, units[k + 1].allCaps else { return nil }
        // (Not a sentence's first "The".)
        let first = units[head.lowerBound].key == recognizer.the ? head.lowerBound + 1 : head.lowerBound
        return isAcronym(k + 1, of: first..<k) ? k : nil
    }

    /// Whether the word at unit `acronym` is made of initials of the words of `name` (and of
    /// capitalised parts of hyphenated ones: "Inter-Services"), in order, starting with the first.
    func isAcronym(_ acronym: Int, of name: Range<Int>) -> Bool {
        let initials = name.filter { units[$0].tokenStart || units[$0].capitalized && !units[$0].barrier }
            .map { document.bytes[units[$0].span.start] & 0xDF }
        let letters = document.bytes[units[acronym].span.start..<units[acronym].span.end]
        guard letters.first == initials.first else { return false }
        var i = initials.startIndex
        for letter in letters {
            while i < initials.endIndex, initials[i] != letter { i += 1 }
            guard i < initials.endIndex else { return false }
            i += 1
        }
        return true
    }

    /// "Inter-Services Public Relations (ISPR)": a name that is no person's, right before its
    /// acronym in parentheses, names an organisation.
    func isDefinedByAcronym(_ run: Range<Int>) -> Bool {
        let k = run.upperBound
        guard k + 2 < units.count, units[k].key == recognizer.openParenthesis, units[k + 2].key == recognizer.closeParenthesis,
              !units[k + 1].barrier, units[k + 1].allCaps, units[k + 1].span.length >= 3 else { return false }
        return isAcronym(k + 1, of: run)
    }

    /// Classifies a capitalised run and records its mentions. Returns whether the run was
    /// a bare title (so a name after a comma is that person: "X's Minister, Jane Doe").
    func classify(_ whole: Range<Int>, afterTitle: Bool) -> Bool {
        var run = whole
        // Sentence-initial function words, days and months are not part of a name (but a
        // preposition capitalised inside a clause starts one: "talks with To Lam").
        // (An ordinal capitalised inside a clause opens a name: "near Second Thomas Shoal".)
        while !run.isEmpty, lexicon.isCommonWord(units[run.lowerBound].key), titleEnd(at: run.lowerBound, limit: run.upperBound) == nil,
              gazetteerMatchIndex(at: run.lowerBound, limit: run.upperBound) == nil, !isNamePreposition(run.lowerBound, in: run),
              !(run.count >= 3 && !startsClause(run.lowerBound) && lexicon.titleOrdinals.contains(word: units[run.lowerBound].key)) {
            run = (run.lowerBound + 1)..<run.upperBound
        }
        // (A run that is a title keeps its last word: "Prime Minister" before "and Foreign Minister X",
        // also after its state: "Kazakh Deputy Prime Minister and Foreign Minister X".)
        // (So does a name ending in a month's name when no day follows: "Theresa May", "Dong Jun".)
        // (A short function word closing a name is a syllable of it: "Tran Van An".)
        while !run.isEmpty, lexicon.isCommonWord(units[run.upperBound - 1].key) && !units[run.upperBound - 1].allCaps && !isSurnameMonth(run)
                && !isClosingSyllable(run) || isConnector(run.upperBound - 1), titleEnd(at: pastStates(run), limit: run.upperBound) != run.upperBound {
            run = run.lowerBound..<(run.upperBound - 1)     // but initials in capitals stay ("the US")
        }
        guard !run.isEmpty else { return false }
        // "the frigate Admiral Gorshkov", "the submarine Kazan": a vessel's name (unless it
        // names a state or a known body: "a vessel Houthi forces struck").
        // ("the Star X, a foreign-owned bulk carrier": named as one in an apposition.)
        if isAfterVesselNoun(whole.lowerBound) || isBeforeVesselApposition(whole.upperBound),
           gazetteerMatchIndex(at: run.lowerBound, limit: run.upperBound).map({ gazetteer.entries[Int($0.1)].type != .place }) != true {
            return false
        }
        // "the 47th Mechanised Brigade": an ordinal opens a military unit's name.
        if UTF8Scalars.isDigit(document.bytes[units[run.lowerBound].span.start]) {
            add(run, type: .group, affiliation: possessor(before: whole.lowerBound))
            return false
        }

        // "Junta leader X", "Opposition leader Y" opening a clause: the capital is the
        // sentence's, the word begins a lower-case title; no name.
        if run.count == 1, startsClause(run.lowerBound), let end = titleEnd(at: run.lowerBound, limit: units.count), end > run.upperBound {
            return false
        }
        // "at the Ministry of Foreign Affairs Mohammed bin Abdulaziz Al Khulaifi": a body named
        // by its head and portfolio, then the name of its officer.
        // ("the Ministry of Foreign Affairs Spokesperson X": and the officer's title between.)
        if let bodyEnd = portfolioBodyEnd(run) {
            let possessed = possessor(before: whole.lowerBound)
            let nameStart = titleEnd(at: bodyEnd, limit: run.upperBound) ?? bodyEnd
            if run.upperBound - nameStart >= 2, isNameShaped(nameStart..<run.upperBound) {
                add(run.lowerBound..<bodyEnd, type: .group, affiliation: possessed)
                add(nameStart..<run.upperBound, type: .person, role: nameStart > bodyEnd ? text(bodyEnd..<nameStart) : nil,
                    affiliation: spanOf(run.lowerBound..<bodyEnd))
                return false
            }
        }
        if let group = groupReferredTo(byDemonym: run) {
            add(run, type: .group, hint: group)
            return false
        }
        let possessed = possessor(before: whole.lowerBound)
        if let war = namedWar(run) {
            add(war, type: .operation)
            return false
        }
        if let kind = wholeRunType(run) {
            var affiliation = kind == .person ? nil : possessed
            // "Indian Navy", "Afghan Taliban": a body named after its state belongs to it.
            if kind == .group, affiliation == nil, let (end, entry) = gazetteerMatchIndex(at: run.lowerBound, limit: run.upperBound),
               gazetteer.entries[Int(entry)].type == .state, end < run.upperBound, addGazetteer(run.lowerBound..<end, entry) != nil {
                affiliation = spanOf(run.lowerBound..<end)
            }
            add(kind == .place ? withKeptPlaceHead(run) : run, type: kind, affiliation: affiliation)
            return false
        }
        // Leading states and demonyms ("Iranian Foreign Minister …", "Pakistan Foreign Office"),
        // also after the title's modifiers ("Former British Prime Minister …").
        var rest = run
        var modifiersEnd = rest.lowerBound
        while modifiersEnd < rest.upperBound, lexicon.titleModifiers.contains(word: units[modifiersEnd].key) { modifiersEnd += 1 }
        if modifiersEnd > rest.lowerBound, let (_, entry) = gazetteerMatchIndex(at: modifiersEnd, limit: rest.upperBound),
           gazetteer.entries[Int(entry)].type == .state {
            rest = modifiersEnd..<rest.upperBound
        }
        var leadingStates: [(Range<Int>, Int32)] = []
        while let (end, entry) = gazetteerMatchIndex(at: rest.lowerBound, limit: rest.upperBound),
              gazetteer.entries[Int(entry)].type == .state, end < rest.upperBound {
            leadingStates.append((rest.lowerBound..<end, entry))
            rest = end..<rest.upperBound
        }
        if let kind = wholeRunType(rest), kind == .group {
            for (range, entry) in leadingStates { addGazetteer(range, entry) }
            add(run, type: .group, affiliation: leadingStates.last.map { spanOf($0.0) } ?? possessed)
            return false
        }
        for (range, entry) in leadingStates { addGazetteer(range, entry) }
        // "the President of the Republic of Korea Lee Jae-myung": a title, "of (the)", the
        // state (its own run), then the holder's name.
        if let state = leadingStates.last, rest.count >= 2, isNameShaped(rest), let role = titleBeforeOf(whole.lowerBound) {
            add(rest, type: .person, role: role, affiliation: spanOf(state.0))
            return false
        }
        // "senior adviser for Africa X", "envoy for the Sahel X": a lower-case title, "for",
        // a region it covers, then the holder's name.
        let forIndex = whole.lowerBound >= 1 && units[whole.lowerBound - 1].key == recognizer.the ? whole.lowerBound - 2 : whole.lowerBound - 1
        if leadingStates.isEmpty, forIndex >= 1, units[forIndex].key == recognizer.forWord,
           let (end, entry) = gazetteerMatchIndex(at: rest.lowerBound, limit: rest.upperBound), gazetteer.entries[Int(entry)].type == .place,
           rest.upperBound - end >= 2, isNameShaped(end..<rest.upperBound), let role = lowercaseTitle(before: forIndex) {
            addGazetteer(rest.lowerBound..<end, entry)
            add(end..<rest.upperBound, type: .person, role: role)
            return false
        }
        var leadingOrganisation: Span? = nil
        // A known organisation before a title ("UN Secretary-General X", "EU Commissioner X").
        if leadingStates.isEmpty, let (end, entry) = gazetteerMatchIndex(at: rest.lowerBound, limit: rest.upperBound),
           gazetteer.entries[Int(entry)].type == .group, end < rest.upperBound, titleEnd(at: end, limit: rest.upperBound) != nil,
           let added = addGazetteer(rest.lowerBound..<end, entry) {
            leadingOrganisation = mentions[added].span
            rest = end..<rest.upperBound
        }
        // An organisation's name before a title ("African Union Commission Chairperson X",
        // "World Health Organization Director-General X"): the body, then the officer.
        // (Of one word if it is a body's known name: "Taliban Foreign Minister X".)
        let shortestOrganisation = lexicon.groupNameWords.contains(word: units[rest.lowerBound].key) ? 1 : 2
        if rest.count >= 3, titleEnd(at: rest.lowerBound, limit: rest.upperBound) == nil,
           let split = (rest.lowerBound + shortestOrganisation..<rest.upperBound).first(where: { titleEnd(at: $0, limit: rest.upperBound) != nil }),
           lexicon.titles.contains(word: units[split].key) || titleEnd(at: split, limit: rest.upperBound).map({ $0 < rest.upperBound }) == true,
           wholeRunType(rest.lowerBound..<split) == .group, let added = add(rest.lowerBound..<split, type: .group) {
            leadingOrganisation = mentions[added].span
            rest = split..<rest.upperBound
        }

        // "Hassan Sheikh Mohamud": a title that also stands inside names, between name words,
        // is part of the name (not "Saudi Sheikh X": a state's word first).
        if rest.count >= 3, titleEnd(at: rest.lowerBound, limit: rest.upperBound) == nil,
           lexicon.titlesInsideNames.contains(word: units[rest.lowerBound + 1].key), !units[rest.lowerBound].allCaps,
           gazetteerMatchIndex(at: rest.lowerBound, limit: rest.upperBound).map({ gazetteer.entries[Int($0.1)].type == .state }) != true,
           isNameShaped(rest) {
            add(rest, type: .person, affiliation: possessed)
            return false
        }
        // A title a word or two into the run, after a word we do not know ("Saudi Foreign
        // Minister X" when "Saudi" is unknown): the title and name still count.
        if titleEnd(at: rest.lowerBound, limit: rest.upperBound) == nil,
           let offset = (1...2).first(where: { rest.lowerBound + $0 < rest.upperBound && titleEnd(at: rest.lowerBound + $0, limit: rest.upperBound) != nil }),
           !lexicon.isCommonWord(units[rest.lowerBound + offset].key) || lexicon.titles.contains(word: units[rest.lowerBound + offset].key),
           // (Not a title's modifier inside a place's name: "Papua New Guinea".)
           gazetteerMatchIndex(at: rest.lowerBound, limit: rest.upperBound).map({ $0.0 > rest.lowerBound + offset }) != true {
            // An unknown acronym before a title is the office's organisation ("NATO Secretary-General X");
            // so is a word the article never writes in lower case, unless it reads as an adjective
            // of a people ("Nato Secretary General X", not "Scottish First Minister X").
            if offset == 1, units[rest.lowerBound].allCaps || isBodyName(rest.lowerBound),
               gazetteerMatchIndex(at: rest.lowerBound, limit: rest.lowerBound + 1) == nil,
               let added = add(rest.lowerBound..<(rest.lowerBound + 1), type: .group) {
                leadingOrganisation = mentions[added].span
            }
            rest = (rest.lowerBound + offset)..<rest.upperBound
        }
        // "Thai acting Prime Minister X", "Pakistan's caretaker Prime Minister X": the state
        // before lower-case modifiers of the title.
        // ("Qatar's Prime Minister and Foreign Minister X": the state of the title before "and".)
        let sharedTitleState = pendingRoleEnd >= 0 && whole.lowerBound == pendingRoleEnd + 1 && units[pendingRoleEnd].key == recognizer.and
            ? pendingRole?.affiliation : nil
        let affiliation = leadingOrganisation ?? leadingStates.last.map { spanOf($0.0) } ?? possessed ?? sharedTitleState
            ?? (rest.lowerBound == whole.lowerBound ? bodyBeforeAcronym(whole.lowerBound) : nil)
            ?? (rest.lowerBound == whole.lowerBound && titleEnd(at: rest.lowerBound, limit: rest.upperBound) != nil ? stateBeforeModifiers(whole.lowerBound) : nil)
        // Titles: "Acting Foreign Minister Jane Doe", "FM Doe".
        var afterTitles = rest.lowerBound
        while afterTitles < rest.upperBound, let end = titleEnd(at: afterTitles, limit: rest.upperBound) { afterTitles = end }
        // Modifiers alone ("State House", "Acting Director") are not a title.
        if afterTitles > rest.lowerBound, !(rest.lowerBound..<afterTitles).contains(where: { lexicon.titles.contains(word: units[$0].key) })
            && titleEnd(at: rest.lowerBound, limit: afterTitles).map({ end in (rest.lowerBound..<end).allSatisfy { lexicon.titleModifiers.contains(word: units[$0].key) } }) == true {
            afterTitles = rest.lowerBound
        }
        if afterTitles > rest.lowerBound {
            var name = afterTitles..<rest.upperBound
            // (A form of address closing the titles is no part of the office: "Foreign Minister Prince".)
            var roleEnd = afterTitles
            while roleEnd - rest.lowerBound >= 2, lexicon.formsOfAddress.contains(word: units[roleEnd - 1].key),
                  lexicon.titles.contains(word: units[roleEnd - 2].key), !lexicon.formsOfAddress.contains(word: units[roleEnd - 2].key) { roleEnd -= 1 }
            let role = text(rest.lowerBound..<roleEnd)
            if name.isEmpty {
                pendingRole = (role, affiliation)
                pendingRoleEnd = rest.upperBound
                return true
            }
            let titleOfPlace = units[name.lowerBound].key == recognizer.of
            if titleOfPlace {
                name = (name.lowerBound + 1)..<name.upperBound
                // "President of (the Islamic Republic of) Iran Masoud Pezeshkian", as state media
                // write it: the state, then its officer's name.
                let stateStart = name.lowerBound < name.upperBound && units[name.lowerBound].key == recognizer.the ? name.lowerBound + 1 : name.lowerBound
                if let (end, entry) = gazetteerMatchIndex(at: stateStart, limit: name.upperBound), gazetteer.entries[Int(entry)].type == .state,
                   end < name.upperBound, isNameShaped(end..<name.upperBound), addGazetteer(stateStart..<end, entry) != nil {
                    add(end..<name.upperBound, type: .person, role: role, affiliation: spanOf(stateStart..<end))
                    return false
                }
                // "Chief of Army Staff General Asim Munir": past the portfolio, the name follows
                // the last title word.
                if let last = name.indices.last(where: { lexicon.titles.contains(word: units[$0].key) }),
                   last > name.lowerBound, last + 1 < name.upperBound {
                    name = (last + 1)..<name.upperBound
                }
            }
            // "President of the UAE": the state's name after "the".
            if titleOfPlace, name.count >= 2, units[name.lowerBound].key == recognizer.the,
               gazetteerMatchIndex(at: name.lowerBound + 1, limit: name.upperBound)?.0 == name.upperBound {
                name = (name.lowerBound + 1)..<name.upperBound
            }
            if !name.isEmpty {
                if let (end, entry) = gazetteerMatchIndex(at: name.lowerBound, limit: name.upperBound), end == name.upperBound,
                   // (A title right before a town's name is a person's: "Pope Leo", not the town Léo.)
                   titleOfPlace || gazetteer.entries[Int(entry)].kind != .city || name.count > 1 {
                    splitIntoKnownNames(name)        // "Foreign Minister of Iran"
                } else if let type = wholeRunType(name), type != .person {
                    add(name, type: type)
                } else if name.count == 1, units[name.lowerBound].allCaps {
                    add(name, type: .group, tentative: true)     // "Spokesperson MEA": the office's body, not a name
                } else {
                    add(name, type: .person, role: role, affiliation: affiliation)
                }
            }
            return false
        }
        if afterTitle, rest.count >= 2, isNameShaped(rest) {
            add(rest, type: .person, role: pendingRole?.role, affiliation: pendingRole?.affiliation)
            return false
        }
        splitIntoKnownNames(rest)
        return false
    }

    /// Whether `run` ends with a short capitalised word after two name words that are no
    /// common words ("Tran Van An"): a syllable of the name, not an article left hanging.
    func isClosingSyllable(_ run: Range<Int>) -> Bool {
        let last = run.upperBound - 1
        return run.count >= 3 && units[last].span.length <= 3 && units[last].capitalized
            && !lexicon.isCommonWord(units[last - 1].key) && !lexicon.isCommonWord(units[last - 2].key)
    }

    /// Where a body's name that opens `run` ends when it is a head, "of" and a portfolio
    /// ("Ministry of Foreign Affairs", "Department of Defense") and more words follow it in
    /// the run.
    func portfolioBodyEnd(_ run: Range<Int>) -> Int? {
        guard run.count >= 5, lexicon.groupHeads.contains(word: units[run.lowerBound].key), units[run.lowerBound + 1].key == recognizer.of else { return nil }
        var end = run.lowerBound + 2
        if units[end].key == recognizer.the { end += 1 }
        guard let length = (1...3).reversed().first(where: { end + $0 < run.upperBound && lexicon.portfolios.contains(phrase: phraseHash(end..<(end + $0))) })
        else { return nil }
        end += length
        if end < run.upperBound, units[end].key == recognizer.affairs { end += 1 }     // ("Foreign Affairs")
        return run.upperBound - end >= 2 ? end : nil
    }

    /// The start of `run` past the states and demonyms that open it (where a title after
    /// them begins: "Kazakh Deputy Prime Minister"), before its last word.
    func pastStates(_ run: Range<Int>) -> Int {
        var start = run.lowerBound
        while let (end, entry) = gazetteerMatchIndex(at: start, limit: run.upperBound), gazetteer.entries[Int(entry)].type == .state,
              end < run.upperBound { start = end }
        return start
    }

    /// The title that ends with "of" or "of the" right before unit `i` ("the President of
    /// the" before "Republic of Korea"), as written.
    func titleBeforeOf(_ i: Int) -> String? {
        var of = i - 1
        if of >= 0, units[of].key == recognizer.the { of -= 1 }
        guard of >= 1, units[of].key == recognizer.of else { return nil }
        for start in max(0, of - lexicon.longestPhrase)..<of where !units[start].barrier && units[start].capitalized {
            if titleEnd(at: start, limit: of) == of { return text(start..<of) }
        }
        return nil
    }

    /// "Minister of State for Foreign Affairs Mohammed X": the rest of a bare title's
    /// portfolio (title words), then the holder's name in the same run. Adds the person
    /// with the pending title and says whether it did.
    func portfolioThenName(_ run: Range<Int>) -> Bool {
        var start = run.lowerBound
        while start < run.upperBound, lexicon.titleWords.contains(word: units[start].key) { start += 1 }
        guard start > run.lowerBound, run.upperBound - start >= 2, isNameShaped(start..<run.upperBound),
              gazetteerMatchIndex(at: start, limit: run.upperBound) == nil else { return false }
        add(start..<run.upperBound, type: .person, role: pendingRole?.role, affiliation: pendingRole?.affiliation)
        return true
    }

    /// "Chinese Ambassador to Zimbabwe Zhou Ding", "US Envoy to the UN X": after a bare title
    /// and "to", the state of its posting, then the holder's name in the same run. Adds both
    /// (the person with the pending title) and says whether it did.
    func postingThenName(_ run: Range<Int>) -> Bool {
        guard let (end, entry) = gazetteerMatchIndex(at: run.lowerBound, limit: run.upperBound),
              gazetteer.entries[Int(entry)].type == .state, run.upperBound - end >= 2, isNameShaped(end..<run.upperBound),
              gazetteerMatchIndex(at: end, limit: run.upperBound) == nil else { return false }
        addGazetteer(run.lowerBound..<end, entry)
        add(end..<run.upperBound, type: .person, role: pendingRole?.role, affiliation: pendingRole?.affiliation)
        return true
    }

    /// "the Palestinian group", "the Lebanese movement" with no name after it: a demonym that
    /// refers back to the last group the article named that belongs to no state (not to the
    /// people's state). The group's name, if there is one.
    func groupReferredTo(byDemonym run: Range<Int>) -> String? {
        guard run.lowerBound >= 1, units[run.lowerBound - 1].key == recognizer.the, run.upperBound < units.count,
              !units[run.upperBound].barrier, !units[run.upperBound].capitalized,
              lexicon.groupSuffixNouns.contains(word: units[run.upperBound].key),
              !(run.upperBound + 1 < units.count && !units[run.upperBound + 1].barrier && units[run.upperBound + 1].capitalized),
              let (end, entry) = gazetteerMatchIndex(at: run.lowerBound, limit: run.upperBound), end == run.upperBound,
              gazetteer.entries[Int(entry)].kind == .demonym,
              // (Among the last few hundred names: what the phrase can refer back to, in bounded time.)
              let group = mentions.suffix(400).last(where: { $0.type == .group && !$0.tentative && $0.affiliation == nil }) else { return nil }
        return group.canonicalHint ?? group.surface
    }

    /// Whether a capitalised word follows the lower-case word at `i`, past one more lower-case
    /// word ("militant group Name", "rebels Name").
    func namedAfter(_ i: Int) -> Bool {
        var j = i + 1
        // (Past one more word of a body: "militant group X"; not a verb, "X rebels seized Goma",
        // nor a preposition, "the X movement in Yemen" names a place after.)
        if j < units.count, !units[j].barrier, !units[j].capitalized, lexicon.groupSuffixCues.contains(word: units[j].key) { j += 1 }
        return j < units.count && !units[j].barrier && units[j].capitalized && units[j].tokenStart
    }

    /// "the Iran-Iraq war": two or more state names followed by a lower-case war head.
    func namedWar(_ run: Range<Int>) -> Range<Int>? {
        guard run.count >= 2, run.upperBound < units.count else { return nil }
        let head = units[run.upperBound]
        guard !head.barrier, !head.capitalized, lexicon.warHeads.contains(word: head.key) else { return nil }
        for i in run {
            guard let entry = gazetteer.firstIndex(phrase: phraseHash(i..<(i + 1))),
                  gazetteer.entries[Int(entry)].type == .state else { return nil }
        }
        return run.lowerBound..<(run.upperBound + 1)
    }

    /// The type of a run from its head words and surroundings, when the whole run is one name.
    func wholeRunType(_ run: Range<Int>) -> EntityType? {
        guard !run.isEmpty else { return nil }
        let keys = UnitKeys(units: units, run: run)
        let afterIndex = run.upperBound < units.count && !units[run.upperBound].barrier ? run.upperBound : nil
        if keys.count >= 2 || !lexicon.isCommonWord(keys[0]), isGroupApposition(after: run.upperBound) { return .group }
        if lexicon.operationCues.contains(word: keys[0]) && keys.count >= 2 { return .operation }
        // (A run goes on past "in" only for a body its acronym names: ``acronymEnd(ofBody:across:)``.)
        if keys.count >= 3, run.contains(where: { units[$0].key == recognizer.inWord && !units[$0].capitalized }) { return .group }
        // (Past a leading particle: "al-Shabaab", "al-Qaeda"; or two words: "Islamic State West Africa Province".)
        // (Not "Taliban Foreign Minister X": the body, then its officer's title and name.)
        if lexicon.groupNameWords.contains(word: keys[0]) && !(keys.count >= 3 && titleEnd(at: run.lowerBound + 1, limit: run.upperBound).map { $0 < run.upperBound } == true)
            || keys.count >= 2 && lexicon.groupNameWords.contains(phrase: phraseHash(run.lowerBound..<(run.lowerBound + 2)))
            || keys.count >= 2 && lexicon.connectors.contains(word: keys[0]) && lexicon.groupNameWords.contains(word: keys[1]) { return .group }
        if let (end, _) = gazetteerMatchIndex(at: run.lowerBound, limit: run.upperBound), end == run.upperBound { return nil }
        // A run that is one listed title is no body, whatever its last word ("the Chief of
        // Defence Staff, Gen. X").
        if keys.count >= 2, lexicon.titles.contains(phrase: phraseHash(run)) { return nil }
        let last = phraseHash(run.upperBound - 1..<run.upperBound)
        let lastTwo = keys.count >= 2 ? phraseHash(run.upperBound - 2..<run.upperBound) : 0
        if lexicon.warHeads.contains(phrase: last), keys.count >= 2 { return .operation }     // "the Gulf War"
        if lexicon.placeOrganisationHeads.contains(phrase: last) || lexicon.placeOrganisationHeads.contains(phrase: lastTwo) { return keys.count >= 2 ? .place : nil }
        // A capitalised place head ends the name: "Gaza Strip", "Swat Valley", "Red Sea"; "State"
        // only after a region's name ("Kebbi State", "Rakhine State"; "Islamic State" is a group).
        if keys.count >= 2, lexicon.placeHeads.contains(phrase: last), !lexicon.groupHeads.contains(phrase: last),
           keys.last != recognizer.state || namesRegion(run.lowerBound..<(run.upperBound - 1)) { return .place }
        if lexicon.groupHeads.contains(phrase: last) || lexicon.groupHeads.contains(phrase: lastTwo) {
            return keys.count >= 2 || units[run.lowerBound].allCaps ? .group : nil
        }
        if keys.count >= 3, lexicon.groupHeads.contains(word: keys[0]), keys[1] == recognizer.of || keys[1] == recognizer.forWord { return .group }
        // ("Economic Community of West African States", "Reserve Bank of India": a body's head a
        // word or two in, then "of" or "for".)
        if keys.count >= 4, let k = (1...2).first(where: { $0 + 2 < keys.count && lexicon.groupHeads.contains(word: keys[$0])
               && (keys[$0 + 1] == recognizer.of || keys[$0 + 1] == recognizer.forWord) }),
           (0..<k).allSatisfy({ !lexicon.isCommonWord(keys[$0]) }),
           // (Not cut short before a title's plural: "SCO Council of Foreign | Ministers".)
           let last = keys.last, !lexicon.titleWords.contains(word: last) { return .group }
        if keys.count >= 3, lexicon.placeHeads.contains(word: keys[0]), keys[1] == recognizer.of { return .place }
        if keys.count >= 2, lexicon.placeLeads.contains(word: keys[0]) { return .place }      // "Qasr Al Watan", "Mount Sinjar"
        if let after = afterIndex, !units[after].capitalized {
            let afterTwo = after + 1 < units.count && !units[after + 1].barrier ? phraseHash(after..<(after + 2)) : 0
            // "a Boko Haram camp" once the article has named the group: the group's camp, not a place name.
            // (Not a faith's or a people's adjective after "a": "a Hindu temple", "a Kurdish
            // village" name no place; "the Kurdish region" may.)
            if lexicon.placeHeads.contains(word: units[after].key) || lexicon.placeHeads.contains(phrase: afterTwo) {
                if keys.allSatisfy({ lexicon.nonNameWords.contains(word: $0) }),
                   previousWord(run.lowerBound).map({ $0 == recognizer.a || $0 == recognizer.an }) == true { return nil }
                return namesEarlierGroup(run) ? .group : .place
            }
            // "Houthi-run", "RSF-controlled": the body that runs or holds something.
            if !units[after].tokenStart, lexicon.groupCompoundSuffixes.contains(word: units[after].key),
               !keys.allSatisfy({ lexicon.nonNameWords.contains(word: $0) || lexicon.isCommonWord($0) }) {
                return .group
            }
            // "Houthi leader X", "Kremlin spokesman X", but not "Netanyahu spokesman X" nor, once
            // Lee Jae-myung is named, "Lee's chief of staff X" (a surname written first).
            // (Nor a sentence's first word the article also writes in lower case: "Junta spokesman X"
            // after "the junta said".)
            if units[after].tokenStart, lexicon.groupOfficerCues.contains(word: units[after].key), keys.count <= 2,
               !keys.allSatisfy({ lexicon.nonNameWords.contains(word: $0) || lexicon.isCommonWord($0) }), !namesEarlierPerson(run, firstName: true),
               !(keys.count == 1 && startsClause(run.lowerBound) && lowercaseWords.contains(keys[0])) {
                return .group
            }
            // (Unless a name follows: in "Sindhi militant group Sindhudesh Revolutionary Army" the run only describes it.
            // Nor a sentence's first word the article also writes in lower case: "Gang members attacked".)
            if lexicon.groupSuffixCues.contains(word: units[after].key),
               !keys.allSatisfy({ lexicon.nonNameWords.contains(word: $0) || lexicon.isCommonWord($0) }),
               !(keys.count == 1 && startsClause(run.lowerBound) && lowercaseWords.contains(keys[0]))
                || lexicon.groupSuffixNouns.contains(word: units[after].key), !namedAfter(after) {
                return .group    // "Houthi rebels", "the Islamic State group", but not "Sunni Muslim militants"
            }
        }
        // The words right before the run, longest cue first.
        var wordsBefore = 0
        while wordsBefore < 3, run.lowerBound - wordsBefore - 1 >= 0, !units[run.lowerBound - wordsBefore - 1].barrier { wordsBefore += 1 }
        for n in stride(from: wordsBefore, through: 1, by: -1) {
            let cue = phraseHash((run.lowerBound - n)..<run.lowerBound)
            if lexicon.groupCues.contains(phrase: cue) { return .group }
            if lexicon.placeCues.contains(phrase: cue) { return .place }     // "the city of X"
            // ("an operation Prime Minister X called …": a title starts a person, not the operation's name.)
            if lexicon.operationCues.contains(phrase: cue), titleEnd(at: run.lowerBound, limit: run.upperBound) == nil { return .operation }     // "code-named X"
        }
        // "the operation, named Northern Arrows,": a naming verb after a comma that follows an
        // operation noun.
        if run.lowerBound >= 3, !units[run.lowerBound - 1].barrier, lexicon.namingVerbs.contains(word: units[run.lowerBound - 1].key),
           units[run.lowerBound - 2].key == recognizer.comma, !units[run.lowerBound - 3].barrier,
           lexicon.operationNouns.contains(word: units[run.lowerBound - 3].key), titleEnd(at: run.lowerBound, limit: run.upperBound) == nil {
            return .operation
        }
        // 'an operation Prime Minister X called "Rising Lion"': a quoted name after a naming
        // verb, with an operation noun a few words before.
        if run.lowerBound >= 2, units[run.lowerBound - 1].barrier, isQuote(run.lowerBound - 1), !units[run.lowerBound - 2].barrier,
           lexicon.namingVerbs.contains(word: units[run.lowerBound - 2].key),
           (max(0, run.lowerBound - 10)..<(run.lowerBound - 2)).contains(where: { !units[$0].barrier && lexicon.operationNouns.contains(word: units[$0].key) }) {
            return .operation
        }
        return nil
    }

    /// Whether unit `i` is an opening quotation mark.
    func isQuote(_ i: Int) -> Bool {
        let byte = document.bytes[units[i].span.start]
        return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xE2      // (0xE2: “ or ‘ in UTF-8)
    }

    /// Whether the word at unit `i` may be a body's one-word name: capitalised, not a common,
    /// descriptive, modifier or portfolio word ("Trade Representative") nor a kind of body
    /// ("Parliament Speaker"), never written in lower case, without an adjective's ending.
    func isBodyName(_ i: Int) -> Bool {
        let key = units[i].key
        guard units[i].capitalized, units[i].tokenStart && units[i].tokenEnd, units[i].span.length >= 3, !lexicon.isCommonWord(key),
              !lexicon.nonNameWords.contains(word: key), !lexicon.titleModifiers.contains(word: key), !lexicon.portfolios.contains(word: key),
              !lexicon.groupHeads.contains(word: key), !lowercaseWords.contains(key) else { return false }
        let word = document.string(units[i].span).lowercased()
        return !lexicon.adjectiveEndings.contains { word.hasSuffix($0) }
    }

    /// Whether the document has already named a group with the words of `run`.
    func namesEarlierGroup(_ run: Range<Int>) -> Bool { groupKeys.contains(phraseHash(run)) }

    /// Whether the run's last word ends a person's name found earlier in the document.
    /// (With `firstName`, also whether it begins one: "Abiy" for "Abiy Ahmed".)
    func namesEarlierPerson(_ run: Range<Int>, firstName: Bool = false) -> Bool {
        let word = document.string(units[run.upperBound - 1].span)
        return mentions.contains { $0.type == .person && !$0.tentative
            && ($0.surface == word || $0.surface.hasSuffix(" " + word) || firstName && $0.surface.hasPrefix(word + " ")) }
    }

    /// The keys of a run's units, read in place (no array is built).
    struct UnitKeys {
        let units: [MentionRecognizer.Unit]
        let run: Range<Int>
        var count: Int { run.count }
        subscript(_ i: Int) -> UInt64 { units[run.lowerBound + i].key }
        var last: UInt64? { run.isEmpty ? nil : units[run.upperBound - 1].key }
        func allSatisfy(_ test: (UInt64) -> Bool) -> Bool { run.allSatisfy { test(units[$0].key) } }
    }

    /// Whether the words right before unit `i` say a place follows ("the city of", "the
    /// outskirts of").
    func hasPlaceCue(before i: Int) -> Bool { endsPhrase(of: lexicon.placeCues, before: i, lowercase: false) }

    /// Whether the words right before unit `i` are one of `phrases` (only lower-case words, if
    /// `lowercase`).
    func endsPhrase(of phrases: PhraseSet, before i: Int, lowercase: Bool) -> Bool {
        var n = 1
        while n <= phrases.longest, i - n >= 0, !units[i - n].barrier, !(lowercase && units[i - n].capitalized) {
            if phrases.contains(phrase: phraseHash((i - n)..<i)) { return true }
            n += 1
        }
        return false
    }

    /// Whether a vessel noun ("frigate", "aircraft carrier") comes right before unit `i`.
    func isAfterVesselNoun(_ i: Int) -> Bool { endsPhrase(of: lexicon.vesselNouns, before: i, lowercase: true) }

    /// Whether an apposition that names a vessel follows unit `end` (", a Greek-owned bulk
    /// carrier", ", the oil tanker"): a comma, an article, a few modifiers and a vessel noun
    /// that closes the phrase.
    func isBeforeVesselApposition(_ end: Int) -> Bool {
        guard end + 2 < units.count, units[end].key == recognizer.comma else { return false }
        let article = units[end + 1].key
        guard article == recognizer.a || article == recognizer.an || article == recognizer.the else { return false }
        var k = end + 2
        while k < min(units.count, end + 2 + Self.longestVesselApposition), !units[k].barrier {
            k += 1
            if (k == units.count || units[k].barrier), isAfterVesselNoun(k) { return true }
        }
        return false
    }

    /// Words an apposition may take before its vessel noun ("a Liberian-flagged Greek-owned crude").
    static let longestVesselApposition = 8

    /// "Gaza, Rafah and …": whether the unit at `i` comes after a place just recorded and a
    /// list separator ("," "and" ", and"), so it is listed with that place.
    func followsListedPlace(_ i: Int) -> Bool {
        var separator = i - 1
        guard separator >= 1, units[separator].key == recognizer.comma || units[separator].key == recognizer.and else { return false }
        if units[separator].key == recognizer.and, separator >= 2, units[separator - 1].key == recognizer.comma { separator -= 1 }
        guard let last = mentions.indices.last, mentions[last].sentence == sentence, mentions[last].type == .place else { return false }
        // ("X in January and Y", "X on Monday, Y": each listed with its own time.)
        var end = separator - 1
        if end >= 2, units[end].capitalized, lexicon.months.contains(word: units[end].key) || lexicon.days.contains(word: units[end].key),
           units[end - 1].key == recognizer.inWord || units[end - 1].key == recognizer.on {
            end -= 2
        }
        return mentions[last].span.end == units[end].span.end
    }

    /// The phrase hash of the units in `range`.
    func phraseHash(_ range: Range<Int>) -> UInt64 {
        range.reduce(WordHash.emptyPhrase) { WordHash.phrase($0, appending: units[$1].key) }
    }

    /// The run with a following lower-case place head that belongs to the name
    /// ("Kurdish region", "Bagram airbase"); heads like "province" stay outside.
    func withKeptPlaceHead(_ run: Range<Int>) -> Range<Int> {
        // (Not after a name that has its own head: "the Black Sea port" is a port on that sea.)
        if lexicon.placeHeads.contains(word: units[run.upperBound - 1].key) { return run }
        for length in [2, 1] where run.upperBound + length <= units.count {
            let head = (run.upperBound..<(run.upperBound + length))
            guard head.allSatisfy({ !units[$0].barrier && !units[$0].capitalized }) else { continue }
            if lexicon.placeHeadsKeptInName.contains(phrase: phraseHash(head)) {
                return run.lowerBound..<head.upperBound
            }
        }
        return run
    }

    /// Records each gazetteer name inside the run; what is left, if name-shaped, is a Person.
    /// Whether a gazetteer place name found at `match` inside `run` should count: capitals,
    /// countries and demonyms always; other places when they are the whole run and are
    /// large, follow a locative preposition or come before a place head ("X province").
    func acceptsPlace(_ entryIndex: Int32, _ match: Range<Int>, in run: Range<Int>) -> Bool {
        let kind = gazetteer.entries[Int(entryIndex)].kind
        switch kind {
        case .demonym:
            // "known by its Spanish initials": a language.
            return !(match == run && match.upperBound < units.count && !units[match.upperBound].barrier && !units[match.upperBound].capitalized
                     && lexicon.languageNouns.contains(word: units[match.upperBound].key))
        case .country, .capital, .custom: return true
        case .region, .city:
            guard match == run else { return false }
            // "Abiy Ahmed … Abiy's office said": a word of a name the article gave a person
            // (a town of that name is not meant).
            if match.count == 1, namesEarlierPerson(run, firstName: true) { return false }
            if kind == .city && gazetteer.entries[Int(entryIndex)].population >= lexicon.cityPopulationWithoutContext { return true }
            // A region that shares its name with a large city ("Mombasa").
            if kind == .region, (gazetteer.largestCityPopulation(phrase: phraseHash(match)) ?? -1) >= lexicon.cityPopulationWithoutContext {
                return true
            }
            if kind == .region && match.count >= 2 { return true }
            // "according to Western officials": an adjective, not the Western province.
            if match.count == 1, lexicon.attributiveNames.contains(word: units[match.lowerBound].key), match.upperBound < units.count,
               !units[match.upperBound].barrier, !units[match.upperBound].capitalized {
                return false
            }
            if let previous = previousWord(run.lowerBound), lexicon.locativePrepositions.contains(word: previous) { return true }
            // "the attacks targeted Kayes": a place struck or taken, by its own name (or a
            // longer form of it), not a one-word alias that may be someone's name.
            // (Hashing the canonical name only when a cue asks for it.)
            func ownName() -> Bool { match.count >= 2 || WordHash.phrase(gazetteer.entries[Int(entryIndex)].canonical) == phraseHash(match) }
            if let previous = previousWord(run.lowerBound), lexicon.placeObjectVerbs.contains(word: previous), ownName() {
                return true
            }
            // "Afghanistan's Khost": a place's possessor says it is a place (by its own name:
            // "Ethiopia's Abiy" in a headline is the prime minister, not a town called so once).
            if possessor(before: run.lowerBound) != nil, ownName() { return true }
            if followsListedPlace(run.lowerBound) || hasPlaceCue(before: run.lowerBound) { return true }
            // "Pakistan-administered Kashmir", "Russian-held Kherson": a place under someone's control.
            let before = run.lowerBound - 1
            if before >= 1, !units[before].barrier, !units[before].tokenStart, lexicon.controlSuffixes.contains(word: units[before].key) { return true }
            if run.upperBound < units.count, lexicon.placeHeads.contains(word: units[run.upperBound].key) { return true }
            if run.upperBound + 1 < units.count, units[run.upperBound].key == recognizer.comma,
               let (_, next) = gazetteerMatchIndex(at: run.upperBound + 1, limit: units.count),
               gazetteer.entries[Int(next)].kind == .country || gazetteer.entries[Int(next)].kind == .region {
                return true
            }
            return false
        }
    }

    func splitIntoKnownNames(_ run: Range<Int>) {
        var i = run.lowerBound
        var unknownStart: Int? = nil
        func flushUnknown(_ self: SentenceContext, upTo end: Int) {
            guard let start = unknownStart else { return }
            unknownStart = nil
            self.addUnknown(start..<end)
        }
        while i < run.upperBound {
            if let (end, entry) = gazetteerMatchIndex(at: i, limit: run.upperBound),
               acceptsPlace(entry, i..<end, in: run) {
                flushUnknown(self, upTo: i)
                let possessed = gazetteer.entries[Int(entry)].type == .place ? possessor(before: i) : nil
                if let added = addGazetteer(i..<end, entry), let possessed { mentions[added].affiliation = possessed }
                i = end
            } else {
                if unknownStart == nil { unknownStart = i }
                i += 1
            }
        }
        flushUnknown(self, upTo: run.upperBound)
    }

    /// Whether a lower-case title starts at unit `i` and a capitalised name follows it.
    func headsOffice(_ i: Int) -> Bool {
        // (Past a possessive, and a comma before the name: "NATO's secretary general, Mark Rutte".)
        let start = i < units.count && units[i].barrier && isPossessiveMark(i) ? i + 1 : i
        guard start < units.count, !units[start].barrier, !units[start].capitalized, let end = titleEnd(at: start, limit: units.count),
              (start..<end).allSatisfy({ !units[$0].capitalized }) else { return false }
        let name = start > i && end < units.count && units[end].key == recognizer.comma ? end + 1 : end
        return name < units.count && !units[name].barrier && units[name].capitalized
    }

    /// A title in lower case right before unit `start` ("defence minister X"; at a clause's
    /// start its first word is capitalised: "Defence minister X"), as written.
    func lowercaseTitle(before start: Int) -> String? {
        for k in max(0, start - lexicon.longestPhrase)..<start {
            guard (k..<start).allSatisfy({ !units[$0].barrier && (!units[$0].capitalized || $0 == k && startsClause(k)) }),
                  titleEnd(at: k, limit: start) == start else { continue }
            return text(k..<start)
        }
        return nil
    }

    /// A run that nothing identified: a Person if it has the shape of a name.
    func addUnknown(_ run: Range<Int>) {
        var run = run
        // "met al-Sharaa": a lower-case particle hyphened to one capitalised word, the surname
        // of a name the article may give in full (kept only if resolution finds it).
        if run.count == 2, isConnector(run.lowerBound), units[run.lowerBound].tokenStart, !units[run.lowerBound + 1].tokenStart,
           units[run.lowerBound + 1].tokenEnd, !isHeadline, isNameShaped((run.lowerBound + 1)..<run.upperBound) {
            add(run, type: .person, tentative: true)
            return
        }
        while !run.isEmpty, lexicon.isCommonWord(units[run.lowerBound].key) && !isNamePreposition(run.lowerBound, in: run) || isConnector(run.lowerBound) {
            run = (run.lowerBound + 1)..<run.upperBound
        }
        guard !run.isEmpty, !isHeadline else { return }
        // An acronym the article has already defined ("Rapid Support Forces (RSF)") keeps
        // that type and refers to the same name.
        if run.count == 1, units[run.lowerBound].allCaps, !covered[run.lowerBound], let earlier = mentions.last(where: {
            $0.type != .person && !$0.tentative && $0.span.length == units[run.lowerBound].span.length && $0.surface == text(run) }) {
            add(run, type: earlier.type, hint: earlier.canonicalHint ?? earlier.surface)
            return
        }
        if run.count == 1, !covered[run.lowerBound], let body = bodyAbbreviated(by: run) {
            add(run, type: .group, hint: body)
            return
        }
        if run.count >= 2 && run.count <= 5 && (isNameShaped(run) || lowercaseTitle(before: run.lowerBound) != nil && isNameShaped(run, surnameAfterTitle: true)) {
            // "in North Waziristan": after a place preposition, and not a possessor ("in John
            // Smith's view"), an unknown name is a place.
            if let previous = previousWord(run.lowerBound), lexicon.placePrepositions.contains(word: previous),
               !(run.upperBound < units.count && isPossessiveMark(run.upperBound)) {
                add(run, type: .place)
            } else {
                add(run, type: .person, role: lowercaseTitle(before: run.lowerBound))
            }
        } else if run.count == 1, isNameShaped(run), units[run.lowerBound].tokenStart && units[run.lowerBound].tokenEnd
                    || (units[run.lowerBound].tokenStart && run.lowerBound + 1 < units.count && !units[run.lowerBound + 1].tokenStart) {
            // A lone word in capitals ("MEA") is an organisation's initials more often than
            // a person; either way it counts only if resolution finds what it stands for —
            // unless a lower-case title and a name follow ("EU foreign policy chief Kaja
            // Kallas", "UN envoy X"): then it is the body of that office.
            let allCaps = units[run.lowerBound].allCaps
            // ("the Baltic states", "Nordic countries": a word describing a collective, no name.)
            if !allCaps, run.upperBound < units.count, !units[run.upperBound].barrier, !units[run.upperBound].capitalized,
               lexicon.collectiveNouns.contains(word: units[run.upperBound].key) { return }
            // (So is a word never written in lower case before such a title: "Nato's secretary general, X".)
            // (Not a person's name the article gave: "Keir Starmer … Starmer's spokesman, X", "Lee
            // Jae-myung … Lee's chief of staff X".)
            let body = allCaps || isBodyName(run.lowerBound) && headsOffice(run.upperBound) && !namesEarlierPerson(run, firstName: true)
            add(run, type: body ? .group : .person, tentative: !(body && headsOffice(run.upperBound) || allCaps && namesArmedGroup(after: run.upperBound)))
        } else if run.count >= 2, run.count <= 8, isDefinedByAcronym(run) {
            add(run, type: .group)
        } else if run.count == 1, units[run.lowerBound].tokenStart, !units[run.lowerBound].tokenEnd {
            // First part of a hyphenated name ("Ould-Abdallah"): take the whole token.
            var end = run.upperBound
            while end < units.count, !units[end].tokenStart, !units[end].barrier { end += 1 }
            if isNameShaped(run.lowerBound..<end) { add(run.lowerBound..<end, type: .person, tentative: true) }
        }
    }

    /// Whether the lower-case words from unit `i` make a lone acronym before them an armed
    /// group ("PKK militants", "PKK positions", "the TTP terrorist group").
    func namesArmedGroup(after i: Int) -> Bool {
        guard i < units.count, !units[i].barrier, !units[i].capitalized else { return false }
        return lexicon.groupSuffixCues.contains(word: units[i].key) || lexicon.acronymGroupCues.contains(word: units[i].key)
    }

    /// The name of a body the article has already named whose initials a lone word in
    /// capitals is ("the RSF", "RSF fighters" after "Rapid Support Forces").
    func bodyAbbreviated(by run: Range<Int>) -> String? {
        guard run.count == 1, units[run.lowerBound].allCaps, units[run.lowerBound].tokenStart, units[run.lowerBound].tokenEnd,
              (2...6).contains(units[run.lowerBound].span.length) else { return nil }
        let acronym = text(run)
        let first = acronym.utf8.first, length = acronym.utf8.count
        guard let body = mentions.last(where: { $0.type == .group && !$0.tentative && $0.surface.utf8.first == first
                                                  && $0.surface.utf8.count > length && Self.initials(of: $0.surface) == acronym })
        else { return nil }
        return body.canonicalHint ?? body.surface
    }

    /// The capitals that start a name's capitalised words ("Rapid Support Forces" → "RSF",
    /// "Tehreek-e-Taliban Pakistan" → "TTP", "Joint Chiefs of Staff" → "JCS").
    static func initials(of name: String) -> String {
        var result = ""
        var atWordStart = true
        for character in name {
            if character == " " || character == "-" { atWordStart = true; continue }
            if atWordStart, character.isUppercase { result.append(character) }
            atWordStart = false
        }
        return result
    }

    /// Title-case words (connectors allowed inside) that the document never writes in lower case.
    /// (`surnameAfterTitle`: the run follows a title, so its last word may be a people's name
    /// that is a surname too: "spokesperson Mumtaz Zahra Baloch".)
    func isNameShaped(_ run: Range<Int>, surnameAfterTitle: Bool = false) -> Bool {
        for i in run {
            let unit = units[i]
            // An initial and its period ("S. Jaishankar", "George W. Bush") inside the name.
            if isInitial(i) && i + 2 < run.upperBound || unit.barrier && i > run.lowerBound && isInitial(i - 1) && i + 1 < run.upperBound { continue }
            if unit.barrier { return false }
            if isConnector(i) && i != run.lowerBound && i != run.upperBound - 1 { continue }
            if !unit.capitalized || (unit.allCaps && unit.span.length > 1 && run.count > 1) { return false }
            if i == run.upperBound - 1, isSurnameMonth(run) || isClosingSyllable(run) { continue }      // "Theresa May", "Tran Van An"
            if i == run.lowerBound, isNamePreposition(i, in: run) { continue }
            if lexicon.nonNameWords.contains(word: unit.key), surnameAfterTitle, i == run.upperBound - 1, run.count >= 2,
               !lexicon.isCommonWord(unit.key) { continue }
            if lexicon.isCommonWord(unit.key) || lexicon.nonNameWords.contains(word: unit.key) || lowercaseWords.contains(unit.key) { return false }
            if lexicon.titles.contains(word: unit.key) || lexicon.groupHeads.contains(word: unit.key) || lexicon.placeHeads.contains(word: unit.key),
               !(i > run.lowerBound && i < run.upperBound - 1 && lexicon.titlesInsideNames.contains(word: unit.key)) { return false }
            if lexicon.titlePlurals.contains(word: unit.key) { return false }
        }
        return true
    }

    /// A single capital letter right before a period: an initial.
    /// A preposition capitalised inside a clause, not in a headline, before more of the run:
    /// the first word of a name ("To Lam").
    func isNamePreposition(_ i: Int, in run: Range<Int>) -> Bool {
        i + 1 < run.upperBound && units[i].capitalized && !units[i].allCaps && !isHeadline && !startsClause(i)
            && lexicon.namePrepositions.contains(word: units[i].key)
    }

    func isInitial(_ i: Int) -> Bool {
        i + 1 < units.count && !units[i].barrier && units[i].capitalized && units[i].span.length == 1
            && units[i + 1].key == recognizer.period && units[i + 1].span.start == units[i].span.end
    }

    // MARK: Lexicon and gazetteer matching

    /// End of a title phrase (with modifiers) starting at `i`, if one starts there.
    func titleEnd(at i: Int, limit: Int) -> Int? {
        var hash = WordHash.emptyPhrase
        var found: Int? = nil
        var modifierEnd: Int? = nil
        for end in (i + 1)...min(limit, i + lexicon.longestPhrase) {
            if units[end - 1].barrier { break }
            hash = WordHash.phrase(hash, appending: units[end - 1].key)
            let isModifier = lexicon.titleModifiers.contains(phrase: hash)
            if isModifier || lexicon.titles.contains(phrase: hash) || end - i >= 2 && lexicon.pluralTitles.contains(phrase: hash) { found = end }
            if isModifier { modifierEnd = end }
        }
        // A modifier, then a title it qualifies: "Deputy Prime Minister", "Acting Foreign Minister".
        if let modifierEnd, modifierEnd == found, modifierEnd < limit, let next = titleEnd(at: modifierEnd, limit: limit) { return next }
        // "President-elect", "Prime Minister-designate": a title hyphened to its suffix.
        if let end = found, end < limit, !units[end].tokenStart, lexicon.titleSuffixes.contains(word: units[end].key) { return end + 1 }
        return found
    }

    /// The longest gazetteer name starting at unit `i` (capitalised) and ending before `limit`,
    /// with the index of its entry. A name may end inside a hyphenated word only if every
    /// part of that word is a name.
    func gazetteerMatchIndex(at i: Int, limit: Int) -> (Int, Int32)? {
        guard i < limit, !units[i].barrier, units[i].capitalized else { return nil }
        let best = longestName(at: i, limit: limit)
        guard let (end, entry) = best else { return nil }
        // A function word is no name ("Us"), but initials in capitals may be ("US").
        if end == i + 1, lexicon.isCommonWord(units[i].key), !units[i].allCaps { return nil }
        // Initials in capitals ("UN") are not a town of that name ("Un"): no city or region
        // is written in capitals, while countries' initials (US, UK) are listed as such; but
        // for a dateline opening a line ("PESHAWAR: …").
        if end == i + 1, units[i].allCaps, gazetteer.entries[Int(entry)].kind == .city || gazetteer.entries[Int(entry)].kind == .region,
           !(units[i].span.length >= 4 && (units[i].span.start == 0 || document.bytes[units[i].span.start - 1] == UInt8(ascii: "\n"))) {
            return nil
        }
        // ... and a short word written otherwise is not an organisation's initials ("Kim Jong Un").
        if end == i + 1, !units[i].allCaps, units[i].span.length <= 3, gazetteer.entries[Int(entry)].type == .group { return nil }
        if !units[i].tokenStart || !units[end - 1].tokenEnd {
            // Inside a compound: accept only when the compound splits wholly into names, or
            // the name begins it and a modifier suffix ends it ("Iran-backed", "Kuala-Lumpur-based").
            guard compoundIsAllNames(token: units[i].token) || (units[i].tokenStart && restIsSuffix(after: end, token: units[i].token)) else {
                return nil
            }
        }
        return (end, entry)
    }

    /// Whether `run` is wholly one region's or city's name in the gazetteer.
    func namesRegion(_ run: Range<Int>) -> Bool {
        guard let (end, entry) = gazetteerMatchIndex(at: run.lowerBound, limit: run.upperBound), end == run.upperBound else { return false }
        let kind = gazetteer.entries[Int(entry)].kind
        return kind == .region || kind == .city
    }

    /// The longest gazetteer name starting at unit `i` and ending by `limit`, before the checks.
    private func longestName(at i: Int, limit: Int) -> (Int, Int32)? {
        var hash = WordHash.emptyPhrase
        var best: (Int, Int32)? = nil
        var first = i
        // "N. Korea", "S. Sudan": a compass initial and its period stand for the word.
        if units[i].span.length == 1, i + 2 < limit, units[i + 1].barrier, units[i + 1].span.length == 1,
           document.bytes[units[i + 1].span.start] == UInt8(ascii: "."), let word = lexicon.compassInitials[units[i].key] {
            hash = WordHash.phrase(hash, appending: word)
            first = i + 2
        }
        guard first < limit else { return nil }
        for end in (first + 1)...min(limit, first + gazetteer.maxWords) {
            let unit = units[end - 1]
            if unit.barrier { break }
            hash = WordHash.phrase(hash, appending: unit.key)
            if let entry = gazetteer.firstIndex(phrase: hash) {
                best = (end, entry)
            }
        }
        return best
    }

    /// Whether the units of `token` from `end` on are modifier suffixes ("-backed", "-led").
    func restIsSuffix(after end: Int, token: Int) -> Bool {
        var i = end
        while i < units.count, units[i].token == token {
            guard !units[i].capitalized, lexicon.compoundSuffixes.contains(word: units[i].key) else { return false }
            i += 1
        }
        return i > end
    }

    func compoundIsAllNames(token: Int) -> Bool {
        // (A token's units are consecutive.)
        guard let first = units.firstIndex(where: { $0.token == token }) else { return false }
        var end = first
        while end < units.count, units[end].token == token { end += 1 }
        guard end - first >= 2 else { return false }
        return (first..<end).allSatisfy { gazetteer.firstIndex(phrase: phraseHash($0..<($0 + 1))) != nil && units[$0].capitalized }
    }

    /// The key of the word right before unit `i`, if it is a word.
    func previousWord(_ i: Int) -> UInt64? {
        i > 0 && !units[i - 1].barrier ? units[i - 1].key : nil
    }

    // MARK: Recording

    func handles() {
        for (i, unit) in units.enumerated() where unit.barrier && document.tokens[unit.token].kind == .handle {
            mentions.append(Mention(sentence: sentence, span: unit.span, surface: document.string(unit.span),
                                    type: .person, tentative: true))
            covered[i] = true
        }
    }

    @discardableResult
    func add(_ run: Range<Int>, type: EntityType, tentative: Bool = false, hint: String? = nil,
                      role: String? = nil, affiliation: Span? = nil) -> Int? {
        // "Sir Keir Starmer": the honorific is no part of the name.
        let run = type == .person && run.count >= 2 && lexicon.honorifics.contains(word: units[run.lowerBound].key) ? run.dropFirst() : run
        guard !run.isEmpty, !run.contains(where: { covered[$0] && type != .group }) else { return nil }
        let span = Span(units[run.lowerBound].span.start, units[run.upperBound - 1].span.end)
        // (A group may cover words already read, but not be read twice: "(PKK)" after its name.)
        if type == .group, let existing = mentions.withUnsafeBufferPointer({ m in
            m.indices.reversed().prefix(while: { m[$0].sentence == sentence }).first(where: { m[$0].span == span })
        }) {
            return existing
        }
        // ("Operation Spiderweb" and 'the operation, codenamed "Spiderweb"': one operation.)
        let key = type == .operation && run.count >= 2 && lexicon.operationCues.contains(word: units[run.lowerBound].key)
            ? phraseHash(run.dropFirst()) : phraseHash(run)
        // "former Brazilian President X": the office is past, though the modifier stands
        // before the state.
        var role = role
        if type == .person, let title = role, let affiliation, affiliation.start < span.start,
           let state = units.firstIndex(where: { $0.span.start == affiliation.start }), state > 0, !units[state - 1].barrier,
           lexicon.pastTitleModifiers.contains(word: units[state - 1].key) {
            role = document.string(units[state - 1].span) + " " + title
        }
        // "Al-Shabaab militants attacked …; an airstrike against Al-Shabaab": a name the
        // article has given a group is that group where it stands alone.
        var type = type, tentative = tentative
        if type == .person, role == nil, groupKeys.contains(key) {
            type = .group
            tentative = false
        }
        if type == .group { groupKeys.insert(key) }
        // "RSF fighters" after "Rapid Support Forces": the same body.
        let hint = hint ?? (type == .group && !tentative ? bodyAbbreviated(by: run) : nil)
        mentions.append(Mention(sentence: sentence, span: span, surface: document.string(span),
                                type: type, canonicalHint: hint, tentative: tentative, role: role, affiliation: affiliation,
                                keyHash: key))
        for i in run { covered[i] = true }
        let added = mentions.count - 1
        // "Kurdistan Workers' Party (PKK)": the acronym names the same entity. (Not after a
        // one-word name: "CAIRO (AP)" is a dateline and its agency's credit.)
        let open = run.upperBound
        if type == .group || type == .operation || type == .place, !tentative, run.count > 1, open + 2 < units.count,
           units[open].key == recognizer.openParenthesis, units[open + 2].key == recognizer.closeParenthesis,
           !units[open + 1].barrier, units[open + 1].allCaps, !covered[open + 1] {
            var acronym = Mention(sentence: sentence, span: units[open + 1].span,
                                  surface: document.string(units[open + 1].span), type: type, canonicalHint: mentions[added].canonicalHint ?? mentions[added].surface)
            acronym.keyHash = 0
            mentions.append(acronym)
            covered[open + 1] = true
        }
        return added
    }

    /// Whether the run ends in a month's name that is a name's last word: after another
    /// capitalised word of the run that is no title or common word, with no number after it
    /// ("Theresa May said", not "met Ruto May 5").
    func isSurnameMonth(_ run: Range<Int>) -> Bool {
        let last = run.upperBound - 1
        guard run.count >= 2, lexicon.months.contains(word: units[last].key), !units[last - 1].barrier,
              !lexicon.isCommonWord(units[last - 1].key), !lexicon.titles.contains(word: units[last - 1].key) else { return false }
        return run.upperBound >= units.count || !UTF8Scalars.isDigit(document.bytes[units[run.upperBound].span.start])
    }

    /// Whether unit `i` is a possessive mark ("’s" or "'s").
    func isPossessiveMark(_ i: Int) -> Bool {
        // (A plural's too: "the Philippines' …".)
        units[i].key == recognizer.possessive || units[i].key == recognizer.possessiveASCII
            || units[i].barrier && Tokenizer.isPluralPossessive(document.bytes, units[i].span)
    }

    /// The state, group or place mention that possesses the run starting at `i`
    /// ("Kenya's …", "Punjab’s …"), if the text has one right before it.
    func possessor(before i: Int) -> Span? {
        guard i >= 2, units[i - 1].barrier, isPossessiveMark(i - 1) else { return nil }
        let end = units[i - 2].span.end
        return mentions.last { $0.span.end == end && $0.type != .person && $0.type != .operation }?.span
    }

    /// A body whose acronym in parentheses ends right before unit `i` ("International Atomic
    /// Energy Agency (IAEA) Director General X"): the body's name.
    func bodyBeforeAcronym(_ i: Int) -> Span? {
        guard i >= 1, units[i - 1].barrier, document.bytes[units[i - 1].span.start] == UInt8(ascii: ")"), i >= 2 else { return nil }
        let end = units[i - 2].span.end
        guard let acronym = mentions.last(where: { $0.span.end == end && $0.type == .group }) else { return nil }
        // (The name the acronym stands for, right before the parenthesis, if there is one; else
        // the acronym only if it is known as a body: "Male, Jul 25 (PTI) Prime Minister X" is
        // an agency's credit.)
        if let body = mentions.last(where: { $0.type == .group && $0.span.end < acronym.span.start && $0.span.end + 3 >= acronym.span.start }) {
            return body.span
        }
        return acronym.tentative ? nil : acronym.span
    }

    /// A state (or its possessive) right before one or two lower-case title modifiers that
    /// end at unit `i` ("Thai acting", "Pakistan's caretaker").
    func stateBeforeModifiers(_ i: Int) -> Span? {
        var start = i
        while start > 0, i - start < 2, !units[start - 1].barrier, !units[start - 1].capitalized,
              lexicon.titleModifiers.contains(word: units[start - 1].key) { start -= 1 }
        guard start < i, start >= 1 else { return nil }
        if let possessed = possessor(before: start) { return possessed }
        let end = units[start - 1].span.end
        return mentions.last { $0.span.end == end && $0.type == .state }?.span
    }

    /// The span of units `range`.
    func spanOf(_ range: Range<Int>) -> Span {
        Span(units[range.lowerBound].span.start, units[range.upperBound - 1].span.end)
    }

    /// The text of units `range`.
    func text(_ range: Range<Int>) -> String {
        range.isEmpty ? "" : document.string(Span(units[range.lowerBound].span.start, units[range.upperBound - 1].span.end))
    }

    @discardableResult
    func addGazetteer(_ run: Range<Int>, _ entryIndex: Int32) -> Int? {
        if let capital = capitalNamed(by: run, entryIndex) {
            guard let added = add(run.lowerBound..<(run.upperBound + 1), type: .place, hint: gazetteer.entries[Int(capital)].canonical) else { return nil }
            mentions[added].gazetteerEntry = capital
            return added
        }
        var position = entryIndex
        if gazetteer.entries[Int(entryIndex)].kind == .capital, standsForState(run),
           let country = gazetteer.countryIndex(code: gazetteer.entries[Int(entryIndex)].country) {
            position = country
        }
        // Regions keep the spelling of the text (gazetteer names carry diacritics).
        let isRegion = gazetteer.entries[Int(position)].kind == .region
        guard let added = add(run, type: gazetteer.entries[Int(position)].type,
                              hint: isRegion ? nil : gazetteer.entries[Int(position)].canonical) else { return nil }
        mentions[added].gazetteerEntry = position
        return added
    }

    /// The capital that "the" + a demonym + a capital noun names ("met in the Turkish capital
    /// late on Wednesday"), if the gazetteer knows it; not a capital noun that modifies
    /// another (``Lexicon/capitalCompounds``: "the Indian capital market").
    func capitalNamed(by run: Range<Int>, _ entryIndex: Int32) -> Int32? {
        let entry = gazetteer.entries[Int(entryIndex)]
        let noun = run.upperBound
        guard entry.kind == .demonym, run.lowerBound > 0, units[run.lowerBound - 1].key == recognizer.the, noun < units.count,
              !units[noun].barrier, !units[noun].capitalized, lexicon.capitalNouns.contains(word: units[noun].key) else { return nil }
        if noun + 1 < units.count, !units[noun + 1].barrier, lexicon.capitalCompounds.contains(word: units[noun + 1].key) { return nil }
        return gazetteer.capitalIndex(code: entry.country)
    }

    /// Whether a part of a town (``Lexicon/cityParts``) comes at unit `i`, past up to two
    /// lower-case words.
    func namesPartOfTown(after i: Int) -> Bool {
        var k = i
        while k < units.count, k - i < 3, !units[k].barrier, !units[k].capitalized {
            if lexicon.cityParts.contains(word: units[k].key) { return true }
            k += 1
        }
        return false
    }

    /// A capital acting for its government: followed by a possessive, a verb of saying or
    /// acting, or an agentive noun, or the object of a verb that judges or addresses a
    /// government; not after a locative preposition ("in Tehran").
    func standsForState(_ run: Range<Int>) -> Bool {
        if let previous = previousWord(run.lowerBound) {
            // ("which Ukraine blamed on Moscow": the verb's object, past "on".)
            if previous == recognizer.on, run.lowerBound >= 2, let verb = previousWord(run.lowerBound - 1),
               lexicon.stateObjectVerbs.contains(word: verb) { return true }
            if lexicon.locativePrepositions.contains(word: previous) { return false }
            if lexicon.stateObjectVerbs.contains(word: previous) { return true }     // "accused Manila of"
        }
        guard run.upperBound < units.count else { return false }
        let next = units[run.upperBound]
        // ("Beirut's policy" is the state's; "Beirut's southern suburbs", "Kyiv's port" the town's.)
        if next.barrier { return isPossessiveMark(run.upperBound) && !namesPartOfTown(after: run.upperBound + 1) }
        // "Kyiv was struck by drones": the place a passive attack hit.
        var verb = run.upperBound
        while verb < units.count, !units[verb].barrier, recognizer.passiveAuxiliaries.contains(word: units[verb].key) { verb += 1 }
        if verb > run.upperBound, verb < units.count, !units[verb].barrier, lexicon.placeObjectVerbs.contains(word: units[verb].key) { return false }
        // "Tehran and Islamabad agreed": another name after "and", not a second verb
        // ("visited Canberra and held talks").
        // (Only with another capital or state: "Sanaa and Saada province" are places.)
        if next.key == recognizer.and {
            let after = run.upperBound + 1
            guard after < units.count, !units[after].barrier, units[after].capitalized,
                  let (_, entry) = gazetteerMatchIndex(at: after, limit: units.count) else { return false }
            let kind = gazetteer.entries[Int(entry)].kind
            return kind == .capital || gazetteer.entries[Int(entry)].type == .state
        }
        return lexicon.personVerbs.contains(word: next.key) || lexicon.agentVerbs.contains(word: next.key)
    }
}
