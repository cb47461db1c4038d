/// One pass over a content file's bytes for everything the loader learns
/// before a parser sees them: the fingerprint (FNV-1a), where the UTF-8
/// first goes wrong, how many `[` and `{` there are (NestingGuard's quick
/// test), and whether the whole file is provably NFC (NFC.isKnownNFC), which
/// spares that test on each value read from it. Separately that was a loop
/// over every byte for each; together the others run in the shadow of
/// FNV-1a's multiply chain, which bounds the loop at about four cycles a byte.
enum SourceScan {
    struct Result {
        /// The byte offset of the first byte that is not valid UTF-8.
        var firstInvalidUTF8: Int?
        /// `[` and `{` before that byte (all of them in a valid file).
        var flowOpeners: Int
        /// NFC.isKnownNFC holds for the whole file (false when it is invalid).
        var isKnownNFC: Bool

        /// For bytes that were not scanned: nothing is known.
        static let unknown = Result(firstInvalidUTF8: nil, flowOpeners: .max, isKnownNFC: false)
    }

    /// Scans the bytes and adds every one of them to `fingerprint`, exactly
    /// as `Fingerprint.add` would.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into fingerprint: inout Fingerprint) -> Result {
        var hash = fingerprint.value
        let result = scan(bytes, hash: &hash, hashing: true)
        fingerprint.value = hash
        return result
    }

    /// Scans the bytes without fingerprinting them: a quarter of the time,
    /// as nothing waits on the multiply chain.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var unused: UInt64 = 0
        return scan(bytes, hash: &unused, hashing: false)
    }

    /// Inlined into both callers, so `hashing` is a constant in each and the
    /// loop that does not hash has no trace of it.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, hash: inout UInt64, hashing: Bool) -> Result {
        var openers = 0
        var invalid: Int?
        var nfc = NFC.Run()
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if hashing { hash = Fingerprint.step(hash, b) }
                openers += b == UInt8(ascii: "[") || b == UInt8(ascii: "{") ? 1 : 0
                nfc.acceptASCII()
                i += 1
                continue
            }
            let width = SourceText.sequenceWidth(bytes, at: i)
            if width == 0 {
                invalid = i
                break
            }
            if hashing { for k in i..<(i + width) { hash = Fingerprint.step(hash, bytes[k]) } }
            nfc.accept(bytes, at: i, width: width)
            i += width
        }
        while hashing && i < n {  // the rest of an invalid file still counts for its fingerprint
            hash = Fingerprint.step(hash, bytes[i])
            i += 1
        }
        return Result(firstInvalidUTF8: invalid, flowOpeners: openers, isKnownNFC: invalid == nil && nfc.isKnownNFC)
    }
}
