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

        html.raw("<svg class=\"indicator-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(Self.width) \(Self.height)\" width=\"\(Self.width)\" height=\"\(Self.height)\" aria-labelledby=\"\(id)\"><title id=\"\(id)\">")
        html.text(summary())
        html.raw("</title>")
        if let b = indicator.baseline {
            let yb = y(b.value.value.value)
            html.raw("<line class=\"chart-baseline\" x1=\"\(Self.left)\" y1=\"\(yb)\" x2=\"\(Self.width - Self.right)\" y2=\"\(yb)\"/>")
        }
        if let t = indicator.target {
            let yt = y(t.value.value.value), xt = x(t.year.value.ce)
            html.raw("<line class=\"chart-target\" x1=\"\(Self.left)\" y1=\"\(yt)\" x2=\"\(xt)\" y2=\"\(yt)\"/>")
            html.raw("<rect class=\"chart-target-mark\" x=\"\(xt - 3)\" y=\"\(yt - 3)\" width=\"6\" height=\"6\"/>")
        }
        if points.count > 1 {
            html.raw("<polyline class=\"chart-series\" points=\"")
            html.raw(points.map { "\(x($0.year)),\(y($0.value))" }.joined(separator: " "))
            html.raw("\"/>")
        }
        for p in points { html.raw("<circle class=\"chart-point\" cx=\"\(x(p.year))\" cy=\"\(y(p.value))\" r=\"2.5\"/>") }
        let calendar = context.site.calendar
        html.raw("<text class=\"chart-year\" x=\"\(Self.left)\" y=\"\(Self.height - 3)\">\(Format.yearNumber(Year(ce: minYear), calendar: calendar))</text>")
        if maxYear != minYear {
            html.raw("<text class=\"chart-year\" x=\"\(Self.width - Self.right)\" y=\"\(Self.height - 3)\" text-anchor=\"end\">\(Format.yearNumber(Year(ce: maxYear), calendar: calendar))</text>")
        }
        html.raw("</svg>")
    }

    /// The chart in words, for screen readers and as a tooltip.
    func summary() -> String {
        let c = context
        var parts: [String] = [c.text(indicator.name)]
        func describe(_ label: Labels.Pair, _ o: Observation?) {
            guard let o else { return }
            parts.append("\(c.t(label)) \(Format.number(o.value.value.value)) (\(c.year(o.year.value)))")
        }
        describe(Labels.baseline, indicator.baseline)
        for m in indicator.measurements.sorted(by: { $0.year.value < $1.year.value }) { describe(Labels.measured, m) }
        describe(Labels.target, indicator.target)
        return parts.joined(separator: "; ")
    }
}
