import ThanrakModel

/// `/data/indicators.csv` and `/data/indicators.json`: every indicator of
/// every community, CE years (BE beside them in the CSV), raw values.
struct IndicatorsExport {
    let model: SiteModel

    static let csvHeader = ["community", "community_name", "indicator", "indicator_name", "level", "sdg", "year_ce", "year_be", "value", "unit"]

    /// One row per measurement; UTF-8 with a byte order mark and CRLF line
    /// ends, so Excel and LibreOffice open the Thai text correctly. The
    /// fields a community's and an indicator's rows share are written once
    /// and copied into each row.
    func csv() -> [UInt8] {
        let rows = model.communities.reduce(0) { $0 + $1.indicators.reduce(0) { $0 + $1.measurements.count } }
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(256 + rows * Self.csvBytesPerRow)
        CSVField.appendRow(Self.csvHeader, to: &out)
        let language = model.site.defaultLanguage
        let fallbacks = model.site.languages
        var communityFields: [UInt8] = [], indicatorFields: [UInt8] = [], unitField: [UInt8] = []
        for v in model.communities {
            communityFields.removeAll(keepingCapacity: true)
            CSVField.append(v.id, to: &communityFields)
            communityFields.append(UInt8(ascii: ","))
            CSVField.append(v.community.name.resolved(language, fallbacks: fallbacks), to: &communityFields)
            communityFields.append(UInt8(ascii: ","))
            for indicator in v.indicators {
                indicatorFields.removeAll(keepingCapacity: true)
                CSVField.append(indicator.id.value, to: &indicatorFields)
                indicatorFields.append(UInt8(ascii: ","))
                CSVField.append(indicator.name.resolved(language, fallbacks: fallbacks), to: &indicatorFields)
                indicatorFields.append(UInt8(ascii: ","))
                CSVField.append(indicator.level.rawValue, to: &indicatorFields)
                indicatorFields.append(UInt8(ascii: ","))
                CSVField.append(indicator.sdg.map(\.value).joined(separator: " "), to: &indicatorFields)
                indicatorFields.append(UInt8(ascii: ","))
                unitField.removeAll(keepingCapacity: true)
                CSVField.append(indicator.unit?.resolved(language, fallbacks: fallbacks) ?? "", to: &unitField)
                for m in Self.chronological(indicator.measurements) {
                    out.append(contentsOf: communityFields)
                    out.append(contentsOf: indicatorFields)
                    // Years are plain digits, which never need quoting.
                    out.append(decimal: m.year.value.ce)
                    out.append(UInt8(ascii: ","))
                    out.append(decimal: m.year.value.be)
                    out.append(UInt8(ascii: ","))
                    CSVField.append(m.value.value.text, to: &out)
                    out.append(UInt8(ascii: ","))
                    out.append(contentsOf: unitField)
                    out.append(contentsOf: [0x0D, 0x0A])
                }
            }
        }
        return out
    }

    /// Bytes per CSV row, a little over the national corpus average.
    static let csvBytesPerRow = 360

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
