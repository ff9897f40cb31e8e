import Testing
@testable import NewsGraph

@Suite("Tokenizer")
struct TokenizerTests {
    private func tokens(_ text: String) -> [(text: String, token: Token)] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes).map { (String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self), $0) }
    }

    @Test("words end at punctuation after ASCII letters, and go on through letters and joiners", arguments: [
        ("Pakistan’s envoy", ["Pakistan", "’s", "envoy"]),
        ("Pakistan's envoy", ["Pakistan", "'s", "envoy"]),
        ("O’Brien and O'Neill", ["O’Brien", "and", "O'Neill"]),
        ("the “Tehran” talks—and more…", ["the", "“", "Tehran", "”", "talks", "—", "and", "more", "…"]),
        ("café naïve Zürich-based Kuala-Lumpur", ["café", "naïve", "Zürich-based", "Kuala-Lumpur"]),
        ("Ould‑Abdallah non‐stop", ["Ould‑Abdallah", "non‐stop"]),
        ("U.S. and U.A.E. ties", ["U.S.", "and", "U.A.E.", "ties"]),
        ("G20 in 2024, 1,200 km", ["G20", "in", "2024", ",", "1,200", "km"]),
    ])
    func splits(_ text: String, _ expected: [String]) {
        #expect(tokens(text).map(\.text) == expected)
    }

    @Test("token flags and hashes agree with the token's own text")
    func flags() {
        let text = "Iran-Pakistan ties: the Ould-Abdallah talks, NATO’s Jean-Luc Zürich-based IRGC U.S. e-mail x-"
        for (word, token) in tokens(text) where token.kind == .word {
            #expect(token.hasHyphen == word.contains("-"), "\(word)")
            #expect(token.hash == WordHash.word(word), "\(word)")
            let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
            #expect(token.isCapitalized == (word.unicodeScalars.first?.properties.isUppercase ?? false), "\(word)")
            #expect(token.isAllCaps == (letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)), "\(word)")
        }
    }
}

@Suite("Name comparison")
struct NameComparisonTests {
    /// Levenshtein distance, the plain full-table way.
    private func reference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
        }
        return table[a.count][b.count]
    }

    @Test("bounded edit distance equals Levenshtein capped at limit + 1")
    func editDistance() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<3000 {
            let alphabet = Array("abc".utf8)
            let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            // b: a few random edits of a, so small distances are common.
            var b = a
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let letter = alphabet.randomElement(using: &generator)!
                switch Int.random(in: 0...2, using: &generator) {
                case 0: b.insert(letter, at: Int.random(in: 0...b.count, using: &generator))
                case 1 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &generator))
                default: if !b.isEmpty { b[Int.random(in: 0..<b.count, using: &generator)] = letter }
                }
            }
            let limit = Int.random(in: 0...3, using: &generator)
            #expect(EntityResolver.editDistance(a, b, limit: limit) == min(reference(a, b), limit + 1),
                    "\(String(decoding: a, as: UTF8.self)) / \(String(decoding: b, as: UTF8.self)) limit \(limit)")
        }
    }
}
