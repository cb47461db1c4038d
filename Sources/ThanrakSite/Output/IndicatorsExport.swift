import ThanrakModel

/// `/data/indicators.csv` and `/data/indicators.json`: every indicator of
/// every community, CE years (BE beside them in the CSV), raw values.
struct IndicatorsExport {
    let model: SiteModel

    static let csvHeader = ["community", "community_name", "indicator", "indicator_name", "level", "sdg", "year_ce", "year_be", "value", "unit"]

    /// One row per measurement; UTF-8 with a byte order mark and CRLF line
    /// ends, so Excel and LibreOffice open the Thai text correctly. The
    /// fields a community's rows share, and those an indicator's rows
    /// share, are quoted once and copied into each row.
    func csv() -> [UInt8] {
        let rows = model.communities.reduce(0) { $0 + $1.indicators.reduce(0) { $0 + $1.measurements.count } }
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(256 + rows * Self.csvBytesPerRow)
        CSVField.appendRow(Self.csvHeader, to: &out)
        var community = CSVField.Run(), indicator = CSVField.Run()
        var unit: [UInt8] = []
        for v in model.communities {
            community.start()
            community.field(v.id)
            community.field(resolved(v.community.name))
            for i in v.indicators {
                indicator.start()
                indicator.field(i.id.value)
                indicator.field(resolved(i.name))
                indicator.field(i.level.rawValue)
                indicator.field(i.sdg.map(\.value).joined(separator: " "))
                unit.removeAll(keepingCapacity: true)
                CSVField.append(i.unit.map(resolved) ?? "", to: &unit)
                for m in Self.chronological(i.measurements) {
                    out.append(contentsOf: community.bytes)
                    out.append(contentsOf: indicator.bytes)
                    // Years are plain digits, which never need quoting.
                    out.append(decimal: m.year.value.ce)
                    out.append(UInt8(ascii: ","))
                    out.append(decimal: m.year.value.be)
                    out.append(UInt8(ascii: ","))
                    CSVField.append(m.value.value.text, to: &out)
                    out.append(UInt8(ascii: ","))
                    out.append(contentsOf: unit)
                    out.append(contentsOf: [0x0D, 0x0A])
                }
            }
        }
        return out
    }

    /// Bytes per CSV row, a little over the national corpus average.
    static let csvBytesPerRow = 360

    private func resolved(_ text: LocalizedText) -> String {
        text.resolved(model.site.defaultLanguage, fallbacks: model.site.languages)
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
