import ThanrakModel

/// An indicator's measurements over the years as a small inline SVG, with
/// the baseline and the target drawn as reference lines (the target as far
/// as its year), so a reader sees how far the target still is. Years of
/// either calendar share one axis (CE inside); labels use the site's
/// calendar. Integer coordinates keep the bytes identical on every run.
/// CSS classes: `indicator-chart`, `chart-baseline`, `chart-target`,
/// `chart-series`, `chart-point`, `chart-year`.
struct IndicatorChart {
    let indicator: Indicator
    let context: PageContext

    static let width = 200, height = 72
    static let left = 6, right = 6, top = 6, bottom = 16

    func write(into html: inout HTMLBuffer, id: String) {
        var points: [(year: Int, value: Double)] = indicator.measurements.map { ($0.year.value.ce, $0.value.value.value) }
        if let b = indicator.baseline { points.append((b.year.value.ce, b.value.value.value)) }
        points.sort { $0.year < $1.year }
        guard !points.isEmpty || indicator.target != nil else { return }
        var years = points.map(\.year)
        var values = points.map(\.value)
        if let t = indicator.target {
            years.append(t.year.value.ce)
            values.append(t.value.value.value)
        }
        guard let minYear = years.min(), let maxYear = years.max(), var low = values.min(), var high = values.max() else { return }
        let yearSpan = max(1, maxYear - minYear)
        if low == high {
            low -= max(1, abs(low) * 0.1)
            high += max(1, abs(high) * 0.1)
        }
        let pad = (high - low) * 0.1
        low -= pad
        high += pad
        let plotWidth = Double(Self.width - Self.left - Self.right)
        let plotHeight = Double(Self.height - Self.top - Self.bottom)
        func x(_ year: Int) -> Int { Self.left + Int((Double(year - minYear) / Double(yearSpan) * plotWidth).rounded()) }
        func y(_ value: Double) -> Int { Self.top + Int(((high - value) / (high - low) * plotHeight).rounded()) }

        // Numbers go in as bytes (html.int): a chart is mostly numbers, and
        // interpolated Strings made this a tenth of an indicator table.
        html.openChartSVG(className: "indicator-chart", width: Self.width, height: Self.height, titleID: id)
        writeSummary(into: &html)
        html.raw("</title>")
        if let b = indicator.baseline {
            let yb = y(b.value.value.value)
            html.raw("<line class=\"chart-baseline\"")
            line(x1: Self.left, y1: yb, x2: Self.width - Self.right, y2: yb, into: &html)
        }
        if let t = indicator.target {
            let yt = y(t.value.value.value), xt = x(t.year.value.ce)
            html.raw("<line class=\"chart-target\"")
            line(x1: Self.left, y1: yt, x2: xt, y2: yt, into: &html)
            html.raw("<rect class=\"chart-target-mark\"")
            html.attribute(" x", xt - 3)
            html.attribute(" y", yt - 3)
            html.raw(" width=\"6\" height=\"6\"/>")
        }
        if points.count > 1 {
            html.raw("<polyline class=\"chart-series\" points=\"")
            for (n, p) in points.enumerated() {
                if n > 0 { html.raw(" ") }
                html.int(x(p.year))
                html.raw(",")
                html.int(y(p.value))
            }
            html.raw("\"/>")
        }
        for p in points {
            html.raw("<circle class=\"chart-point\"")
            html.attribute(" cx", x(p.year))
            html.attribute(" cy", y(p.value))
            html.raw(" r=\"2.5\"/>")
        }
        let calendar = context.site.calendar
        html.raw("<text class=\"chart-year\"")
        html.attribute(" x", Self.left)
        html.attribute(" y", Self.height - 3)
        html.raw(">")
        html.raw(markup: Format.yearNumber(Year(ce: minYear), calendar: calendar))
        html.raw("</text>")
        if maxYear != minYear {
            html.raw("<text class=\"chart-year\"")
            html.attribute(" x", Self.width - Self.right)
            html.attribute(" y", Self.height - 3)
            html.raw(" text-anchor=\"end\">")
            html.raw(markup: Format.yearNumber(Year(ce: maxYear), calendar: calendar))
            html.raw("</text>")
        }
        html.raw("</svg>")
    }

    /// ` x1="…" y1="…" x2="…" y2="…"/>`, closing a `<line`.
    private func line(x1: Int, y1: Int, x2: Int, y2: Int, into html: inout HTMLBuffer) {
        html.attribute(" x1", x1)
        html.attribute(" y1", y1)
        html.attribute(" x2", x2)
        html.attribute(" y2", y2)
        html.raw("/>")
    }

    /// The chart in words, for screen readers and as a tooltip: written
    /// piece by piece into the page (as one String it cost 2 % of a build).
    /// Only the names and labels can hold HTML specials; the separators,
    /// numbers and years cannot.
    func writeSummary(into html: inout HTMLBuffer) {
        let c = context
        html.text(c.text(indicator.name))
        func describe(_ label: Labels.Pair, _ o: Observation?) {
            guard let o else { return }
            html.raw("; ")
            html.text(c.t(label))
            html.raw(" ")
            html.number(o.value.value.value)
            html.raw(" (")
            c.year(o.year.value, into: &html)
            html.raw(")")
        }
        describe(Labels.baseline, indicator.baseline)
        for m in indicator.measurements.sorted(by: { $0.year.value < $1.year.value }) { describe(Labels.measured, m) }
        describe(Labels.target, indicator.target)
    }
}
