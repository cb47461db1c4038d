import Foundation

/// Unicode NFC normalisation. Foundation's normaliser costs about 27 µs per
/// kilobyte of Thai (measured), so text that is provably NFC already (the
/// common case) skips it: every scalar below U+0300 or in the Thai block,
/// with Thai marks in canonical order.
public enum NFC {
    public static func normalize(_ s: String) -> String {
        isKnownNFC(s) ? s : s.precomposedStringWithCanonicalMapping
    }

    /// True only when the string is certainly in NFC; false means "ask
    /// Foundation". Scalars below U+0300 have no decomposition and combining
    /// class 0; the Thai block has no compositions, only the combining
    /// classes below, which must not decrease inside a run of marks.
    static func isKnownNFC(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { isKnownNFC(utf8: $0) }
    }

    /// The same test on UTF-8: ASCII and two-byte sequences below U+0300
    /// (lead bytes C2–CB) pass; Thai is E0 B8 xx / E0 B9 xx.
    static func isKnownNFC(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = Run()
        var i = 0
        let n = b.count
        while i < n && run.isKnownNFC {
            let lead = b[i]
            if lead < 0x80 {
                run.acceptASCII()
                i += 1
                continue
            }
            let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            run.accept(b, at: i, width: width)
            i += width
        }
        return run.isKnownNFC
    }

    /// The test above one scalar at a time, so a scan that reads the bytes
    /// for other reasons (SourceScan) can make it on the way.
    struct Run {
        private(set) var isKnownNFC = true
        private var lastClass: UInt8 = 0

        @inline(__always)
        mutating func acceptASCII() { lastClass = 0 }

        /// The scalar of `width` bytes at `i`.
        @inline(__always)
        mutating func accept(_ b: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) {
            let lead = b[i]
            if width == 2 && lead >= 0xC2 && lead <= 0xCB {
                lastClass = 0
            } else if width == 3, lead == 0xE0, i + 2 < b.count, b[i + 1] == 0xB8 || b[i + 1] == 0xB9 {
                acceptThai(UInt32(b[i + 1] & 1) << 6 | UInt32(b[i + 2] & 0x3F))
            } else {
                isKnownNFC = false
            }
        }

        /// U+0E00 + `offset` (0 to 0x7F), of the Thai block.
        @inline(__always)
        mutating func acceptThai(_ offset: UInt32) {
            // The marks with a class lie in U+0E38–U+0E4B; one test keeps
            // the common letters off the class table.
            let fromMarks = offset &- 0x38
            guard fromMarks < 20, (0b1111_0000_0000_0000_0111 as UInt32) >> fromMarks & 1 == 1 else {
                lastClass = 0
                return
            }
            let ccc = thaiCombiningClass(0x0E00 | offset)
            if ccc != 0 && ccc < lastClass { isKnownNFC = false }
            lastClass = ccc
        }
    }

    static func thaiCombiningClass(_ v: UInt32) -> UInt8 {
        switch v {
        case 0x0E38, 0x0E39: 103  // sara u, sara uu
        case 0x0E3A: 9  // phinthu
        case 0x0E48...0x0E4B: 107  // tone marks
        default: 0
        }
    }
}
