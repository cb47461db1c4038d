import Testing
import ThanrakModel
@testable import ThanrakSite

/// HTMLBuffer.text scans eight bytes at a time; these compare it with the
/// plain byte-by-byte escape on every ASCII byte at every place in a word.
@Suite struct HTMLBufferTests {
    /// The reference: each of the five specials replaced, all else copied.
    static func reference(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static func escaped(_ s: String) -> String {
        var html = HTMLBuffer()
        html.text(s)
        return html.string
    }

    @Test func everyASCIIByteAtEveryOffsetOfAWord() {
        let thai = "ชุมชนบ้านบางบัว"  // bytes ≥ 0x80 around the probe
        for value in UInt8(1)...UInt8(127) {
            let probe = String(UnicodeScalar(value))
            for offset in 0..<17 {
                let s = String(repeating: "a", count: offset) + probe + thai + probe + String(repeating: " ", count: offset)
                #expect(Self.escaped(s) == Self.reference(s), "byte \(value) at \(offset)")
            }
        }
    }

    @Test func thaiAndMixedTextOfEveryLength() {
        let pieces = ["กลุ่ม", "<b>", " & ", "\"q\"", "it's", "ราคา 5,000 บาท/ปี", "a>b", "=;:/"]
        var s = ""
        for n in 0..<64 {
            s += pieces[n % pieces.count]
            #expect(Self.escaped(s) == Self.reference(s))
            let cut = String(s.unicodeScalars.prefix(n))
            #expect(Self.escaped(cut) == Self.reference(cut))
        }
        #expect(Self.escaped("") == "")
    }

    @Test func wordTestMarksExactlyTheSpecials() {
        let specials: Set<UInt8> = [0x22, 0x26, 0x27, 0x3C, 0x3E]
        for value in UInt8(0)...UInt8(255) {
            for lane in 0..<8 {
                for filler: UInt64 in [0xE0E0_E0E0_E0E0_E0E0, 0x2626_2626_2626_2626, 0] {
                    let word = (filler & ~(UInt64(0xFF) << (8 * lane))) | (UInt64(value) << (8 * lane))
                    let marks = HTMLBuffer.specials(inWord: word)
                    let expected = (0..<8).reduce(UInt64(0)) { m, k in
                        let byte = UInt8(truncatingIfNeeded: word >> (8 * k))
                        return specials.contains(byte) ? m | UInt64(0x80) << (8 * k) : m
                    }
                    #expect(marks == expected, "byte \(value) in lane \(lane)")
                }
            }
        }
    }

    @Test func prefilterPassesEveryWordWithAByteFrom20To3F() {
        for value in UInt8(0)...UInt8(255) {
            for lane in 0..<8 {
                for filler: UInt64 in [0xE0E0_E0E0_E0E0_E0E0, 0xB8B8_B8B8_B8B8_B8B8, 0x4141_4141_4141_4141, 0] {
                    let word = (filler & ~(UInt64(0xFF) << (8 * lane))) | (UInt64(value) << (8 * lane))
                    let inRange = (0..<8).contains { k in (0x20...0x3F).contains(UInt8(truncatingIfNeeded: word >> (8 * k))) }
                    #expect(HTMLBuffer.mayHaveSpecial(word) == inRange, "byte \(value) in lane \(lane)")
                    // Never hides a special the exact test would find.
                    if HTMLBuffer.specials(inWord: word) != 0 { #expect(HTMLBuffer.mayHaveSpecial(word)) }
                }
            }
        }
    }
}

/// Links are written straight into a page's bytes; they must be the links
/// `SitePath.link(to:)` and `PageContext.href` always made.
@Suite struct LinkBytesTests {
    let page = SitePath(["communities", "ban-a"])

    @Test func relativeLinksAsBefore() {
        #expect(page.link(to: .root) == "../../index.html")
        #expect(SitePath.root.link(to: .root) == "index.html")
        #expect(page.link(to: Routes.communitiesJSON) == "../../data/communities.json")
        #expect(page.link(to: Routes.community("ban-b"), fragment: "silk-1") == "../../communities/ban-b/index.html#silk-1")
        #expect(Routes.communitiesJSON.link(to: .root) == "../index.html")
        #expect(SitePath(["areas", "อุดร"]).link(to: SitePath(["areas", "อุดร"]), fragment: "ก")
            == "../../areas/%E0%B8%AD%E0%B8%B8%E0%B8%94%E0%B8%A3/index.html#%E0%B8%81")
    }

    @Test func openLinkWritesWhatOpenWithHrefWrote() {
        let targets: [SitePath] = [.root, Routes.communities, Routes.community("ban-b"), Routes.communitiesJSON,
                                   AreaPaths.tambon("อุดรธานี", "กุมภวาปี", "หนองบัว"), Routes.sdgGoal(12)]
        let site = Site(title: LocalizedText("t", language: "th"), baseURL: "https://example.org/", languages: ["th", "en"], calendar: .buddhist)
        for language in PageLanguage.all(for: site) {
            for from in [SitePath.root, page, page.localized(language), Routes.indicatorsCSV] {
                for target in targets {
                    for fragment in [nil, "x-1", "ตัวชี้วัด"] as [String?] {
                        let localized = target.isFile ? target : target.localized(language)
                        var expected = HTMLBuffer()
                        expected.open("a", ["href": from.link(to: localized, fragment: fragment)])
                        var written = HTMLBuffer()
                        written.openLink(from: from, to: target, under: target.isFile || language.isDefault ? nil : language.code, fragment: fragment)
                        #expect(written.string == expected.string, "\(from.filePath) → \(localized.filePath) #\(fragment ?? "")")
                    }
                }
            }
        }
    }
}

/// Numbers and the escape test that replaced String interpolation and a
/// byte-by-byte `contains` on the render path: the same bytes as before.
@Suite struct NumberAndEscapeTestTests {
    @Test(arguments: [0, 7, 9, 10, 99, 100, 2566, 10_000, 99_999, 123_456_789, -1, -72, -10_000, Int.max, Int.min])
    func decimalBytesAreDescription(_ n: Int) {
        var html = HTMLBuffer()
        html.int(n)
        #expect(html.string == String(n))
    }

