/// One result of the plan that the group follows over the years.
public struct Indicator: Sendable {
    public var id: Located<String>
    public var name: LocalizedText
    public var level: IndicatorLevel
    public var unit: LocalizedText?
    public var sdg: [Located<String>]
    public var direction: Direction
    public var baseline: Observation?
    public var target: Observation?
    public var measurements: [Observation]
    public var source: LocalizedText?
    public var refs: [Located<String>]
    public var span: SourceSpan

    public init(
        id: Located<String>, name: LocalizedText, level: IndicatorLevel, unit: LocalizedText? = nil,
        sdg: [Located<String>] = [], direction: Direction, baseline: Observation? = nil,
        target: Observation? = nil, measurements: [Observation] = [], source: LocalizedText? = nil,
        refs: [Located<String>] = [], span: SourceSpan
    ) {
        self.id = id
        self.name = name
        self.level = level
        self.unit = unit
        self.sdg = sdg
        self.direction = direction
        self.baseline = baseline
        self.target = target
        self.measurements = measurements
        self.source = source
        self.refs = refs
        self.span = span
    }
}

/// A value in a year: a baseline, a target or a measurement.
public struct Observation: Sendable {
    public var year: Located<Year>
    public var value: Located<Number>
    public var span: SourceSpan

    public init(year: Located<Year>, value: Located<Number>, span: SourceSpan) {
        self.year = year
        self.value = value
        self.span = span
    }
}
