/// Label widths without fonts: the map is laid out before any browser sees
/// it, so widths are estimated from the characters, erring on the wide side
/// so that real text (Noto Sans Thai, Sarabun, Tahoma, system sans-serif)
/// stays inside the box the layout reserved for it.
///
/// Widths are counted in thousandths of an em with integers only, so the
/// estimate is the same on every platform.
enum TextWidth {
    /// The ellipsis drawn at the end of a truncated label.
    static let ellipsis = "…"

    /// Estimated width in px of `text` at `fontSize` px, rounded up.
    static func width(of text: String, fontSize: Int) -> Int {
        var milli = 0
        let table = ascii, thaiTable = thai
        for scalar in text.unicodeScalars {
            let v = scalar.value
            milli += v < 0x80 ? table[Int(v)] : v &- 0x0E00 < 0x80 ? thaiTable[Int(v &- 0x0E00)] : advance(scalar)
        }
        return px(milli, fontSize: fontSize)
    }

    /// `text` as drawn within `maxWidth` px: unchanged when it fits, else
    /// the longest prefix (never splitting a consonant from its vowel and
    /// tone marks, nor a leading vowel from its consonant) plus "…".
    static func truncated(_ text: String, maxWidth: Int, fontSize: Int) -> (text: String, width: Int, truncated: Bool) {
        // One pass: the total width, and the last place to cut at which the
        // prefix plus "…" still fits. A cut may go before any scalar that
        // takes width, unless the scalar before it is a Thai/Lao leading
        // vowel (เ แ โ ใ ไ), which belongs with the consonant after it.
        let size = max(1, fontSize)
        let limit = maxWidth * 1000 / size  // the whole text, in milli-em
        let budget = limit - 1000  // a prefix followed by "…"
        let table = ascii, thaiTable = thai
        var milli = 0, offset = 0  // offset: UTF-8 bytes so far
        var cut = 0, cutMilli = 0
        var previousLeading = true  // never cut before the first scalar
        var fits = true
        for s in text.unicodeScalars {
            let v = s.value
            let w = v < 0x80 ? table[Int(v)] : v &- 0x0E00 < 0x80 ? thaiTable[Int(v &- 0x0E00)] : advance(s)
            if w > 0 {
                if !previousLeading && milli <= budget { cut = offset; cutMilli = milli }
                previousLeading = isLeadingVowel(s)
            }
            milli += w
            if milli > limit { fits = false; break }
            offset += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        if fits { return (text, px(milli, fontSize: size), false) }
        // Drop spaces and separators left dangling before the "…".
        let utf8 = text.utf8
        var end = utf8.index(utf8.startIndex, offsetBy: cut)
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            let last = utf8[before]
            guard last == 0x20 || last == 0x2D || last == 0x2C || last == 0x2F else { break }
            cutMilli -= table[Int(last)]
            end = before
        }
        return (String(text[..<end]) + ellipsis, px(cutMilli + 1000, fontSize: size), true)
    }

    static func px(_ milli: Int, fontSize: Int) -> Int {
        (milli * fontSize + 999) / 1000
    }

    private static func isLeadingVowel(_ s: Unicode.Scalar) -> Bool {
        (0x0E40...0x0E44).contains(s.value) || (0x0EC0...0x0EC4).contains(s.value)
    }

    /// Advances of the Thai block, U+0E00…U+0E7F.
    private static let thai: [Int] = (0..<128).map { advance(Unicode.Scalar(UInt32(0x0E00 + $0))!) }

    /// Horizontal advance of one scalar in thousandths of an em.
    @inline(__always)
    static func advance(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x80 { return ascii[Int(v)] }
        // Thai: above/below vowels and tone marks stack on the consonant.
        if v >= 0x0E00 && v <= 0x0E7F {
            switch v {
            case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: return 0
            // Wide consonants: ฌ ญ ฐ ฑ ฒ ณ, and ๆ ฯ ๏ ๚ ๛ signs.
            case 0x0E0C, 0x0E0D, 0x0E10, 0x0E11, 0x0E12, 0x0E13: return 840
            case 0x0E30, 0x0E32, 0x0E45: return 560  // ะ า ๅ
            case 0x0E33: return 720  // ำ (a ring above plus า)
            default: return 660
            }
        }
        switch v {
        case 0x00A0: return 300
        case 0x2026: return 1000  // …
        case 0x2013, 0x2014: return 1000  // – —
        case 0x200B...0x200F, 0x2060, 0xFEFF: return 0  // zero width
        default: break
        }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if isWide(v) { return 1040 }
        // Latin-1, Greek, Cyrillic and the rest: a wide-ish average.
        return 720
    }

    /// East Asian Wide and Fullwidth ranges (two columns), and emoji.
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// ASCII advances (thousandths of an em), a little above Arial/Noto Sans.
    private static let ascii: [Int] = {
        var t = [Int](repeating: 600, count: 128)
        for c in 0..<32 { t[c] = 0 }
        t[127] = 0
        func set(_ chars: String, _ w: Int) { for c in chars.unicodeScalars { t[Int(c.value)] = w } }
        set("abcdeghknopqsuvxyz", 630)
        set("frt", 420)
        set("ijl", 290)
        set("mw", 980)
        set("ABCDEFGHKNOPRSTUVXYZ", 760)
        set("IJ", 320)
        set("MW", 1000)
        set("QO", 820)
        set("0123456789", 640)
        set(" ", 320)
        set(".,:;'|!`", 300)
        set("()[]{}\"/\\", 380)
        set("-", 380)
        set("_*^~<>=+#$%&?@", 640)
        set("%", 900)
        set("@", 1000)
        return t
    }()
}