    @Test func needsEscapeAgreesWithTheEscape() {
        let pieces = ["ชุมชน", "a", "<", "&", "'", "\"", ">", " ", "=", "ก้"]
        var s = ""
        for n in 0..<80 {
            s += pieces[(n * 7) % pieces.count]
            for cut in [s, String(s.unicodeScalars.suffix(n % 11))] {
                #expect(HTMLBuffer.needsEscape(cut) == (HTMLBufferTests.escaped(cut) != cut), "\(cut)")
                #expect(HTMLBuffer.escape(cut) == HTMLBufferTests.reference(cut))
            }
        }
        #expect(!HTMLBuffer.needsEscape(""))
    }
}

/// HTMLBuffer keeps its bytes in a store of its own (ByteStore) rather
/// than an array; it must still behave as a value.
@Suite struct ByteStoreTests {
    @Test func aCopyIsIndependentOfTheOriginal() {
        var a = HTMLBuffer(capacity: 1)
        a.raw("<p>")
        var b = a
        b.text("ข & ค")
        a.raw("</p>")
        #expect(a.string == "<p></p>")
        #expect(b.string == "<p>ข &amp; ค")
        let frozen = b
        b.int(-42)
        #expect(frozen.string == "<p>ข &amp; ค")
        #expect(b.string == "<p>ข &amp; ค-42")
    }

    @Test func growsPastEveryCapacityKeepingEveryByte() {
        var store = ByteStore(capacity: 1)
        var expected: [UInt8] = []
        for n in 0..<2_000 {
            let chunk = [UInt8](repeating: UInt8(truncatingIfNeeded: n), count: n % 37)
            chunk.withUnsafeBufferPointer { store.append(contentsOf: $0) }
            store.append(UInt8(truncatingIfNeeded: n * 7))
            expected += chunk
            expected.append(UInt8(truncatingIfNeeded: n * 7))
        }
        #expect(store.count == expected.count)
        #expect(store.array == expected)
        #expect(ByteStore(capacity: 0).array == [])
    }

    @Test func removeAllEmptiesOnlyThisCopy() {
        var a = ByteStore(capacity: 4)
        [UInt8](Array("abc".utf8)).withUnsafeBufferPointer { a.append(contentsOf: $0) }
        let kept = a
        a.removeAll()
        #expect(a.count == 0)
        #expect(kept.array == Array("abc".utf8))
        a.append(UInt8(ascii: "z"))
        #expect(a.withBytes { Array($0) } == [UInt8(ascii: "z")])
        #expect(kept.withBytes { Array($0) } == Array("abc".utf8))
        var alone = kept
        alone.removeAll()
        alone.removeAll()
        #expect(alone.array == [] && kept.count == 3)
    }
}
