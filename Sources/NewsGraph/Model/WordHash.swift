/// 64-bit hashes of words and phrases, so the hot stages compare numbers instead of
/// building strings.
///
/// A word's hash is FNV-1a over its ``NameKey`` key (lower case, accents folded, words
/// separated by single spaces), finished by a 64-bit mixer so that every bit of the value
/// depends on every byte (the hash tables take their slot from the low bits); a phrase's
/// hash combines its words' hashes in order. ``word(_:_:)`` hashes straight from UTF-8
/// bytes with an ASCII fast path and gives the same value as ``word(_:)`` on the decoded text.
public enum WordHash {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of a phrase with no words, and the start of every phrase.
    public static let emptyPhrase: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// A bijective 64-bit mixer (the splitmix64 finaliser).
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xbf58_476d_1ce4_e5b9
        x = (x ^ (x >> 31)) &* 0x94d0_49bb_1331_11eb
        return x ^ (x >> 29)
    }

    /// Appends one word's hash to a phrase hash.
    @inline(__always)
    public static func phrase(_ phrase: UInt64, appending word: UInt64) -> UInt64 {
        mix(phrase ^ word)
    }

    /// The word hash of a byte sequence, fed one key byte at a time.
    public struct Hasher {
        private var state = WordHash.offset

        @inline(__always)
        public init() {}

        @inline(__always)
        public mutating func add(_ byte: UInt8) { state = (state ^ UInt64(byte)) &* WordHash.prime }

        /// The hash of the bytes added so far.
        @inline(__always)
        public var value: UInt64 { WordHash.mix(state) }
    }

    /// The key of a one-word phrase: what ``PhraseSet/contains(word:)`` looks up.
    @inline(__always)
    public static func singleWordKey(_ word: UInt64) -> UInt64 { phrase(emptyPhrase, appending: word) }

    /// Hash of a whole phrase: its words (by ``NameKey/words(_:)``) combined in order.
    public static func phrase(_ text: String) -> UInt64 {
        NameKey.words(text).reduce(emptyPhrase) { phrase($0, appending: bytes(Array($1.utf8)[...])) }
    }

    /// Hash of the first `count` words of a phrase given as text (nil if it has fewer).
    public static func phrase(_ text: String, firstWords count: Int) -> UInt64? {
        let words = NameKey.words(text)
        guard words.count >= count else { return nil }
        return words.prefix(count).reduce(emptyPhrase) { phrase($0, appending: bytes(Array($1.utf8)[...])) }
    }

    /// Hash of the first word of a text's key (``NameKey/words(_:)``), if it has one.
    public static func firstWord(_ text: String) -> UInt64? {
        let utf8 = text.utf8
        if utf8.count < 2 || !utf8.reversed().starts(with: "s'".utf8),
           let hash = utf8.withContiguousStorageIfAvailable({ bytes -> UInt64?? in
               guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
               func isAlphanumeric(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
               guard let start = bytes.firstIndex(where: isAlphanumeric) else { return .some(nil) }
               let end = bytes[start...].firstIndex { !isAlphanumeric($0) } ?? bytes.count
               return .some(word(bytes, start..<end))
           }) ?? nil {
            return hash
        }
        return NameKey.words(text).first.map { bytes(Array($0.utf8)[...]) }
    }

    /// Hash of a word as text (its key; several key words are hashed as one, with spaces).
    public static func word(_ text: String) -> UInt64 {
        // (An ASCII text without a possessive is hashed as it stands, allocating nothing.)
        let utf8 = text.utf8
        if utf8.count < 2 || !utf8.reversed().starts(with: "s'".utf8),
           let hash = utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } ? word($0, 0..<$0.count) : nil }) ?? nil {
            return hash
        }
        return bytes(Array(NameKey.key(text).utf8)[...])
    }

    /// Hash of the word in `bytes[range]`; equal to `word(String(decoding:))` of those bytes.
    @inline(__always)
    public static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hasher = Hasher()
        var pendingSpace = false
        var any = false
        for i in range {
            let byte = bytes[i]
            if byte >= 0x80 {
                return word(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            var lowered = byte
            switch byte {
            case 0x41...0x5A: lowered = byte | 0x20
            case 0x30...0x39, 0x61...0x7A: break
            default:
                if any { pendingSpace = true }
                continue
            }
            if pendingSpace {
                hasher.add(0x20)
                pendingSpace = false
            }
            hasher.add(lowered)
            any = true
        }
        return hasher.value
    }

    /// Hash of raw bytes with no folding, for punctuation.
    @inline(__always)
    public static func raw(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offset ^ 0xff
        for i in range { hash = (hash ^ UInt64(bytes[i])) &* prime }
        return hash
    }

    public static func raw(_ text: String) -> UInt64 {
        var hash = offset ^ 0xff
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    static func bytes<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hasher = Hasher()
        for byte in bytes { hasher.add(byte) }
        return hasher.value
    }
}

