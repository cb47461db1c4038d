/// A 64-bit FNV-1a hash of bytes: stable across runs and machines (unlike
/// Swift's seeded `Hasher`), for recognising unchanged inputs between
/// builds. Not cryptographic; a cache key only.
public struct Fingerprint: Sendable, Hashable {
    /// Set directly only by SourceScan, which hashes as it validates.
    public internal(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// One byte of FNV-1a.
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for b in bytes { value = Fingerprint.step(value, b) }
    }

    public mutating func add(_ s: String) { add(s.utf8); add(CollectionOfOne(0)) }
    public mutating func add(_ other: Fingerprint) { add(String(other.value, radix: 16)) }
    public mutating func add(_ n: Int) { add(String(n)) }

    public var hex: String {
        let h = String(value, radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h
    }
}
