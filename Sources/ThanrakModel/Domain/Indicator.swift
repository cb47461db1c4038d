/// One result of the plan that the group follows over the years.
public struct Indicator: Sendable {
    @usableFromInline struct Fields: Sendable {
        var id: Located<String>
        var name: LocalizedText
        var level: IndicatorLevel
        var unit: LocalizedText?
        var sdg: [Located<String>]
        var direction: Direction
        var baseline: Observation?
        var target: Observation?
        var measurements: [Observation]
        var source: LocalizedText?
        var refs: [Located<String>]
        var span: SourceSpan
    }

    /// One reference: copying an indicator is one retain (SharedFields).
    @usableFromInline var box: SharedFields<Fields>

    public var id: Located<String> {
        get { box.fields.id }
        set { SharedFields.write(&box) { $0.id = newValue } }
    }
    public var name: LocalizedText {
        get { box.fields.name }
        set { SharedFields.write(&box) { $0.name = newValue } }
    }
    public var level: IndicatorLevel {
        get { box.fields.level }
        set { SharedFields.write(&box) { $0.level = newValue } }
    }
    public var unit: LocalizedText? {
        get { box.fields.unit }
        set { SharedFields.write(&box) { $0.unit = newValue } }
    }
    public var sdg: [Located<String>] {
        get { box.fields.sdg }
        set { SharedFields.write(&box) { $0.sdg = newValue } }
    }
    public var direction: Direction {
        get { box.fields.direction }
        set { SharedFields.write(&box) { $0.direction = newValue } }
    }
    public var baseline: Observation? {
        get { box.fields.baseline }
        set { SharedFields.write(&box) { $0.baseline = newValue } }
    }
    public var target: Observation? {
        get { box.fields.target }
        set { SharedFields.write(&box) { $0.target = newValue } }
    }
    public var measurements: [Observation] {
        get { box.fields.measurements }
        set { SharedFields.write(&box) { $0.measurements = newValue } }
    }
    public var source: LocalizedText? {
        get { box.fields.source }
        set { SharedFields.write(&box) { $0.source = newValue } }
    }
    public var refs: [Located<String>] {
        get { box.fields.refs }
        set { SharedFields.write(&box) { $0.refs = newValue } }
    }
    public var span: SourceSpan {
        get { box.fields.span }
        set { SharedFields.write(&box) { $0.span = newValue } }
    }

    public init(
        id: Located<String>, name: LocalizedText, level: IndicatorLevel, unit: LocalizedText? = nil,
        sdg: [Located<String>] = [], direction: Direction, baseline: Observation? = nil,
        target: Observation? = nil, measurements: [Observation] = [], source: LocalizedText? = nil,
        refs: [Located<String>] = [], span: SourceSpan
    ) {
        box = SharedFields(Fields(
            id: id, name: name, level: level, unit: unit, sdg: sdg, direction: direction, baseline: baseline,
            target: target, measurements: measurements, source: source, refs: refs, span: span))
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
