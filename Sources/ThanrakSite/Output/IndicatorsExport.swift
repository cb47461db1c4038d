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

    func json() -> [UInt8] {
        var j = JSONWriter()
        j.raw("{\"indicators\":")
        j.array(model.communities.flatMap { v in v.indicators.map { (v.id, $0) } }) { j, entry in
            let (community, i) = entry
            let progress = IndicatorProgress(i)
            j.object { o in
                o.field("community") { $0.string(community) }
                o.field("id") { $0.string(i.id.value) }
                o.field("name") { $0.text(i.name) }
                o.field("level") { $0.string(i.level.rawValue) }
                if let unit = i.unit { o.field("unit") { $0.text(unit) } }
                o.field("sdg") { j in j.array(i.sdg) { $0.string($1.value) } }
                o.field("direction") { $0.string(i.direction.rawValue) }
                if let b = i.baseline { o.field("baseline") { Self.observation(b, &$0) } }
                if let t = i.target { o.field("target") { Self.observation(t, &$0) } }
                o.field("measurements") { j in
                    j.array(i.measurements.sorted { $0.year.value.ce < $1.year.value.ce }) { Self.observation($1, &$0) }
                }
                o.field("progress_percent") { j in if let p = progress.percent { j.number((p * 10).rounded() / 10) } else { j.raw("null") } }
                o.field("status") { $0.string(progress.status.rawValue) }
            }
        }
        j.raw("}\n")
        return j.bytes
    }

    static func observation(_ o: Observation, _ j: inout JSONWriter) {
        j.object { p in
            p.field("year") { $0.int(o.year.value.ce) }
            p.field("value") { $0.raw(o.value.value.text) }
        }
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
