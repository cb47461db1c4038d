import ThanrakCheck
import ThanrakModel

/// `/data/indicators.csv` and `/data/indicators.json`: every indicator of
/// every community, CE years (BE beside them in the CSV), raw values.
struct IndicatorsExport {
    let model: SiteModel

    static let csvHeader = ["community", "community_name", "indicator", "indicator_name", "level", "sdg", "year_ce", "year_be", "value", "unit"]

    /// One row per measurement; UTF-8 with a byte order mark and CRLF line
    /// ends, so Excel and LibreOffice open the Thai text correctly.
    func csv() -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(model.totals.indicators * 300)
        CSVField.appendRow(Self.csvHeader, to: &out)
        let language = model.site.defaultLanguage
        for v in model.communities {
            let communityName = v.community.name.resolved(language, fallbacks: model.site.languages)
            for indicator in v.indicators {
                let name = indicator.name.resolved(language, fallbacks: model.site.languages)
                let unit = indicator.unit?.resolved(language, fallbacks: model.site.languages) ?? ""
                let sdg = indicator.sdg.map(\.value).joined(separator: " ")
                for m in indicator.measurements.sorted(by: { $0.year.value.ce < $1.year.value.ce }) {
                    CSVField.appendRow([
                        v.id, communityName, indicator.id.value, name, indicator.level.rawValue, sdg,
                        String(m.year.value.ce), String(m.year.value.be), m.value.value.text, unit,
                    ], to: &out)
                }
            }
        }
        return out
    }

    /// Bytes per indicator, a little over the national corpus average, so
    /// the buffer is reserved once.
    static let jsonBytesPerIndicator = 640

    func json() -> [UInt8] {
        var j = JSONWriter(capacity: 1024 + model.totals.indicators * Self.jsonBytesPerIndicator)
        j.object { j in
            j.key("indicators")
            // One flat array: each community adds its indicators in turn.
            j.array(model.communities) { j, v in
                for i in v.indicators { Self.indicator(i, of: v.id, into: &j) }
            }
        }
        j.end("\n")
        return j.bytes
    }

    private static func indicator(_ i: Indicator, of community: String, into j: inout JSONWriter) {
        let progress = IndicatorProgress(i)
        j.object { o in
            o.field("community", community)
            o.field("id", i.id.value)
            o.field("name", i.name)
            o.field("level", i.level.rawValue)
            if let unit = i.unit { o.field("unit", unit) }
            o.key("sdg")
            o.array(i.sdg) { $0.string($1.value) }
            o.field("direction", i.direction.rawValue)
            if let b = i.baseline { o.key("baseline"); observation(b, &o) }
            if let t = i.target { o.key("target"); observation(t, &o) }
            o.key("measurements")
            o.array(chronological(i.measurements)) { observation($1, &$0) }
            o.key("progress_percent")
            if let p = progress.percent { o.number((p * 10).rounded() / 10) } else { o.null() }
            o.field("status", progress.status.rawValue)
        }
    }

    static func observation(_ o: Observation, _ j: inout JSONWriter) {
        j.object { p in
            p.field("year", o.year.value.ce)
            p.key("value"); p.value(o.value.value.text)
        }
    }

    /// Measurements by CE year. They are nearly always written in order, so
    /// the written array is kept (no copy) when it already is.
    static func chronological(_ measurements: [Observation]) -> [Observation] {
        let inOrder = zip(measurements, measurements.dropFirst()).allSatisfy { !($1.year.value.ce < $0.year.value.ce) }
        return inOrder ? measurements : measurements.sorted { $0.year.value.ce < $1.year.value.ce }
    }
}

/// RFC 4180 CSV: a field with a comma, quote, CR or LF (or space at either
/// end) is quoted, and quotes inside it are doubled.
public enum CSVField {
    public static func quote(_ s: String) -> String {
        let needsQuotes = s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        return "\"" + s.replacingAll("\"", "\"\"") + "\""
    }

    static func appendRow(_ fields: [String], to out: inout [UInt8]) {
        out.append(contentsOf: fields.map(quote).joined(separator: ",").utf8)
        out.append(contentsOf: [0x0D, 0x0A])
    }
}
