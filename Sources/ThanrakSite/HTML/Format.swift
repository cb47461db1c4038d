import ThanrakModel

/// Numbers and years as Thai readers expect them.
public enum Format {
    /// `240000` → `240,000`; decimals kept to two places, trailing zeros dropped.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let negative = value < 0
        let scaled = (abs(value) * 100).rounded()
        let whole = UInt64(scaled / 100)
        let cents = Int(scaled.truncatingRemainder(dividingBy: 100))
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if cents != 0 {
            var fraction = cents < 10 ? "0\(cents)" : String(cents)
            if fraction.hasSuffix("0") { fraction.removeLast() }
            grouped += "." + fraction
        }
        return (negative ? "-" : "") + grouped
    }

    /// A year in the site's calendar: `พ.ศ. 2566` / `BE 2566`, `ค.ศ. 2023` / `2023`.
    public static func year(_ year: Year, calendar: SiteCalendar, language: PageLanguage) -> String {
        switch calendar {
        case .buddhist: return (language.isThai ? "พ.ศ. " : "BE ") + String(year.be)
        case .gregorian: return language.isThai ? "ค.ศ. " + String(year.ce) : String(year.ce)
        }
    }

    /// Just the number of the year in the site's calendar (table cells).
    public static func yearNumber(_ year: Year, calendar: SiteCalendar) -> String {
        String(calendar == .buddhist ? year.be : year.ce)
    }
}