/// A set of words or phrases, looked up by hash.
///
/// Its tables live in one immutable object, so passing or copying a set (rules read
/// dozens per sentence) costs one reference count, not one per table.
public struct PhraseSet: Sendable {
    private final class Storage: @unchecked Sendable {
        let hashes: HashMap64<Bool>
        let longest: Int
        let singleWords: [UInt64]
        let entryTokens: [[UInt64]]

        init(hashes: HashMap64<Bool>, longest: Int, singleWords: [UInt64], entryTokens: [[UInt64]]) {
            self.hashes = hashes
            self.longest = longest
            self.singleWords = singleWords
            self.entryTokens = entryTokens
        }
    }

    private var storage: Storage

    /// The longest phrase, in words.
    public var longest: Int { storage.longest }
    /// The ``WordHash`` of each one-word entry (what a token carries), so other tables can
    /// be built from the set.
    public var singleWords: [UInt64] { storage.singleWords }
    /// Each entry's tokens as a text writes them (split at spaces; "charge d'affaires" is
    /// two), by ``WordHash``.
    public var entryTokens: [[UInt64]] { storage.entryTokens }

    /// Adds every phrase of `other`.
    public mutating func formUnion(_ other: PhraseSet) {
        var hashes = storage.hashes
        for (hash, _) in other.storage.hashes.pairs { hashes[hash] = true }
        storage = Storage(hashes: hashes, longest: max(longest, other.longest),
                          singleWords: Array(Set(singleWords + other.singleWords)).sorted(),
                          entryTokens: entryTokens + other.entryTokens)
    }

    public init(_ phrases: [String]) {
        var hashes = HashMap64<Bool>()
        var longest = 0
        var singleWords: [UInt64] = []
        var entryTokens: [[UInt64]] = []
        for phrase in phrases {
            let words = NameKey.words(phrase)
            guard !words.isEmpty else { continue }
            hashes[WordHash.phrase(phrase)] = true
            if words.count == 1 { singleWords.append(WordHash.bytes(Array(words[0].utf8)[...])) }
            // A word with an inner hyphen or apostrophe is one token of the text ("long-range",
            // "charge d'affaires"): the entry also matches the tokens as the text gives them.
            let tokens = phrase.split(separator: " ").map { WordHash.word(String($0)) }
            entryTokens.append(tokens)
            if tokens.count < words.count {
                hashes[tokens.reduce(WordHash.emptyPhrase) { WordHash.phrase($0, appending: $1) }] = true
            }
            longest = max(longest, words.count)
        }
        storage = Storage(hashes: hashes, longest: longest, singleWords: singleWords, entryTokens: entryTokens)
    }

    @inline(__always)
    public func contains(phrase phraseHash: UInt64) -> Bool { storage.hashes[phraseHash] != nil }

    /// Whether the single word with this word hash is in the set.
    @inline(__always)
    public func contains(word: UInt64) -> Bool {
        storage.hashes[WordHash.singleWordKey(word)] != nil
    }
}
