import Testing
@testable import ThanrakLoad

/// SourceScan does in one pass what Fingerprint.add, SourceText's UTF-8
/// check, NestingGuard's count and NFC.isKnownNFC each do alone: on any
/// bytes it must agree with all four (its fast paths for Thai and for ASCII
/// words are where it could drift).
@Suite struct SourceScanTests {
    /// Pieces that exercise every path: ASCII with and without brackets,
    /// Thai letters and marks in and out of canonical order, other scripts,
    /// and malformed sequences (stray continuation, overlong, surrogate,
    /// cut short, past U+10FFFF).
    static let pieces: [[UInt8]] = [
        Array("key: value\n".utf8), Array("  - [a, {b: c}]\n".utf8), Array("abcdefghijklmnop".utf8),
        Array("ผ้าไหมมัดหมี่".utf8), Array("ปู่".utf8), Array("ป\u{0E48}\u{0E39}".utf8), Array("กุ้ง".utf8),
        Array("café".utf8), Array("e\u{0301}".utf8), Array("日本".utf8), Array("😀".utf8), Array("[{[{".utf8),
        [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0xB8], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0xB9, 0x41],
    ]

    static func check(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var scanned = Fingerprint()
            scanned.add("seed")
            var expected = scanned
            let result = SourceScan.scan(buffer, into: &scanned)
            expected.add(bytes)
            #expect(scanned == expected)
            let invalid = SourceText.firstInvalidUTF8(buffer: buffer)
            #expect(result.firstInvalidUTF8 == invalid)
            let unhashed = SourceScan.scan(buffer)
            #expect(unhashed.firstInvalidUTF8 == invalid)
            guard invalid == nil else { return }
            #expect(result.flowOpeners == NestingGuard.flowOpeners(in: buffer))
            #expect(unhashed.flowOpeners == result.flowOpeners)
            #expect(result.isKnownNFC == NFC.isKnownNFC(utf8: buffer))
            #expect(unhashed.isKnownNFC == result.isKnownNFC)
        }
    }

    @Test func eachPieceAlone() {
        Self.check([])
        for piece in Self.pieces { Self.check(piece) }
    }

    @Test func piecesInSeededRandomOrder() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            // Mostly valid pieces, so many inputs reach the NFC and bracket checks.
            for _ in 0..<next(12) {
                let piece = next(10) == 0 ? Self.pieces[next(Self.pieces.count)] : Self.pieces[next(12)]
                bytes += piece
            }
            Self.check(bytes)
        }
    }
}
