extension HTMLBuffer {
    /// The opening the small charts share: `<svg` (with `class` when
    /// given), its size as viewBox, width and height, and the `<title>`
    /// that labels it, left open for the chart's description.
    mutating func openChartSVG(className: String? = nil, width: Int, height: Int, titleID id: String) {
        raw("<svg")
        if let className {
            raw(" class=\"")
            raw(markup: className)
            raw("\"")
        }
        raw(" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        int(width)
        raw(" ")
        int(height)
        raw("\"")
        attribute(" width", width)
        attribute(" height", height)
        raw(" aria-labelledby=\"")
        raw(markup: id)
        raw("\"><title id=\"")
        raw(markup: id)
        raw("\">")
    }
}
