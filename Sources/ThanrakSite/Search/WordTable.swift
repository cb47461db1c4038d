/// Words interned to dense numbers: the bytes of every word in one arena,
/// found again through an open-addressing hash table. The index meets
/// millions of words; looking each up by its bytes in place, without
/// making an array or a String for it, is what keeps segmenting cheap
/// (a `[UInt8]` key per word cost more than ICU's segmenting itself).
struct WordTable {
    private(set) var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Word number + 1, or 0 for an empty slot.
    private var slots: [Int32]

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        arena.reserveCapacity(capacity * 12)
    }

    var count: Int { hashes.count }

    /// The hash of word `n`, as `hash(_:)` gives it.
    func hash(_ n: Int) -> UInt64 { hashes[n] }

    /// The bytes of word `n`.
    func word(_ n: Int) -> ArraySlice<UInt8> { arena[Int(starts[n])..<Int(starts[n + 1])] }

    /// The number of `bytes`, added if new; `isNew` tells which.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        intern(bytes, hash: Self.hash(bytes))
    }

    /// As above, with the word's hash already known (another table's `hash(n)`).
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int, isNew: Bool) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] != 0 {
            let n = Int(slots[i] - 1)
            if hashes[n] == hash && equals(n, bytes) { return (n, false) }
            i = (i + 1) & mask
        }
        let n = hashes.count
        slots[i] = Int32(n + 1)
        hashes.append(hash)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        if hashes.count * 2 > slots.count { grow() }
        return (n, true)
    }

    private func equals(_ n: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[n]), end = Int(starts[n + 1])
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            for k in 0..<bytes.count where a[start + k] != bytes[k] { return false }
            return true
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (n, hash) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: hash) & mask
            while bigger[i] != 0 { i = (i + 1) & mask }
            bigger[i] = Int32(n + 1)
        }
        slots = bigger
    }

    /// FNV-1a, then a final mix so the low bits (the slot) depend on every byte.
    /// Not randomly seeded, unlike Swift's Hasher: the table's order never
    /// reaches the output (words are sorted), and a fixed hash is faster.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}
