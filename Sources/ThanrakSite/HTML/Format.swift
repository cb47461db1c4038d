import ThanrakModel

/// Numbers and years as Thai readers expect them.
public enum Format {
    /// `240000` → `240,000`; decimals kept to two places, trailing zeros dropped.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return withDigits(of: value) { String(decoding: $0, as: UTF8.self) }
    }

    /// An English count with its noun: `1 community`, `2 communities`,
    /// `1,200 members` (Thai nouns have no plural, so Thai text needs none).
    public static func count(_ n: Int, _ one: String, _ many: String) -> String {
        number(Double(n)) + " " + (n == 1 ? one : many)
    }

    /// `number(value)` as bytes into `out` (no String made): its bytes are
    /// digits, `,`, `.`, `-` and `–`, none of which HTML escapes.
    static func appendNumber(_ value: Double, to out: inout some ByteSink) {
        guard value.isFinite else {
            ("–" as StaticString).withUTF8Buffer { out.append(contentsOf: $0) }
            return
        }
        withDigits(of: value) { out.append(contentsOf: $0) }
    }

    /// Calls `body` with the digits of a finite `value`, grouped by three.
    private static func withDigits<R>(of value: Double, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let scaled = (abs(value) * 100).rounded()
        // Beyond 2^63 cents a Double has no cents left to show; the cap
        // keeps the conversion from trapping on absurd input.
        let cents = scaled < 9.2e18 ? UInt64(scaled) : UInt64(9.2e18)
        // Digits written backwards into a stack buffer: this runs for every
        // number of every page. Character counting made it 1.5 % of a build,
        // and then a heap array per number half of what was left.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { out in
            var at = out.count
            func put(_ b: UInt8) {
                at -= 1
                out[at] = b
            }
            var fraction = cents % 100
            if fraction != 0 {
                if fraction % 10 == 0 { fraction /= 10 } else { put(digit(fraction % 10)); fraction /= 10 }
                put(digit(fraction))
                put(UInt8(ascii: "."))
            }
            var whole = cents / 100
            var count = 0
            repeat {
                if count > 0 && count % 3 == 0 { put(UInt8(ascii: ",")) }
                put(digit(whole % 10))
                whole /= 10
                count += 1
            } while whole > 0
            if value < 0 { put(UInt8(ascii: "-")) }
            return body(UnsafeBufferPointer(rebasing: out[at...]))
        }
    }

    @inline(__always)
    private static func digit(_ d: UInt64) -> UInt8 { UInt8(ascii: "0") + UInt8(d) }

    /// A year in the site's calendar: `พ.ศ. 2566` / `BE 2566`, `ค.ศ. 2023` / `2023`.
    public static func year(_ year: Year, calendar: SiteCalendar, language: PageLanguage) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        appendYear(year, calendar: calendar, language: language, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `year(…)` as bytes into `out` (nothing in it needs escaping).
    static func appendYear(_ year: Year, calendar: SiteCalendar, language: PageLanguage, to out: inout some ByteSink) {
        let prefix: StaticString
        switch calendar {
        case .buddhist: prefix = language.isThai ? "พ.ศ. " : "BE "
        case .gregorian: prefix = language.isThai ? "ค.ศ. " : ""
        }
        prefix.withUTF8Buffer { out.append(contentsOf: $0) }
        DecimalBytes.append(calendar == .buddhist ? year.be : year.ce, to: &out)
    }

    /// Just the number of the year in the site's calendar (table cells).
    public static func yearNumber(_ year: Year, calendar: SiteCalendar) -> String {
        String(calendar == .buddhist ? year.be : year.ce)
    }
}

extension HTMLBuffer {
    /// A number as `Format.number` writes it, straight into the page.
    mutating func number(_ value: Double) { Format.appendNumber(value, to: &self) }
}
