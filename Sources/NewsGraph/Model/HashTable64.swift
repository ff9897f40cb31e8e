/// An open-addressing hash map from 64-bit hashes (already well mixed, such as
/// ``WordHash`` values) to small values. Faster than `Dictionary` for the hot lookups
/// of recognition because the key is its own hash: no hashing, no allocation per lookup.
public struct HashMap64<Value>: @unchecked Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    public private(set) var count = 0
    /// 0 marks an empty slot, so the key 0 is stored apart.
    private var zeroValue: Value?

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        get {
            if key == 0 { return zeroValue }
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = keys[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            if key == 0 {
                if zeroValue == nil, newValue != nil { count += 1 }
                zeroValue = newValue
                return
            }
            precondition(newValue != nil, "HashMap64 does not remove keys")
            if (count + 1) * 2 > keys.count { grow() }
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { count += 1 }
            keys[slot] = key
            values[slot] = newValue
        }
    }

    /// Changes the value stored for `key` in place, storing `initial` first if there is none
    /// (a growing list is appended to without being copied).
    public mutating func update(_ key: UInt64, default initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        if key == 0 {
            if zeroValue == nil { zeroValue = initial(); count += 1 }
            change(&zeroValue!)
            return
        }
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            count += 1
            keys[slot] = key
            values[slot] = initial()
        }
        change(&values[slot]!)
    }

    /// Every key and value, in no particular order.
    public var pairs: [(UInt64, Value)] {
        var out: [(UInt64, Value)] = zeroValue.map { [(UInt64(0), $0)] } ?? []
        for slot in keys.indices where keys[slot] != 0 { out.append((keys[slot], values[slot]!)) }
        return out
    }

    private mutating func grow() {
        let old = pairs
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        count = 0
        zeroValue = nil
        for (key, value) in old { self[key] = value }
    }
}

/// An open-addressing set of 64-bit hashes (keys only), for per-document word sets that
/// are built and probed in the hot path.
public struct HashSet64: Sendable {
    private var keys: [UInt64]
    private var mask: Int
    private var hasZero = false
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    public mutating func insert(_ key: UInt64) {
        if key == 0 {
            if !hasZero { hasZero = true; count += 1 }
            return
        }
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return }
            if stored == 0 { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        count += 1
    }

    private mutating func grow() {
        let old = keys
        keys = Array(repeating: 0, count: old.count * 2)
        mask = keys.count - 1
        count = hasZero ? 1 : 0
        for key in old where key != 0 { insert(key) }
    }
}

/// A bitmap over the top 16 bits of 64-bit hashes, in front of a ``HashMap64`` probed for
/// every word: ``mayContain(_:)`` is true for every inserted key and, with a few hundred
/// keys, false for all but a few percent of others, at the cost of one load and a bit test.
public struct HashPrefilter64: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << 10)

    public init() {}

    public mutating func insert(_ key: UInt64) {
        let bit = Int(truncatingIfNeeded: key >> 48)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    public func mayContain(_ key: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: key >> 48)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
