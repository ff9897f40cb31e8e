import Testing
@testable import NewsGraph

@Suite("Cleaning, tokens and sentences")
struct TextStageTests {
    struct BoilerplateCase: CustomTestStringConvertible, Sendable {
        var line: String
        var dropped: Bool
        var sourceLocation: SourceLocation
        init(_ line: String, dropped: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
            self.line = line
            self.dropped = dropped
            self.sourceLocation = sourceLocation
        }
        var testDescription: String { line }
    }

    static let boilerplate: [BoilerplateCase] = [
        .init("Advertisement", dropped: true),
        .init("Share this article", dropped: true),
        .init("Read more: Ministers meet again", dropped: true),
        .init("Also Read: Floods hit the valley", dropped: true),
        .init("We use cookies to improve your experience.", dropped: true),
        .init("Your email address will not be published.", dropped: true),
        .init("Learn more in Twitter’s privacy policy.", dropped: true),
        .init("0 140", dropped: true),
        .init(", , , , ,", dropped: true),
        .init("Edited By: A. Writer", dropped: true),
        .init("Watch: Protests in the capital", dropped: true),
        .init("By Ana Souza | Updated: July 8, 2024", dropped: true),
        .init("Associated Press writers Ana Souza in Lisbon and Tom Berg in Oslo contributed to this report.", dropped: true),
        .init("Ana Souza contributed reporting from Lisbon.", dropped: true),
        .init("Ana Souza is a senior Lusa correspondent based in Lisbon.", dropped: true),
        .init("Tom Berg is the agency's bureau chief in Oslo.", dropped: true),
        .init("Follow her on X at @anasouza", dropped: true),
        .init("The minister said the talks would continue next week.", dropped: false),
        .init("The envoy is a former editor of a daily paper who met the president in March to discuss the ceasefire talks.", dropped: false),
        .init("Officials said the guard is a writer's son.", dropped: false),
        .init("The statement is a rebuke to the editors.", dropped: false),
        .init("Officials shared their views on the privacy of talks and the cookies served at the long dinner in the capital.", dropped: false),
    ]

    @Test("boilerplate lines are dropped, article lines kept", arguments: boilerplate)
    func boilerplateRules(_ c: BoilerplateCase) throws {
        let document = try analyze("The minister arrived.\n\(c.line)\nTalks began.")
        #expect(document.text.contains(c.line) == !c.dropped, sourceLocation: c.sourceLocation)
    }

    @Test("normalisation removes BOM and control characters and turns CRLF into LF")
    func normalisation() {
        #expect(BoilerplateFilter.normalize("\u{FEFF}a\r\nb\rc\u{0007}d\u{00A0}e") == "a\nb\ncd e")
    }

    @Test("the substring search and the word count agree with naive ones; normalisation skips long plain runs intact")
    func searchAndLongRuns() {
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("ab c".utf8)
        for _ in 0..<2000 {
            let haystack = (0..<Int(generator.next() % 24)).map { _ in alphabet[Int(generator.next() % 4)] }
            let needle = (0..<Int(1 + generator.next() % 4)).map { _ in alphabet[Int(generator.next() % 4)] }
            let naive = needle.count <= haystack.count && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
            #expect(BoilerplateFilter.find(needle, in: haystack) == naive, "\(needle) in \(haystack)")
            // (Words counted eight bytes at a time: as a byte loop counts them, up to the limit.)
            let limit = Int(1 + generator.next() % 8)
            let spaces = haystack.filter { $0 == 0x20 }.count
            let counted = haystack.withUnsafeBufferPointer { BoilerplateFilter.wordCount($0, upTo: limit) }
            #expect(spaces + 1 < limit ? counted == spaces + 1 : counted >= limit, "\(haystack) up to \(limit)")
        }
        // Control characters and CRLF inside and at the ends of eight-byte blocks.
        let text = "abcdefgh\r\nijklmnop\u{0007}qrstuvwxyz0123456\tXY\u{00A0}z"
        #expect(BoilerplateFilter.normalize(text) == "abcdefgh\nijklmnopqrstuvwxyz0123456 XY z")
    }

    @Test("tokens: possessives split off, hyphens and handles kept, URLs whole")
    func tokens() throws {
        let document = try analyze("Kenya’s al-Shabaab-linked cell, per @NewsDesk https://t.co/abc, struck O'Brien's farm.")
        let words = document.tokens.map { document.string($0.span) }
        #expect(words == ["Kenya", "’s", "al-Shabaab-linked", "cell", ",", "per", "@NewsDesk", "https://t.co/abc,", "struck", "O'Brien", "'s", "farm", "."])
        #expect(document.tokens[6].kind == .handle)
        #expect(document.tokens[7].kind == .url)
    }

    @Test("sentences split at full stops, not after abbreviations or initials, and at line breaks")
    func sentences() throws {
        let document = try analyze("Mr. Smith met Gen. J. Doe in the U.S. capital. They talked.\nA new line starts here")
        let sentences = document.sentences.map { document.string($0) }
        #expect(sentences == ["Mr. Smith met Gen. J. Doe in the U.S. capital.", "They talked.", "A new line starts here"])
    }
}
